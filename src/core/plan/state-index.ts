/**
 * state.json's text in schema 3: the index (docs/design.md, "The environment tree"). One
 * line per app and per Application file, each a JSON array in a fixed order, so a change
 * to one app changes one line and an index of thousands of apps stays a third of the
 * size the same fields take as pretty-printed objects (docs/performance.md, "State by
 * app"):
 *
 *   "apps":    { "<app>": [sourceRepo, commit, inputDigest, source | null, count] }
 *              (a sixth element `false`: the entry records no identities, schema 1)
 *   "sources": { "<repo>": { "inputs": digest, "caps": [capability list, …],
 *                            "files": { "<file>": [digest, apps, bound, caps index] } } }
 *
 * `count` is the app's objects (its files but the kustomization); a file's capability
 * list, the same for most files, is written once per source. Pure.
 */
import { cmp } from "../common/text.ts";
import {
  needsIdentities,
  objectCount,
  STATE_SCHEMA_VERSION,
  type AppState,
  type EnvState,
  type FileRecord,
  type SourceRecord,
} from "./layout.ts";

/** The index's text of `s` (its entries' files and identities are in their detail files). */
export function emitIndex(s: EnvState): string {
  const out: string[] = [
    `{\n  "schemaVersion": ${STATE_SCHEMA_VERSION},\n  "capstanVersion": ${JSON.stringify(s.capstanVersion)},\n  "apps": `,
  ];
  const names = sortedKeys(s.apps);
  if (!names.length) out.push("{}");
  else {
    out.push("{");
    for (let i = 0; i < names.length; i++) {
      const a = s.apps[names[i]!]!;
      const row: unknown[] = [a.sourceRepo, a.commit, a.inputDigest, a.source ?? null];
      row.push(objectCount(a));
      if (needsIdentities(a)) row.push(false);
      out.push(`${i ? "," : ""}\n    ${JSON.stringify(names[i])}: ${JSON.stringify(row)}`);
    }
    out.push("\n  }");
  }
  if (s.sources) emitSources(s.sources, out);
  out.push("\n}\n");
  return out.join("");
}

function emitSources(sources: Record<string, SourceRecord>, out: string[]): void {
  out.push(`,\n  "sources": `);
  const repos = sortedKeys(sources);
  if (!repos.length) return void out.push("{}");
  out.push("{");
  repos.forEach((repo, i) => {
    const r = sources[repo]!;
    const files = sortedKeys(r.files);
    const caps = [...new Set(files.map((f) => r.files[f]!.caps))].sort(cmp);
    const at = new Map(caps.map((c, k) => [c, k]));
    out.push(
      `${i ? "," : ""}\n    ${JSON.stringify(repo)}: {\n      "inputs": ${JSON.stringify(r.inputs)},\n      "caps": `,
    );
    if (!caps.length) out.push("[]");
    else out.push(`[\n${caps.map((c) => `        ${JSON.stringify(c)}`).join(",\n")}\n      ]`);
    out.push(`,\n      "files": `);
    if (!files.length) out.push("{}");
    else {
      out.push("{");
      files.forEach((f, j) => {
        const x = r.files[f]!;
        const row = [x.digest, x.apps, x.bound, at.get(x.caps)!];
        out.push(`${j ? "," : ""}\n        ${JSON.stringify(f)}: ${JSON.stringify(row)}`);
      });
      out.push("\n      }");
    }
    out.push("\n    }");
  });
  out.push("\n  }");
}

/** An index entry read back: the entry (without files and identities) and what the index says of them. */
export interface IndexedEntry {
  entry: AppState;
  count: number;
  identities: boolean;
}

/**
 * The apps and sources of a parsed schema-3 state.json, or what is wrong with it. A
 * malformed record of the sources is dropped (it only lets a run skip work), an
 * entry refused.
 */
export function readIndex(
  apps: Record<string, unknown>,
  sources: unknown,
): { apps: Map<string, IndexedEntry>; sources?: Record<string, SourceRecord> } | { error: string } {
  const out = new Map<string, IndexedEntry>();
  for (const name in apps) {
    const row = apps[name];
    const e = Array.isArray(row) ? readEntry(row) : undefined;
    if (!e)
      return {
        error: `entry for app "${name}" is malformed (needs [sourceRepo, commit, inputDigest, source, count])`,
      };
    out.set(name, e);
  }
  return { apps: out, sources: readSources(sources) };
}

function readEntry(row: unknown[]): IndexedEntry | undefined {
  const [sourceRepo, commit, inputDigest, source, count, identities] = row;
  if (typeof sourceRepo !== "string" || typeof commit !== "string") return undefined;
  if (typeof inputDigest !== "string" || (source !== null && typeof source !== "string"))
    return undefined;
  if (!Number.isSafeInteger(count) || (count as number) < 0) return undefined;
  if (row.length > 6 || (row.length === 6 && identities !== false)) return undefined;
  const entry = { sourceRepo, commit, inputDigest } as AppState;
  if (source !== null) entry.source = source;
  return { entry, count: count as number, identities: identities !== false };
}

function readSources(v: unknown): Record<string, SourceRecord> | undefined {
  if (v === undefined || typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const out: Record<string, SourceRecord> = {};
  for (const [repo, r] of Object.entries(v as Record<string, unknown>)) {
    const { inputs, caps, files } = (r ?? {}) as Record<string, unknown>;
    if (typeof inputs !== "string" || !Array.isArray(caps) || !isRecord(files)) return undefined;
    if (!caps.every((c) => typeof c === "string")) return undefined;
    const read: Record<string, FileRecord> = {};
    for (const [file, row] of Object.entries(files)) {
      if (!Array.isArray(row) || row.length !== 4) return undefined;
      const [digest, apps, bound, k] = row as unknown[];
      if (typeof digest !== "string" || typeof apps !== "string" || typeof bound !== "string")
        return undefined;
      if (typeof k !== "number" || typeof caps[k] !== "string") return undefined;
      read[file] = { digest, apps, bound, caps: caps[k] as string };
    }
    out[repo] = { inputs, files: read };
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The keys of a record in the order `JSON.stringify` gives an object built in `cmp` order:
 * array-index keys (an app named `123`) first, ascending as numbers, then the rest in `cmp`
 * order. Sorted only when they are not already in that order (the usual case).
 */
export function sortedKeys(o: object): string[] {
  const keys = Object.keys(o);
  let digits = false;
  for (let i = 0; i < keys.length; i++) {
    const c = keys[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) digits = true;
  }
  if (digits) {
    const index = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    if (!index.length) return keys.sort(cmp);
    const rest = keys.filter((k) => !isArrayIndex(k)).sort(cmp);
    return [...index, ...rest];
  }
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort(cmp);
  return keys;
}

export function isArrayIndex(k: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
}
