/**
 * The pure engine: source files → loaded, validated inputs → per-environment
 * plans (`path → text | null` changes plus the new state). No I/O.
 */
import { parseYamlWithDocs } from "../../yaml/fast.ts";
import { emitYaml } from "../../yaml/emit.ts";
import { type AppSpec } from "../model/app.ts";
import { type Binding } from "../model/binding.ts";
import { type Environment } from "../model/config.ts";
import { type Problem } from "../common/errors.ts";
import { resolveGuardrails, type ResolvedGuardrail } from "../checks/guardrails.ts";
import {
  kustomization,
  needsIdentities,
  objectCount,
  STATE_SCHEMA_VERSION,
  type AppChange,
  type AppOutcome,
  type AppState,
  type EnvState,
  type SourceRecord,
} from "./layout.ts";
import { isObj } from "../common/json.ts";
import { CAPSTAN_VERSION } from "../model/version.ts";
import { NAMESPACES_APP, namespaceIdentities, planNamespaces } from "./namespaces.ts";
import { identityClashes } from "./identities.ts";
import { emittedAhead, stateChanges } from "./state-file.ts";
import { cmp } from "../common/text.ts";
import { planHydratorFiles } from "./hydrator.ts";
import { bindOnce, everyApp, type LoadedSource } from "./source.ts";
import { certifies, sourceRecord } from "./source-record.ts";
import type { Unchanged } from "./unchanged.ts";
import { inputDigest, renderAppFiles, type AppRender } from "./app-render.ts";

// declared with the environment tree they describe (layout.ts); re-exported for the flows
export {
  kindsToPreload,
  loadSource,
  prepare,
  usedCapabilities,
  type LoadedSource,
} from "./source.ts";
export {
  appInputDigest,
  identitiesOf,
  inputDigest,
  renderAppFiles,
  renderAppObjects,
  type AppRender,
} from "./app-render.ts";
export { preloadForState } from "./source-record.ts";
export type { AppChange, AppOutcome };

export interface EnvPlan {
  env: Environment;
  /** relative to the environment folder; null deletes */
  changes: Map<string, string | null>;
  state: EnvState;
  apps: AppOutcome[];
  objectsBefore: number;
  objectsDeleted: number;
}

export interface PreviousEnv {
  state?: EnvState;
  /** text of `<env>/kustomization.yaml` as it is now */
  kustomization?: string;
  /** text of `<env>/README.md` and `<env>/hydrator.metadata` as they are now (core/plan/hydrator.ts) */
  readme?: string;
  hydrator?: string;
}

export interface PlanOptions {
  /** only these apps (partial promotion); others stay as they are */
  onlyApps?: string[];
  /** ignore digests: render everything */
  force?: boolean;
  /** commit to record for re-rendered apps (default: the source's commit) */
  commit?: string;
  /** input digests already computed (`renderTasks`), by app name */
  digests?: Map<string, string>;
  /** apps already rendered (`renderAppFiles`, maybe in a worker), by app name */
  rendered?: Map<string, AppRender>;
  /**
   * false: the caller writes nothing and drops state.json (a preview, validate), so the
   * plan neither builds the sources record nor emits the state's text.
   */
  bookkeeping?: boolean;
}

export interface RenderTask {
  app: AppSpec;
  binding: Binding;
  guardrails: ResolvedGuardrail[];
  digest: string;
}

/**
 * The apps `planEnv(src, env, prev, opts)` would render (their input changed), in its
 * order, and the input digest of every app bound there; pass the digests and the renders
 * back through `opts.digests` / `opts.rendered` so nothing is computed twice.
 */
export function renderTasks(
  src: LoadedSource,
  env: Environment,
  prev: PreviousEnv,
  opts: PlanOptions = {},
): { tasks: RenderTask[]; digests: Map<string, string> } {
  if (mustParseAll(src, prev, opts)) return renderTasks(everyApp(src), env, prev, opts);
  const tasks: RenderTask[] = [];
  const digests = new Map<string, string>();
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  if (g.problems.length) return { tasks, digests };
  const prevApps = prev.state?.apps ?? {};
  const only = opts.onlyApps ? new Set(opts.onlyApps) : undefined;
  for (const app of src.apps) {
    if (only && !only.has(app.name)) continue;
    const binding = bindOnce(app, src.config.environments).bindings.find(
      (x) => x.env.name === env.name,
    );
    if (!binding) continue;
    const old = prevApps[app.name];
    if (old && old.sourceRepo !== src.sourceRepo) continue;
    const digest = inputDigest(src, app, binding, g.guardrails);
    digests.set(app.name, digest);
    if (old && old.inputDigest === digest && !opts.force && !needsIdentities(old)) continue;
    tasks.push({ app, binding, guardrails: g.guardrails, digest });
  }
  return { tasks, digests };
}

/** What planning one environment gathers as it goes (planEnv's steps share it). */
interface EnvDraft {
  src: LoadedSource;
  env: Environment;
  opts: PlanOptions;
  prevState: EnvState;
  nextApps: Record<string, AppState>;
  changes: Map<string, string | null>;
  outcomes: AppOutcome[];
  problems: Problem[];
  notices: string[];
  commit: string;
  /** apps of this source bound here, and their namespaces */
  bound: Set<string>;
  namespaces: Set<string>;
}

/**
 * Whether `src` left files unparsed that this plan cannot go without: the state does not
 * vouch for them (a retry after a race), or the plan renders everything (--force). Such a
 * plan is made from every file (`everyApp`).
 */
function mustParseAll(src: LoadedSource, prev: PreviousEnv, opts: PlanOptions): boolean {
  return src.unchanged !== undefined && (opts.force === true || !certifies(src, prev.state));
}

/** Plans one environment: renders the apps whose input changed and computes the file changes. */
export function planEnv(
  src: LoadedSource,
  env: Environment,
  prev: PreviousEnv,
  opts: PlanOptions = {},
): { plan?: EnvPlan; problems: Problem[]; notices: string[] } {
  if (mustParseAll(src, prev, opts)) return planEnv(everyApp(src), env, prev, opts);
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  const prevState: EnvState = prev.state ?? {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: {},
  };
  const d: EnvDraft = {
    src,
    env,
    opts,
    prevState,
    nextApps: { ...prevState.apps },
    changes: new Map(),
    outcomes: [],
    problems: [...g.problems],
    notices: [],
    commit: opts.commit ?? src.commit,
    bound: new Set(),
    namespaces: new Set(),
  };
  const only = opts.onlyApps ? new Set(opts.onlyApps) : undefined;
  for (const app of src.apps) if (!only || only.has(app.name)) planApp(d, app, g.guardrails);
  if (src.unchanged) keepUnchanged(d, src.unchanged, only);
  if (!only) pruneUnbound(d);
  if (d.problems.length) return { problems: d.problems, notices: d.notices };
  if (env.createNamespaces) {
    const ns = planNamespaces(d.namespaces, prevState.apps[NAMESPACES_APP], d.commit, d.changes);
    d.nextApps[NAMESPACES_APP] = {
      ...ns.state,
      source: src.config.file,
      objects: namespaceIdentities(ns.state),
    };
    if (ns.outcome) d.outcomes.push(ns.outcome);
  }
  const clashes = identityClashes(env.name, d.nextApps, src.sourceRepo, src.apps, prevState.apps);
  // the message locates the clash in the app's file: every file parsed for it
  if (clashes.length && src.unchanged) return planEnv(everyApp(src), env, prev, opts);
  if (clashes.length) return { problems: clashes, notices: d.notices };
  return { plan: finishPlan(d, prev), problems: d.problems, notices: d.notices };
}

/** One app of the source: bound here? unchanged? else rendered, and its files compared. */
function planApp(d: EnvDraft, app: AppSpec, guardrails: ResolvedGuardrail[]): void {
  const { src, env, opts } = d;
  const b = bindOnce(app, src.config.environments);
  d.problems.push(...b.problems);
  d.notices.push(...b.notices);
  const binding = b.bindings.find((x) => x.env.name === env.name);
  if (!binding) return;
  d.bound.add(app.name);
  d.namespaces.add(binding.namespace);
  const old = d.prevState.apps[app.name];
  if (old && old.sourceRepo !== src.sourceRepo) {
    d.problems.push({
      file: app.doc.file,
      app: app.name,
      env: env.name,
      code: "app-collision",
      message: `app "${app.name}" in environment "${env.name}" is already rendered from ${old.sourceRepo}; app names must be unique across the source repositories feeding one env repo`,
    });
    return;
  }
  const digest = opts.digests?.get(app.name) ?? inputDigest(src, app, binding, guardrails);
  // An entry from before state schema 2 has no identities: rendered again to get them.
  if (old && old.inputDigest === digest && !opts.force && !needsIdentities(old)) {
    d.outcomes.push({ name: app.name, change: "unchanged", added: [], changed: [], removed: [] });
    return;
  }
  const r = opts.rendered?.get(app.name) ?? renderAppFiles(src, app, binding, guardrails);
  d.problems.push(...r.problems);
  if (r.notices) d.notices.push(...r.notices);
  if (!r.files || !r.hashes) return;
  const outcome = compareFiles(d, app.name, old, r.files, r.hashes);
  const entry: AppState = {
    sourceRepo: src.sourceRepo,
    commit: outcome.change === "unchanged" && old ? old.commit : d.commit,
    inputDigest: digest,
    files: r.hashes,
    source: app.doc.file,
    objects: r.objects ?? {},
  };
  if (r.detail !== undefined && r.objects) emittedAhead(entry, r.detail);
  d.nextApps[app.name] = entry;
  d.outcomes.push(outcome);
}

/** A rendered app's files against what state.json recorded: the changes and the outcome. */
function compareFiles(
  d: EnvDraft,
  name: string,
  old: AppState | undefined,
  files: Map<string, string>,
  hashes: Record<string, string>,
): AppOutcome {
  const outcome: AppOutcome = {
    name,
    change: old ? "changed" : "added",
    added: [],
    changed: [],
    removed: [],
    files,
  };
  for (const [p, t] of files) {
    const was = old?.files[p];
    if (was === hashes[p]) continue;
    d.changes.set(p, t);
    if (!p.endsWith("/kustomization.yaml")) (was ? outcome.changed : outcome.added).push(p);
  }
  for (const p of Object.keys(old?.files ?? {}))
    if (!files.has(p)) {
      d.changes.set(p, null);
      if (!p.endsWith("/kustomization.yaml")) outcome.removed.push(p);
    }
  if (old && !outcome.added.length && !outcome.changed.length && !outcome.removed.length)
    outcome.change = "unchanged";
  return outcome;
}

/**
 * The apps of the files left unparsed: unchanged wherever this source's entry is (the state
 * certified that those are exactly the apps bound here), absent elsewhere.
 */
function keepUnchanged(d: EnvDraft, u: Unchanged, only: Set<string> | undefined): void {
  for (const name of u.apps.keys()) {
    if (only && !only.has(name)) continue;
    if (d.prevState.apps[name]?.sourceRepo !== d.src.sourceRepo) continue;
    d.bound.add(name);
    d.outcomes.push({ name, change: "unchanged", added: [], changed: [], removed: [] });
  }
}

/** Prunes the apps this source repo rendered here before but no longer binds here. */
function pruneUnbound(d: EnvDraft): void {
  for (const [name, a] of Object.entries(d.prevState.apps)) {
    if (d.bound.has(name) || a.sourceRepo !== d.src.sourceRepo) continue;
    const removed: string[] = [];
    for (const p of Object.keys(a.files)) {
      d.changes.set(p, null);
      if (!p.endsWith("/kustomization.yaml")) removed.push(p);
    }
    delete d.nextApps[name];
    d.outcomes.push({ name, change: "removed", added: [], changed: [], removed });
  }
}

/** The environment's kustomization, hydrator files and state.json; the plan. */
function finishPlan(d: EnvDraft, prev: PreviousEnv): EnvPlan {
  const { prevState, nextApps, changes } = d;
  const kust = envKustomization(prev.kustomization, prevState, nextApps);
  if (kust !== prev.kustomization) changes.set("kustomization.yaml", kust);
  const hydrator = { env: d.env.name, drySha: d.commit, meta: d.src.input.commitMeta };
  d.notices.push(...planHydratorFiles(changes, hydrator, prev, Object.keys(nextApps).length > 0));
  // The record is written with the state, which is written only with changes — and never
  // by a forced plan or one whose bookkeeping is dropped (preview, validate).
  const keep = d.opts.bookkeeping !== false;
  const sources = keep && changes.size && !d.opts.force ? sourcesAfter(d) : d.prevState.sources;
  const state: EnvState = {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: nextApps,
    ...(sources ? { sources } : {}),
  };
  // Nothing changed (every app's entry is the one read, same version): the state's text
  // is the one read too, and emitting both sides to compare them is skipped.
  const same =
    !changes.size &&
    prev.state !== undefined &&
    prev.state.capstanVersion === CAPSTAN_VERSION &&
    sameEntries(prev.state.apps, nextApps);
  // The state's files are bookkeeping: written with rendered changes, never on their own (an
  // input digest that changed without changing a file is recorded with the next change).
  if (keep && !same && changes.size)
    for (const [p, t] of stateChanges(prev.state, state)) changes.set(p, t);
  d.outcomes.sort((a, b) => cmp(a.name, b.name));
  return {
    env: d.env,
    changes: sortMap(changes),
    state,
    apps: d.outcomes,
    objectsBefore: countObjects(prevState),
    objectsDeleted: d.outcomes.reduce((n, o) => n + o.removed.length, 0),
  };
}

/** The objects an environment's state records: its files other than kustomizations. */
function countObjects(s: EnvState): number {
  let n = 0;
  for (const app in s.apps) n += objectCount(s.apps[app]!);
  return n;
}

/**
 * The records of the sources after this plan: this source's when it planned every app
 * (a partial promotion mixes revisions: its record is dropped), the others' as they were.
 */
function sourcesAfter(d: EnvDraft): Record<string, SourceRecord> | undefined {
  const out: Record<string, SourceRecord> = { ...(d.prevState.sources ?? {}) };
  delete out[d.src.sourceRepo];
  if (!d.opts.onlyApps) out[d.src.sourceRepo] = sourceRecord(d.src, d.bound);
  return Object.keys(out).length ? out : undefined;
}

/** Both records hold the very same entry objects under the same keys. */
function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

function sortMap<V>(m: Map<string, V>): Map<string, V> {
  return new Map([...m].sort((a, b) => cmp(a[0], b[0])));
}

/** The environment's kustomization: capstan's app folders plus any foreign entries kept as they were. */
function envKustomization(
  prevText: string | undefined,
  prevState: EnvState,
  next: Record<string, AppState>,
): string {
  let doc: Record<string, unknown> = {};
  let foreign: string[] = [];
  if (prevText !== undefined) {
    try {
      const v = parseYamlWithDocs(prevText)[0]?.value;
      if (isObj(v)) {
        doc = v;
        const owned = new Set(Object.keys(prevState.apps));
        foreign = (Array.isArray(v.resources) ? v.resources : [])
          .map(String)
          .filter((r) => !owned.has(r.replace(/\/$/, "")));
      }
    } catch {
      // An unreadable kustomization is replaced; the env repo history keeps the old one.
    }
  }
  const resources = [...new Set([...foreign, ...Object.keys(next)])].sort(cmp);
  if (!Object.keys(doc).length) return kustomization(resources);
  return emitYaml({
    ...doc,
    apiVersion: doc.apiVersion ?? "kustomize.config.k8s.io/v1beta1",
    kind: doc.kind ?? "Kustomization",
    resources,
  });
}
