import { didYouMean, schemaProperties } from "../common/suggest.ts";
import type { ErrorObject } from "ajv";
import type { Problem } from "../common/errors.ts";
import { locate } from "../../yaml/locate.ts";

/** A parsed YAML document and where it came from, so any value's position can be found later. */
export interface DocRef {
  file: string;
  /** The whole file's text (positions are computed lazily, only when an error needs one). */
  text: string;
  docIndex: number;
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

export function pathToPointer(path: (string | number)[]): string {
  return path.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** A problem at a property path of a document, with file:line:col. */
export function problemAt(
  doc: DocRef,
  path: (string | number)[],
  message: string,
  code: string,
  extra: Partial<Problem> = {},
): Problem {
  let line: number | undefined;
  let col: number | undefined;
  try {
    const pos = locate(doc.text, doc.docIndex, path);
    line = pos.line;
    col = pos.col;
  } catch {
    // Position unknown (e.g. the text is not YAML we can re-read); the path still says where.
  }
  return { file: doc.file, line, col, path: pathToPointer(path), message, code, ...extra };
}

/** ajv errors → problems located in the document, under `base` (the path of the validated value). */
export function ajvProblems(
  doc: DocRef,
  base: (string | number)[],
  errors: ErrorObject[] | null | undefined,
  extra: Partial<Problem> = {},
  /** the validated schema: unknown properties then name the closest allowed one */
  schema?: unknown,
): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors ?? []) {
    const path = [...base, ...pointerToPath(e.instancePath)];
    // Point at the offending key itself, not at the mapping that holds it.
    if (e.keyword === "additionalProperties")
      path.push(String((e.params as { additionalProperty: string }).additionalProperty));
    let message = ajvMessage(e);
    if (e.keyword === "additionalProperties" && schema !== undefined)
      message += didYouMean(
        String((e.params as { additionalProperty: string }).additionalProperty),
        schemaProperties(schema, e.instancePath),
      );
    const key = pathToPointer(path) + "\0" + message;
    if (seen.has(key)) continue;
    seen.add(key);
    // oneOf/anyOf wrappers only repeat what their branches said.
    if (e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if") continue;
    out.push(problemAt(doc, path, message, "schema", extra));
  }
  return out;
}

export function ajvMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown property "${String(p.additionalProperty)}"`;
    case "required":
      return `missing required property "${String(p.missingProperty)}"`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "type":
      return `must be ${String(p.type)}`;
    case "pattern":
      return PATTERN_MESSAGES[String(p.pattern)] ?? `must match pattern "${String(p.pattern)}"`;
    default:
      return e.message ?? e.keyword;
  }
}

/** Plain words for the patterns capstan's own schemas use, instead of the regular expression. */
const PATTERN_MESSAGES: Record<string, string> = {
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$":
    "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$":
    "must be a capability reference: name, name@1, name@1.2 or name@1.2.3 (name: lower-case letters, digits and '-')",
};
