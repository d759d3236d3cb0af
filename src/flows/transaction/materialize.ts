/**
 * From a plan to commits and the refs to push: changes equal to what the parent holds
 * are dropped (so a run that changes no file makes no commit), commits chain per branch,
 * an approval or promotion branch that already holds the same tree on the same parent is
 * not pushed again, and the record ref moves when a recorded commit changes or branches
 * are pushed (its message then names what the next run reads at them: read-set.ts).
 */
import { blobId, type NewCommit } from "../../adapters/git/fast-import.ts";
import { fullRef, type PushRef } from "../../adapters/git/push.ts";
import type { EnvStore } from "../../adapters/git/store.ts";
import type { EnvTree } from "./env-tree.ts";
import { readRecorded, RECORD_REF } from "./record.ts";
import { formatReadSets, parseReadSets, readSetOf, type ReadSets } from "./read-set.ts";
import type { TxCommitOutcome, TxPlan } from "./types.ts";

export interface Built {
  outcomes: TxCommitOutcome[];
  refs: PushRef[];
  /** The refs fast-import kept the commits on (removed again in place). */
  scratch: string[];
}

export async function materialize<R>(
  store: EnvStore,
  tree: EnvTree,
  plan: TxPlan<R>,
  inPlace: boolean,
  /** The environments' folder: the record names what the next run reads in it (read-set.ts). */
  root?: string,
): Promise<Built> {
  const effective = await effectiveChanges(tree, plan);
  const commits: NewCommit[] = [];
  const index: (number | undefined)[] = [];
  const heads = new Map<string, string | number>();
  plan.commits.forEach((c, i) => {
    const changes = effective[i]!;
    if (!changes.size) return void index.push(undefined);
    const parent = heads.get(c.onto) ?? tree.tip(c.onto);
    index.push(commits.length);
    if (c.branch === c.onto) heads.set(c.branch, commits.length);
    commits.push({ ref: scratchRef(commits.length), parent, message: c.message, changes });
  });
  const record = inPlace ? undefined : await recordChanges(tree, plan.record);
  const shas = await store.build(commits);

  const outcomes: TxCommitOutcome[] = [];
  const refs: PushRef[] = [];
  for (const [i, c] of plan.commits.entries()) {
    const k = index[i];
    if (k === undefined) {
      outcomes.push({});
      continue;
    }
    const sha = shas[k]!;
    if (c.branch === c.onto) {
      outcomes.push({ sha });
      continue;
    }
    const remote = tree.tip(c.branch);
    if (remote && (await sameRender(store, remote, sha))) {
      outcomes.push({ sha: remote, alreadyThere: true });
      continue;
    }
    outcomes.push({ sha });
    refs.push({ local: sha, remote: c.branch, expect: remote ?? "" });
  }
  const branchRefs = [...heads].map(([branch, head]) => ({
    local: shas[head as number]!,
    remote: branch,
    expect: inPlace ? undefined : (tree.tip(branch) ?? ""),
  }));
  const pushed = [...branchRefs, ...refs];
  const scratch = commits.map((c) => c.ref);
  if (!inPlace && (record || (root !== undefined && pushed.length))) {
    const ref = scratchRef(commits.length);
    const message = await recordMessage(store, tree, pushed, root);
    const [sha] = await store.build([
      { ref, parent: tree.tip(RECORD_REF), message, changes: record ?? new Map() },
    ]);
    pushed.push({ local: sha!, remote: RECORD_REF, expect: tree.tip(RECORD_REF) ?? "" });
    scratch.push(ref);
  }
  return { outcomes, refs: pushed, scratch };
}

/**
 * The record commit's message: the read sets (read-set.ts) of the tips this push sets,
 * and those of the record read whose tips have not moved.
 */
async function recordMessage(
  store: EnvStore,
  tree: EnvTree,
  pushed: PushRef[],
  root: string | undefined,
): Promise<string> {
  const head = "capstan: newest source commits rendered\n";
  if (root === undefined) return head;
  const old = tree.tip(RECORD_REF);
  const sets: ReadSets = new Map();
  if (old)
    for (const [ref, s] of parseReadSets((await store.reads.commits([old]))[0]?.message ?? ""))
      if (tree.tip(ref) === s.tip) sets.set(ref, s);
  const objects = await Promise.all(pushed.map((p) => readSetOf(store, p.local, root)));
  pushed.forEach((p, i) => sets.set(fullRef(p.remote), { tip: p.local, objects: objects[i]! }));
  return sets.size ? `${head}\n${formatReadSets(sets)}\n` : head;
}

/** Per commit, the changes that differ from the parent branch's fetched tip. */
async function effectiveChanges<R>(
  tree: EnvTree,
  plan: TxPlan<R>,
): Promise<Map<string, string | null>[]> {
  const specs: [string, string][] = [];
  for (const c of plan.commits) {
    const tip = tree.tip(c.onto);
    if (tip) for (const p of c.changes.keys()) specs.push([tip, p]);
  }
  const oids = await tree.oids(specs);
  const old = new Map(specs.map(([rev, p], i) => [`${rev}:${p}`, oids[i]]));
  return plan.commits.map((c) => {
    const tip = tree.tip(c.onto);
    const out = new Map<string, string | null>();
    for (const [p, text] of c.changes) {
      const before = tip ? old.get(`${tip}:${p}`) : undefined;
      if (text === null ? before !== undefined : before !== blobId(Buffer.from(text, "utf8")))
        out.set(p, text);
    }
    return out;
  });
}

/** The record's changed entries, or undefined when every entry already says so. */
async function recordChanges(
  tree: EnvTree,
  wanted: Map<string, string> | undefined,
): Promise<Map<string, string | null> | undefined> {
  if (!wanted?.size) return undefined;
  const paths = [...wanted.keys()];
  const now = await readRecorded(tree, paths);
  const changes = new Map<string, string | null>();
  paths.forEach((p, i) => {
    if (now[i] !== wanted.get(p)) changes.set(p, `${wanted.get(p)}\n`);
  });
  return changes.size ? changes : undefined;
}

/** The remote branch already holds this render: same tree, same first parent. */
async function sameRender(store: EnvStore, remote: string, local: string): Promise<boolean> {
  const [a, b] = await store.reads.commits([remote, local]);
  return !!a && !!b && a.tree === b.tree && a.parents[0] === b.parents[0];
}

function scratchRef(i: number): string {
  return `refs/capstan/build/${process.pid}-${i}`;
}
