/**
 * Reference mode (docs/reference-mode.md): `CAPSTAN_REFERENCE=1` makes every fast path
 * step aside for the reference path it shadows, so a whole run — or the test suite —
 * can be compared byte for byte with the fast one:
 *
 * | fast path                                    | reference path            |
 * | -------------------------------------------- | ------------------------- |
 * | templates compiled to builders (direct.ts)   | Handlebars text, parsed   |
 * | the subset YAML parser (yaml/fast.ts)        | the `yaml` library        |
 * | the write worker (src/writer/)               | writing in-thread         |
 * | precompiled validators (generated, dist/)    | ajv compiling at run time |
 * | unchanged Application files left unparsed    | parsing every file        |
 *
 * The variable is read once, on first use; each path counts what it did, so a test
 * proves which path ran (counters, not a message).
 */

export type Path = "template" | "yaml" | "writer" | "validator" | "parse";
export type Way = "fast" | "reference";

/** What each reference path is called in the stderr line. */
const REFERENCE_NAMES: Record<Path, string> = {
  template: "Handlebars text rendering",
  yaml: "the yaml library",
  writer: "in-thread writing",
  validator: "run-time ajv",
  parse: "parsing every Application file",
};

let mode: boolean | undefined;

/** Whether this process runs on the reference paths (`CAPSTAN_REFERENCE=1`). */
export function referenceMode(): boolean {
  mode ??= process.env.CAPSTAN_REFERENCE === "1";
  return mode;
}

export type PathCounts = Record<Path, Record<Way, number>>;

const counts: PathCounts = {
  template: { fast: 0, reference: 0 },
  yaml: { fast: 0, reference: 0 },
  writer: { fast: 0, reference: 0 },
  validator: { fast: 0, reference: 0 },
  parse: { fast: 0, reference: 0 },
};

/** Records one use of a path (a template rendered, a text parsed, a write, a validator). */
export function countPath(path: Path, way: Way): void {
  counts[path][way]++;
}

/** A copy of the counters since the process started. */
export function pathCounts(): PathCounts {
  const copy = {} as PathCounts;
  for (const p of Object.keys(counts) as Path[]) copy[p] = { ...counts[p] };
  return copy;
}

/**
 * The stderr line of a run in reference mode: each reference path and how often it ran
 * between `since` and now (e.g. "reference paths: Handlebars text rendering ×12, …").
 */
export function referenceLine(since: PathCounts): string {
  const now = pathCounts();
  const parts = (Object.keys(REFERENCE_NAMES) as Path[]).map(
    (p) => `${REFERENCE_NAMES[p]} ×${now[p].reference - since[p].reference}`,
  );
  return `reference paths: ${parts.join(", ")} (CAPSTAN_REFERENCE=1)`;
}
