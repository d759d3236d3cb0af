/**
 * What the next run reads, named by the run that pushed it (docs/architecture.md, "The
 * env-repo transaction"; docs/performance.md, "Read sets"). A depth-1 fetch brings every
 * tree of the env repo — 9,009 at 3,000 apps × 3 environments — while a run reads the
 * root, the environment folders, their `.capstan/` folders and a few files. So the record
 * commit (record.ts), pushed with every render, lists per branch tip it pushed the ids of
 * those trees and files; the next run fetches the tips' commits alone (`tree:0`), reads
 * the record, and fetches what it lists for each tip that has not moved since — in the
 * round that used to fetch the state files, as requests made at once (`requests`) — and
 * every other tip as before. The folders of the apps a plan touches follow with their
 * detail files (`prefetchDirs`). No round trip is added, and GitHub serves `tree:0`.
 * The sets only say what to fetch: every read still resolves its path in the commit, so
 * a wrong set costs fetches (git fetches what is missing), never a wrong read.
 *
 * `CAPSTAN_ENV_FETCH=full` (and reference mode) fetches every tree as before: the
 * reference twin of this path.
 */
import type { EnvStore } from "../../adapters/git/store.ts";
import { referenceMode } from "../../reference-mode.ts";
import { RECORD_REF } from "./record.ts";

/** Header of a read set in the record commit's message: `capstan-reads <ref> <tip>`. */
const HEADER = "capstan-reads";

/** An object a run reads: `tree` or `blob`, its id, its path in the commit ("" the root). */
type ReadObject = { type: string; oid: string; path: string };

/** Per ref: the tip the set was written for, and what the next run reads there. */
export type ReadSets = Map<string, { tip: string; objects: ReadObject[] }>;

/** Whether runs fetch every tree (the reference path) instead of the read sets. */
export function fetchEveryTree(): boolean {
  return process.env.CAPSTAN_ENV_FETCH === "full" || referenceMode();
}

/** The read sets in a record commit's message (malformed lines are skipped). */
export function parseReadSets(message: string): ReadSets {
  const out: ReadSets = new Map();
  let current: { tip: string; objects: ReadObject[] } | undefined;
  for (const line of message.split("\n")) {
    const head = /^capstan-reads (\S+) ([0-9a-f]{40,64})$/.exec(line);
    if (head) {
      out.set(head[1]!, (current = { tip: head[2]!, objects: [] }));
      continue;
    }
    const entry = /^(tree|blob) ([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (entry && current)
      current.objects.push({ type: entry[1]!, oid: entry[2]!, path: entry[3] ?? "" });
  }
  return out;
}

/** The read sets as the record commit's message carries them, refs sorted. */
export function formatReadSets(sets: ReadSets): string {
  const lines: string[] = [];
  for (const ref of [...sets.keys()].sort()) {
    const s = sets.get(ref)!;
    lines.push(`${HEADER} ${ref} ${s.tip}`);
    for (const o of s.objects)
      lines.push(o.path ? `${o.type} ${o.oid} ${o.path}` : `${o.type} ${o.oid}`);
  }
  return lines.join("\n");
}

/**
 * The tips' objects a run needs, fetched: their commits, then — in one round — what the
 * record lists for tips that have not moved, and every tree of the others.
 */
export async function fetchTips(store: EnvStore, tips: ReadonlyMap<string, string>): Promise<void> {
  if (store.inPlace) return;
  if (fetchEveryTree()) return store.fetch(tips.values());
  if (!(await store.fetchCommits(tips.values()))) return; // the server sent everything
  const entries = [...tips];
  const bodies = await store.reads.commits(entries.map(([, sha]) => sha));
  const at = entries.findIndex(([ref]) => ref === RECORD_REF);
  const sets: ReadSets = at >= 0 ? parseReadSets(bodies[at]?.message ?? "") : new Map();
  const listed: ReadObject[] = [];
  const whole: string[] = [];
  entries.forEach(([ref, sha], i) => {
    const set = ref === RECORD_REF ? undefined : sets.get(ref);
    if (set && set.tip === sha) listed.push(...set.objects);
    else if (bodies[i]) whole.push(bodies[i]!.tree);
  });
  await store.fetchObjects(requests(listed), whole);
}

/**
 * A read set's objects as requests made at once, none holding an object inside another
 * of the same request (store.ts `fetchObjects`): the folders above `.capstan/` one request
 * per depth; each `.capstan/` folder with its detail folder (`blob:none`) together with
 * the environments' own files; each state.json alone (the server would search deltas
 * between similar states sent together: docs/performance.md).
 */
function requests(objects: ReadObject[]): { oids: string[]; filter: "tree:0" | "blob:none" }[] {
  const byDepth: string[][] = [];
  const capstan: string[] = [];
  const states: string[] = [];
  for (const o of objects) {
    if (o.type === "tree" && /\/\.capstan\/(details|apps)$/.test(o.path)) continue;
    if (o.type === "tree" && (o.path === ".capstan" || o.path.endsWith("/.capstan")))
      capstan.push(o.oid);
    else if (o.type === "blob" && o.path.endsWith("/.capstan/state.json")) states.push(o.oid);
    else if (o.type === "blob") capstan.push(o.oid);
    else (byDepth[o.path ? o.path.split("/").length : 0] ??= []).push(o.oid);
  }
  return [
    ...byDepth.filter((g) => g?.length).map((oids) => ({ oids, filter: "tree:0" as const })),
    ...(capstan.length ? [{ oids: capstan, filter: "blob:none" as const }] : []),
    ...states.map((s) => ({ oids: [s], filter: "tree:0" as const })),
  ];
}

/**
 * The read set of a commit this run built: its root tree, the `root` folder, and for each
 * environment folder in it the folder, its `.capstan/` folder and its detail folder, its
 * state.json, kustomization.yaml, README.md and hydrator.metadata.
 */
export async function readSetOf(store: EnvStore, sha: string, root: string): Promise<ReadObject[]> {
  // one `ls-tree` per depth: with one path inside another, git lists the outer one's contents
  const [[body], top, inRoot] = await Promise.all([
    store.reads.commits([sha]),
    store.reads.list(sha, [root], false, "trees"),
    store.reads.list(sha, [root], false),
  ]);
  if (!body) return [];
  const envs = inRoot.filter((e) => e.type === "tree");
  const [capstan, leaves] = await Promise.all([
    store.reads.list(
      sha,
      envs.map((e) => `${e.path}/.capstan`),
      false,
      "trees",
    ),
    store.reads.list(
      sha,
      envs.flatMap(({ path: e }) => [
        `${e}/.capstan/details`,
        `${e}/.capstan/apps`,
        `${e}/.capstan/state.json`,
        `${e}/kustomization.yaml`,
        `${e}/README.md`,
        `${e}/hydrator.metadata`,
      ]),
      false,
      true,
    ),
  ]);
  return [
    { type: "tree", oid: body.tree, path: "" },
    ...[...top, ...envs, ...capstan, ...leaves].map((e) => ({
      type: e.type,
      oid: e.oid,
      path: e.path,
    })),
  ];
}
