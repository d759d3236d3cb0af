/**
 * The text of the apps' detail files (state-file.ts): each app's files' sha256 and its
 * objects' identities. Schema 4 keeps them in 16 shards per environment,
 * `.capstan/details/<h>.json`, `<h>` the first hex digit of the sha256 of the app's name;
 * a shard maps each of its apps to `{files, objects}`. Schema 3 kept one file per app,
 * `.capstan/apps/<app>.json` (still read). Apart from state-file.ts so the write worker,
 * which emits an app's part while the app renders, loads only this.
 */
import { createHash } from "node:crypto";
import { eachIdentity, isPairs, type AppState, type IdentityPairs } from "./layout.ts";
import { isArrayIndex, sortedKeys } from "./state-index.ts";

/** The folder of the schema-4 detail shards, relative to the environment folder. */
export const DETAILS_DIR = ".capstan/details";
/** The folder of schema 3's per-app detail files, relative to the environment folder. */
export const APPS_DIR = ".capstan/apps";

/** The shard an app's detail is kept in (schema 4): `0`…`f`. */
export function shardOf(app: string): string {
  let shard = shards.get(app);
  if (shard === undefined)
    shards.set(app, (shard = createHash("sha256").update(app).digest("hex")[0]!));
  return shard;
}
/** Each app name's shard, once hashed: a run asks per environment, in index and plan. */
const shards = new Map<string, string>();

/** The schema-4 shard file holding an app's detail, relative to the environment folder. */
export function detailPath(app: string): string {
  return shardPath(shardOf(app));
}

/** A shard's file, relative to the environment folder. */
export function shardPath(shard: string): string {
  return `${DETAILS_DIR}/${shard}.json`;
}

/** Schema 3's detail file of an app, relative to the environment folder. */
export function appDetailPath(app: string): string {
  return `${APPS_DIR}/${app}.json`;
}

/**
 * An app's part of its detail shard (`detailText`) when any of its files changed or it had
 * no entry before (`old`) — emitted while the app renders (the write worker, or in-thread),
 * so the plan does not emit it again. Undefined when nothing changed: the plan then emits
 * the part only if its shard is written.
 */
export function withDetail(
  changed: readonly [string, string][],
  hashes: Record<string, string>,
  objects: IdentityPairs,
  old: Record<string, string> | undefined,
): string | undefined {
  if (!changed.length && old) return undefined;
  return detailText(hashes, objects);
}

/**
 * A shard's text: `JSON.stringify(shard, null, 2)` of `{<app>: {files, objects}}`, keys
 * sorted — each app's part its `detailText`, joined without parsing anything again.
 */
export function shardText(parts: ReadonlyMap<string, string>): string {
  const apps = sortedKeys(Object.fromEntries([...parts.keys()].map((a) => [a, 0])));
  if (!apps.length) return "{}\n";
  const out: string[] = ["{"];
  apps.forEach((a, i) => out.push(`${i ? "," : ""}\n  ${JSON.stringify(a)}: ${parts.get(a)!}`));
  out.push("\n}\n");
  return out.join("");
}

/**
 * An app's part of its shard: `{files, objects}` as `JSON.stringify` with an indent of 2
 * writes it one level down (its closing brace indented by 2), keys sorted.
 */
export function detailText(
  files: Readonly<Record<string, string>>,
  objects: AppState["objects"],
): string {
  const out: string[] = ['{\n    "files": '];
  emitStringMap(files, out, "    ");
  if (objects) {
    out.push(`,\n    "objects": `);
    if (isPairs(objects)) emitPairs(objects, out, "    ");
    else emitStringMap(objects, out, "    ");
  }
  out.push("\n  }");
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
