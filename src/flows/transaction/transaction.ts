/**
 * The one env-repo transaction of render (CLI and Action), promote and rollback:
 *
 *   tips (one `ls-remote`) → fetch (depth 1: the commits, then what the record's read sets
 *   name, read-set.ts) → plan against the fetched tree
 *   → drop changes that change nothing → build every commit (one `fast-import`)
 *   → one atomic push with a lease on every ref → on a race: again, from the top.
 *
 * A local non-bare repository given by path is used in place: its own refs are the
 * tips, the commits land on its branches in one ref transaction (work tree updated for
 * the changed files only), and `--push` then pushes them; a race there is reported, not
 * retried (capstan never resets a user's work tree). docs/architecture.md.
 */
import type { EnvStore } from "../../adapters/git/store.ts";
import { fullRef, type PushRef } from "../../adapters/git/push.ts";
import { withRetry, type RetryOptions } from "../../adapters/retry.ts";
import { ExternalError } from "../../core/common/errors.ts";
import { EnvTree } from "./env-tree.ts";
import type { TxCommitOutcome, TxPlan } from "./types.ts";
import { materialize, type Built } from "./materialize.ts";
import { RECORD_REF } from "./record.ts";
import { fetchTips } from "./read-set.ts";

export type { TxCommit, TxCommitOutcome, TxPlan } from "./types.ts";

export type TxWrite = "dry-run" | "build" | "push" | "local" | "local+push";

export interface TxOptions<R> {
  /** Branches (or full refs) the plan reads. */
  refs: string[];
  plan: (tree: EnvTree, attempt: number) => Promise<TxPlan<R>>;
  /** dry-run: plan only; build: commits built, nothing moved; local: in place. */
  write: TxWrite;
  retry?: Partial<Pick<RetryOptions, "maxAttempts" | "baseMs" | "maxMs">>;
  /** The error when a one-shot (in place) transaction loses a race. */
  raceMessage: string;
  /** The first attempt's tips, fetched while the source loaded (`warmStart`). */
  warm?: Promise<Warm | undefined>;
  /** The environments' folder (`envRepo.root`): the record names what the next run reads there. */
  root?: string;
}

/** Tips of `refs` with their commits fetched, from before the first attempt. */
export interface Warm {
  refs: string[];
  tips: Map<string, string>;
}

/**
 * The first attempt's first steps, started early: the tips of `refs` (one `ls-remote`),
 * their fetch, then `then` (reads the planner will make, cached by the store) — git in its
 * own processes while the caller parses the source. Never rejects: a failure here is left
 * for the attempt itself to meet and report, in its usual order.
 */
export function warmStart(
  store: EnvStore,
  refs: string[],
  then: (tree: EnvTree) => Promise<unknown>,
): Promise<Warm | undefined> {
  const full = txRefs(store, refs);
  return (async () => {
    const tips = await store.tips(full);
    await fetchTips(store, tips);
    await then(new EnvTree(store, tips));
    return { refs: full, tips };
  })().catch(() => undefined);
}

function txRefs(store: EnvStore, refs: string[]): string[] {
  return [...refs.map(fullRef), ...(store.inPlace ? [] : [RECORD_REF])];
}

export interface TxOutcome<R> {
  result: R;
  commits: TxCommitOutcome[];
  /** Refs moved on the remote by this run's atomic push. */
  pushed: string[];
}

export async function runTransaction<R>(
  store: EnvStore,
  opts: TxOptions<R>,
): Promise<TxOutcome<R>> {
  let attempts = 0;
  let out: TxOutcome<R> | undefined;
  const once = async (): Promise<"done" | "retry"> => {
    out = await attempt(store, opts, ++attempts);
    return out ? "done" : "retry";
  };
  if (store.inPlace || opts.write === "dry-run" || opts.write === "build") await once();
  else
    await withRetry(once, {
      maxAttempts: opts.retry?.maxAttempts ?? 10,
      baseMs: opts.retry?.baseMs ?? 300,
      maxMs: opts.retry?.maxMs ?? 5_000,
    });
  if (!out) throw new ExternalError(opts.raceMessage);
  return out;
}

/** One attempt; undefined when another run moved a ref first. */
async function attempt<R>(
  store: EnvStore,
  opts: TxOptions<R>,
  n: number,
): Promise<TxOutcome<R> | undefined> {
  const refs = txRefs(store, opts.refs);
  const warm = n === 1 ? await opts.warm : undefined;
  let tips: Map<string, string>;
  if (warm && warm.refs.join("\0") === refs.join("\0")) tips = warm.tips;
  else {
    tips = await store.tips(refs);
    await fetchTips(store, tips);
  }
  const tree = new EnvTree(store, tips);
  const plan = await opts.plan(tree, n);
  if (opts.write === "dry-run") return { result: plan.result, commits: [], pushed: [] };
  const built = await materialize(store, tree, plan, store.inPlace, opts.root);
  if (opts.write === "build") return { result: plan.result, commits: built.outcomes, pushed: [] };
  if (opts.write === "local" || opts.write === "local+push") {
    const local = built.refs.map((r) => ({
      ref: r.remote,
      sha: r.local,
      expect: tips.get(fullRef(r.remote)) ?? "",
    }));
    if (!(await store.updateLocal(local, built.scratch))) return undefined;
    if (opts.write === "local") return { result: plan.result, commits: built.outcomes, pushed: [] };
  }
  return push(store, built, plan.result);
}

async function push<R>(
  store: EnvStore,
  built: Built,
  result: R,
): Promise<TxOutcome<R> | undefined> {
  const refs: PushRef[] = built.refs;
  const res = await store.push(refs);
  if (!res.ok && res.reason === "race") return undefined;
  if (!res.ok)
    throw new ExternalError(`push to ${store.url || "origin"} was rejected: ${res.detail}`);
  return { result, commits: built.outcomes, pushed: refs.map((r) => r.remote) };
}
