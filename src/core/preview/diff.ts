/**
 * The rendered-manifest diff: two trees of one environment (base, head), each
 * `app → (path → text)`, compared per app and per file (objects and kustomization
 * files alike: every file render writes). Objects are matched by
 * path (capstan names files after kind and name); a removed and an added object of
 * the same apiVersion, kind and namespace whose bodies are near-identical are
 * reported as one rename. Pure: text in, structured changes out.
 */
import { parseYaml } from "../../yaml/fast.ts";
import { cmp } from "../common/text.ts";
import { isObj } from "../common/json.ts";
import { changedKeys, secretView } from "./secret-view.ts";
import { diffStat, similarity, unifiedDiff, type DiffStat } from "./unified-diff.ts";

/** The pseudo-app under which an environment's own files (its kustomization.yaml) are diffed. */
export const ENV_FILES = "(environment)";

export interface ObjectId {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export type ObjectChangeKind = "added" | "removed" | "changed" | "renamed";

export interface ObjectChange {
  change: ObjectChangeKind;
  /** Path relative to the environment folder (`<app>/<file>`); the new path of a rename. */
  path: string;
  id: ObjectId;
  /** A rename's old path and identity. */
  fromPath?: string;
  fromId?: ObjectId;
  /** Unified diff hunks (context 3); whole object as `+`/`-` lines when added or removed. */
  diff: string;
  stat: DiffStat;
  /** a Secret: its diff shows every value as `(hidden)`; these keys' values changed */
  hiddenKeys?: string[];
}

export interface AppDiff {
  env: string;
  app: string;
  objects: ObjectChange[];
  added: number;
  /** changed and renamed objects */
  changed: number;
  removed: number;
}

/** One app's files, relative to the environment folder (`<app>/<file>` → text). */
export type AppFiles = Map<string, string>;

/** Similarity from which a removed + added pair counts as a rename. */
export const RENAME_SIMILARITY = 0.8;

/** Compares the apps of one environment; apps without any object change are left out. */
export function diffEnv(
  env: string,
  base: Map<string, AppFiles>,
  head: Map<string, AppFiles>,
): AppDiff[] {
  const names = [...new Set([...base.keys(), ...head.keys()])].sort(cmp);
  const out: AppDiff[] = [];
  for (const app of names) {
    const d = diffApp(env, app, base.get(app) ?? new Map(), head.get(app) ?? new Map());
    if (d.objects.length) out.push(d);
  }
  return out;
}

export function diffApp(env: string, app: string, base: AppFiles, head: AppFiles): AppDiff {
  const objects: ObjectChange[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  for (const [p, before] of base) {
    const after = head.get(p);
    if (after === undefined) removed.push(p);
    else if (after !== before) {
      objects.push({
        change: "changed",
        path: p,
        id: identity(after, p),
        ...bodyDiff(before, after),
      });
    }
  }
  for (const p of head.keys()) if (!base.has(p)) added.push(p);

  for (const [from, to] of pairRenames(removed, added, base, head)) {
    objects.push({
      change: "renamed",
      path: to,
      id: identity(head.get(to)!, to),
      fromPath: from,
      fromId: identity(base.get(from)!, from),
      ...bodyDiff(base.get(from)!, head.get(to)!),
    });
    removed.splice(removed.indexOf(from), 1);
    added.splice(added.indexOf(to), 1);
  }
  for (const p of removed) {
    objects.push({
      change: "removed",
      path: p,
      id: identity(base.get(p)!, p),
      ...bodyDiff(base.get(p)!, ""),
    });
  }
  for (const p of added) {
    objects.push({
      change: "added",
      path: p,
      id: identity(head.get(p)!, p),
      ...bodyDiff("", head.get(p)!),
    });
  }
  objects.sort((a, b) => cmp(a.path, b.path) || cmp(a.change, b.change));
  return {
    env,
    app,
    objects,
    added: objects.filter((o) => o.change === "added").length,
    changed: objects.filter((o) => o.change === "changed" || o.change === "renamed").length,
    removed: objects.filter((o) => o.change === "removed").length,
  };
}

/** The line diff of two bodies; a Secret's values are hidden and its changed keys named. */
function bodyDiff(
  before: string,
  after: string,
): { diff: string; stat: DiffStat; hiddenKeys?: string[] } {
  const a = secretView(before);
  const b = secretView(after);
  if (!a && !b) {
    const diff = unifiedDiff(before, after);
    return { diff, stat: diffStat(diff) };
  }
  const diff = unifiedDiff(a ? a.text : before, b ? b.text : after);
  return { diff, stat: diffStat(diff), hiddenKeys: changedKeys(a, b) };
}

/** Removed/added pairs with the same apiVersion, kind and namespace and near-identical bodies, best first. */
function pairRenames(
  removed: string[],
  added: string[],
  base: AppFiles,
  head: AppFiles,
): [string, string][] {
  if (!removed.length || !added.length) return [];
  const candidates: { from: string; to: string; score: number }[] = [];
  for (const from of removed) {
    const a = identity(base.get(from)!, from);
    for (const to of added) {
      const b = identity(head.get(to)!, to);
      if (a.apiVersion !== b.apiVersion || a.kind !== b.kind || a.namespace !== b.namespace)
        continue;
      if (a.name === b.name) continue;
      const score = similarity(base.get(from)!, head.get(to)!);
      if (score >= RENAME_SIMILARITY) candidates.push({ from, to, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || cmp(x.from, y.from) || cmp(x.to, y.to));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const pairs: [string, string][] = [];
  for (const c of candidates) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    pairs.push([c.from, c.to]);
  }
  return pairs;
}

/** apiVersion, kind, namespace and name of an emitted object; the file name stands in when unreadable. */
export function identity(text: string, path: string): ObjectId {
  try {
    const v = parseYaml(text)[0];
    if (isObj(v) && isObj(v.metadata)) {
      const ns = v.metadata.namespace;
      return {
        apiVersion: String(v.apiVersion ?? ""),
        kind: String(v.kind ?? ""),
        ...(typeof ns === "string" ? { namespace: ns } : {}),
        name: String(v.metadata.name ?? ""),
      };
    }
    // a kustomization file: no metadata, named by its path
    if (isObj(v) && typeof v.kind === "string")
      return { apiVersion: String(v.apiVersion ?? ""), kind: v.kind, name: path };
  } catch {
    // fall through: the path still names the object
  }
  return { apiVersion: "", kind: "", name: path.split("/").pop() ?? path };
}

/** `Deployment shop/web` (namespace/name), for humans. */
export function describeId(id: ObjectId): string {
  return `${id.kind || "object"} ${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}
