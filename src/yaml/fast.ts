/**
 * YAML stream → plain JSON values, fast.
 *
 * A line-based parser for the subset that rendered templates and typical
 * hand-written files use: block mappings and sequences (compact `- key: v` and
 * `- - a` forms, sequences at their parent key's indentation), plain scalars
 * resolved with the YAML 1.2 core schema, single- and double-quoted scalars,
 * one-line flow collections (JSON included), literal and folded block scalars
 * in their usual forms, comments, `---` / `...` markers.
 *
 * Anything else (unusual block scalars, anchors/aliases, tags, directives, complex
 * keys, multi-line scalars or flow collections, tabs, unusual indentation,
 * duplicate keys, any syntax error) makes the fast path give up, and the
 * WHOLE stream is parsed by the `yaml` library (safe options, see `slowParse`).
 * So every error — positions included — comes from one place, and the fast
 * path only ever returns values the `yaml` library would return too.
 *
 * The subset parser: stream.ts (documents and their lines) → block.ts (block
 * collections and block scalars) → inline.ts (a line's key and value) → scalars.ts
 * and flow.ts; subset.ts holds what they share, template-line.ts reads capability
 * template lines the same way. The `yaml` library path: library.ts.
 */
import { countPath, referenceMode } from "../reference-mode.ts";
import { slowParse } from "./library.ts";
import type { ParsedDocument } from "./parsed.ts";
import { fastParse } from "./stream.ts";

export { YamlError, type ParsedDocument } from "./parsed.ts";
export { resolvePlain } from "./scalars.ts";
export { hasOddChars } from "./subset.ts";
export { scanTemplateLine, type TemplateLine } from "./template-line.ts";

export function parseYaml(text: string): unknown[] {
  return parseYamlWithDocs(text).map((d) => d.value);
}

/** The subset parser when it handles the text, else the `yaml` library (always in reference mode). */
export function parseYamlWithDocs(text: string): ParsedDocument[] {
  const fast = referenceMode() ? undefined : fastParse(text);
  countPath("yaml", fast ? "fast" : "reference");
  return fast ?? slowParse(text);
}

/** The fast path alone: undefined when the text needs the `yaml` library (for tests and benchmarks). */
export function tryFastParse(text: string): unknown[] | undefined {
  return fastParse(text)?.map((d) => d.value);
}
