/**
 * The promotion plan: the `to` environment re-rendered app by app, each app at its own
 * source commit (docs/design.md, "The flows": promote).
 *
 * Apps are grouped by commit; the source is read at each commit from the source
 * repository's history (`source-tree.ts`, git packs by the lock of that commit) and
 * `planEnv` renders `to` — as that commit's capstan.yaml defines it: its overrides,
 * kubeVersion, guardrails — for that group only (`onlyApps`), recording the commit in
 * state.json. The groups' plans are chained (each starts from the state the previous one
 * left), so the result is one set of file changes and one state.
 */
import { fetchGitPacks } from "../../adapters/git-packs.ts";
import { LOCK_FILE, parseLock } from "../../core/model/lock.ts";
import { showFileAt } from "../../adapters/source-repo.ts";
import { readConfigAt, readSourceAt, type SourceLocation } from "../../adapters/source-tree.ts";
import { parseInSlices } from "../shared/load.ts";
import { bindApp } from "../../core/model/binding.ts";
import type { Environment } from "../../core/model/config.ts";
import {
  loadSource,
  planEnv,
  prepare,
  type AppOutcome,
  type LoadedSource,
  type PreviousEnv,
} from "../../core/plan/plan.ts";
import { UserError, type Problem } from "../../core/common/errors.ts";
import { STATE_SCHEMA_VERSION, type EnvState } from "../../core/plan/layout.ts";
import { stateChanges, withDetails } from "../../core/plan/state-file.ts";
import { cmp } from "../../core/common/text.ts";
import { short } from "../../core/preview/report.ts";
import { CAPSTAN_VERSION } from "../../core/model/version.ts";
import { isBookkeeping, planHydratorFiles } from "../../core/plan/hydrator.ts";
import { commitMeta } from "../shared/commit-meta.ts";
import type { CapabilityPack } from "../../core/model/source.ts";

/** The source at any commit of its history, loaded (and capabilities prepared) once per commit. */
export class SourceRevisions {
  private readonly cache = new Map<string, Promise<LoadedSource>>();
  private only?: { apps: string[]; files: string[] };

  constructor(
    private readonly loc: SourceLocation,
    private readonly opts: {
      sourceDir: string;
      sourceRepo: string;
      frozen?: boolean;
      gitToken?: string;
    },
  ) {}

  /**
   * A partial promotion (`--apps`): each revision is read with only these apps' files (as
   * the `from` environment's state names them) — every file when the state names none for
   * one of them, or one is not in them at a revision (moved, renamed). The other apps are
   * neither read nor checked.
   */
  limitTo(apps: string[], from: EnvState | undefined): void {
    const files = apps.map((a) => from?.apps[a]?.source);
    if (files.every((f) => f !== undefined)) this.only = { apps, files: [...new Set(files)] };
  }

  at(commit: string): Promise<LoadedSource> {
    let p = this.cache.get(commit);
    if (!p) this.cache.set(commit, (p = this.load(commit)));
    return p;
  }

  private async load(commit: string): Promise<LoadedSource> {
    const cfg = await readConfigAt(this.loc, commit);
    if (!cfg)
      throw new UserError([
        {
          code: "no-config",
          message: `${this.opts.sourceRepo}@${short(commit)} has no ${this.loc.prefix}capstan.yaml`,
        },
      ]);
    let gitPacks: Map<number, CapabilityPack> | undefined;
    if (cfg.config.capabilities.some((c) => c.kind === "git")) {
      const lockText = await showFileAt(this.loc.top, commit, `${this.loc.prefix}${LOCK_FILE}`);
      const lock = lockText ? parseLock({ file: LOCK_FILE, text: lockText }).lock : undefined;
      gitPacks = await fetchGitPacks(cfg.config, {
        sourceDir: this.opts.sourceDir,
        lock,
        token: this.opts.gitToken,
      });
    }
    const read = (onlyApps?: string[]) =>
      readSourceAt({
        loc: this.loc,
        rev: commit,
        sourceRepo: this.opts.sourceRepo,
        commit,
        gitPacks,
        onlyApps,
      });
    let input = await read(this.only?.files);
    let src: LoadedSource | undefined;
    if (this.only) {
      src = loadSource(input!);
      if (!this.only.apps.every((a) => src!.apps.some((x) => x.name === a))) {
        input = await read();
        src = undefined;
      }
    }
    input!.commitMeta = await commitMeta(this.loc.top, commit, this.opts.sourceRepo);
    if (!src) {
      await parseInSlices(input!.apps); // the target's files are read meanwhile (promote.ts)
      src = loadSource(input!);
    }
    await prepare(src, src.config.environments, { frozen: this.opts.frozen });
    return src;
  }
}

export interface PromotionPlan {
  /** relative to the environment folder; null deletes (state.json included when it changes) */
  changes: Map<string, string | null>;
  state: EnvState;
  /** rendered or pruned apps (unchanged ones included), by name */
  apps: AppOutcome[];
  /** apps the `to` environment no longer binds, removed from it */
  pruned: string[];
  notices: string[];
}

/**
 * The state files of `next` against `prev`. A shard written holds the promoted apps'
 * shard-mates too, and a schema-3 state is written whole: what the plans before did not
 * load is loaded here.
 */
function stateWrites(
  prev: EnvState | undefined,
  next: EnvState,
  pruned: readonly string[],
): Promise<Map<string, string | null>> {
  const touched = Object.keys(next.apps).filter((a) => next.apps[a] !== prev?.apps[a]);
  return withDetails(() => stateChanges(prev, next), {
    state: prev,
    apps: [...touched, ...pruned],
  });
}

/**
 * Plans `to` with every app of `targets` (app → commit) at its commit. `pruneCandidates`
 * are apps of this source in `to` that a full promotion removes when `to` does not bind
 * them at `revision` (the newest commit).
 */
export async function planPromotion(
  revisions: SourceRevisions,
  to: string,
  prev: PreviousEnv,
  targets: Map<string, string>,
  opts: { revision: string; pruneCandidates: string[] },
): Promise<PromotionPlan> {
  const groups = new Map<string, string[]>();
  for (const [app, commit] of targets) {
    const g = groups.get(commit);
    if (g) g.push(app);
    else groups.set(commit, [app]);
  }
  const problems: Problem[] = [];
  const notices = new Set<string>();
  const changes = new Map<string, string | null>();
  const outcomes = new Map<string, AppOutcome>();
  const unbound: string[] = [];
  let cur: PreviousEnv = prev;
  for (const commit of [...groups.keys()].sort(cmp)) {
    const apps = groups.get(commit)!.sort(cmp);
    const src = await revisions.at(commit);
    const env = envAt(src, to, commit, problems);
    if (!env) continue;
    const r = await withDetails(() => planEnv(src, env, cur, { onlyApps: apps, commit }), {
      state: cur.state,
      apps,
    });
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (!r.plan) continue;
    for (const [p, t] of r.plan.changes) if (!isBookkeeping(p)) changes.set(p, t);
    for (const o of r.plan.apps) outcomes.set(o.name, o);
    for (const a of apps) if (!r.plan.apps.some((o) => o.name === a)) unbound.push(a);
    cur = {
      state: r.plan.state,
      kustomization: r.plan.changes.get("kustomization.yaml") ?? cur.kustomization,
    };
  }
  if (problems.length) throw new UserError(problems);

  // Apps `to` no longer binds: removed, by planning an empty source over just those apps.
  const revSrc = await revisions.at(opts.revision);
  const state = cur.state;
  const candidates = [...unbound, ...opts.pruneCandidates].filter((a) => {
    if (!state?.apps[a] || state.apps[a].sourceRepo !== revSrc.sourceRepo) return false;
    if (unbound.includes(a)) return true;
    const app = revSrc.apps.find((x) => x.name === a);
    return (
      !app || !bindApp(app, revSrc.config.environments).bindings.some((b) => b.env.name === to)
    );
  });
  const pruned = [...new Set(candidates)].sort(cmp);
  let finalState: EnvState | undefined = state;
  if (pruned.length && state) {
    const env = envAt(revSrc, to, opts.revision, problems);
    if (!env) throw new UserError(problems);
    const only: EnvState = { ...state, apps: {} };
    for (const a of pruned) only.apps[a] = state.apps[a]!;
    const r = await withDetails(
      () =>
        planEnv(
          { ...revSrc, apps: [] },
          { ...env, createNamespaces: false },
          { state: only, kustomization: cur.kustomization },
        ),
      { state, apps: pruned },
    );
    if (!r.plan) throw new UserError(r.problems);
    for (const [p, t] of r.plan.changes) if (!isBookkeeping(p)) changes.set(p, t);
    for (const o of r.plan.apps) outcomes.set(o.name, o);
    finalState = { ...state, apps: { ...state.apps } };
    for (const a of pruned) delete finalState.apps[a];
  }
  const empty: EnvState = {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: {},
  };
  const next = finalState ?? prev.state ?? empty;
  // The hydrator files once, for the whole promotion: the newest commit is its drySha.
  const h = { env: to, drySha: opts.revision, meta: revSrc.input.commitMeta };
  for (const n of planHydratorFiles(changes, h, prev, Object.keys(next.apps).length > 0))
    notices.add(n);
  if (changes.size || prev.state)
    for (const [p, t] of await stateWrites(prev.state, next, pruned)) changes.set(p, t);
  return {
    changes: new Map([...changes].sort((a, b) => cmp(a[0], b[0]))),
    state: next,
    apps: [...outcomes.values()].sort((a, b) => cmp(a.name, b.name)),
    pruned,
    notices: [...notices],
  };
}

function envAt(
  src: LoadedSource,
  name: string,
  commit: string,
  problems: Problem[],
): Environment | undefined {
  const env = src.config.environments.find((e) => e.name === name);
  if (!env)
    problems.push({
      file: src.config.file,
      env: name,
      code: "unknown-environment",
      message: `capstan.yaml at ${short(commit)} has no environment "${name}"; it cannot be rendered at that revision`,
    });
  return env;
}
