/**
 * The reference path of the YAML reader (fast.ts): the whole stream parsed by the
 * `yaml` library with safe options. Every YAML error, positions included, comes from here.
 */
import { isNode, LineCounter, parseAllDocuments, visit } from "yaml";
import type { Document, YAMLError } from "yaml";
import { YamlError, type ParsedDocument } from "./parsed.ts";

const PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  prettyErrors: false,
  logLevel: "error", // no process warnings for e.g. collection keys
  // YAML 1.1 tags (!!binary, !!set, !!omap, !!timestamp…) would yield Buffers, Sets and
  // Maps that JSON silently drops; unresolved, they are reported below instead.
  resolveKnownTags: false,
} as const;
const MAX_ALIAS_COUNT = 100;

export function slowParse(text: string): ParsedDocument[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  if ("empty" in docs) {
    const err = docs.errors[0];
    if (err) throw toYamlError(err, lineCounter, undefined);
    return [];
  }
  const out: ParsedDocument[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
    if (err) throw toYamlError(err, lineCounter, i);
    const start = doc.range[0];
    if (text.includes("&")) refuseCycles(doc, lineCounter, i);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const { line, col } = lineCounter.linePos(start);
      throw new YamlError(e instanceof Error ? e.message : String(e), line, col, i);
    }
    const end = i + 1 < docs.length ? docs[i + 1]!.range[0] : text.length;
    out.push({ value, startLine: lineCounter.linePos(start).line, text: text.slice(start, end) });
  }
  return out;
}

/**
 * Refuses an alias inside the node its anchor names (`a: &S { self: *S }`): the `yaml`
 * library would build a cyclic value, which no Kubernetes object can be and which every
 * reader of the data (clone, schema checks, emit) would recurse into forever. Refused
 * here, where YAML becomes data, so every reader is covered; the error is at the alias.
 */
function refuseCycles(doc: Document, lc: LineCounter, docIndex: number): void {
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      if (!isNode(target) || !target.range || !alias.range) return;
      if (alias.range[0] < target.range[0] || alias.range[0] >= target.range[2]) return;
      const { line, col } = lc.linePos(alias.range[0]);
      const anchor = lc.linePos(target.range[0]);
      throw new YamlError(
        `alias *${alias.source} is inside the value anchored as &${alias.source} (which starts at line ${anchor.line}): cyclic data cannot become a Kubernetes object`,
        line,
        col,
        docIndex,
      );
    },
  });
}

function toYamlError(err: YAMLError, lc: LineCounter, docIndex: number | undefined): YamlError {
  const { line, col } = lc.linePos(err.pos[0]);
  return new YamlError(err.message, line, col, docIndex);
}
