/**
 * The text of an app's detail file, `.capstan/apps/<app>.json` (state-file.ts): its files'
 * sha256 and its objects' identities. Apart from state-file.ts so the write worker, which
 * emits it while the app renders, loads only this.
 */
import { eachIdentity, isPairs, type AppState, type IdentityPairs } from "./layout.ts";
import { isArrayIndex, sortedKeys } from "./state-index.ts";

/** The folder of the apps' detail files, relative to the environment folder. */
export const APPS_DIR = ".capstan/apps";

/** An app's detail file, relative to the environment folder. */
export function detailPath(app: string): string {
  return `${APPS_DIR}/${app}.json`;
}

/**
 * Appends an app's detail file to `changed` (its files whose hashes changed, about to be
 * staged) when any did or the app had no entry before (`old`), and returns its text —
 * staged with the app's files while it renders rather than after the plan. Undefined when
 * nothing changed: the plan then compares the detail with the one it read.
 */
export function withDetail(
  changed: [string, string][],
  app: string,
  hashes: Record<string, string>,
  objects: IdentityPairs,
  old: Record<string, string> | undefined,
): string | undefined {
  if (!changed.length && old) return undefined;
  const text = detailText(hashes, objects);
  changed.push([detailPath(app), text]);
  return text;
}

/** An app's detail file: `JSON.stringify({ files, objects }, null, 2)`, keys sorted. */
export function detailText(
  files: Readonly<Record<string, string>>,
  objects: AppState["objects"],
): string {
  const out: string[] = ['{\n  "files": '];
  emitStringMap(files, out, "  ");
  if (objects) {
    out.push(`,\n  "objects": `);
    if (isPairs(objects)) emitPairs(objects, out, "  ");
    else emitStringMap(objects, out, "  ");
  }
  out.push("\n}\n");
  return out.join("");
}

/** A `string → string` map whose closing brace is at `indent`, keys sorted. */
function emitStringMap(m: Readonly<Record<string, string>>, out: string[], indent: string): void {
  const keys = sortedKeys(m);
  emitEntries(
    keys,
    keys.map((k) => m[k]!),
    out,
    indent,
  );
}

/** Identity pairs written as the record they stand for would be (`emitStringMap`). */
function emitPairs(ids: IdentityPairs, out: string[], indent: string): void {
  const n = ids.length / 2;
  // an identity always holds a `/`, so it is never an array-index key (which a record puts first)
  for (let i = 0; i < ids.length; i += 2) {
    const c = ids[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57 && isArrayIndex(ids[i]!))
      return emitStringMap(identityRecord(ids), out, indent);
  }
  // pair indexes by identity, then by position: of a repeated identity, the last pair holds its value
  // (insertion sort: an app has a handful of objects, and it keeps equal identities in order)
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = ids[2 * i]!;
    let j = i;
    while (j > 0 && ids[2 * order[j - 1]!]! > id) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  const keys: string[] = [];
  const values: string[] = [];
  for (const i of order) {
    const id = ids[2 * i]!;
    if (keys.length && keys[keys.length - 1] === id) values[values.length - 1] = ids[2 * i + 1]!;
    else {
      keys.push(id);
      values.push(ids[2 * i + 1]!);
    }
  }
  emitEntries(keys, values, out, indent);
}

/** The identities as a record (a later pair of one identity wins, as it would in a record). */
function identityRecord(ids: IdentityPairs): Record<string, string> {
  const out: Record<string, string> = {};
  eachIdentity(ids, (id, component) => (out[id] = component));
  return out;
}

/** `keys[i]: values[i]` as a mapping of state.json or a detail file, closed at `indent`. */
function emitEntries(
  keys: readonly string[],
  values: readonly string[],
  out: string[],
  indent: string,
): void {
  if (!keys.length) {
    out.push("{}");
    return;
  }
  out.push("{");
  for (let i = 0; i < keys.length; i++)
    out.push(
      `${i ? "," : ""}\n${indent}  ${JSON.stringify(keys[i])}: ${JSON.stringify(values[i])}`,
    );
  out.push(`\n${indent}}`);
}
