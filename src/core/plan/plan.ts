/**
 * The pure engine: source files → loaded, validated inputs → per-environment
 * plans (`path → text | null` changes plus the new state). No I/O.
 */
import { createHash } from "node:crypto";
import { parseYaml, parseYamlWithDocs, YamlError } from "../../yaml/fast.ts";
import { emitYaml } from "../../yaml/emit.ts";
import { emptyCrdSet, loadCrds, preloadKinds, type CrdSet } from "../../kube/index.ts";
import { loadApps, type AppSpec } from "../model/app.ts";
import { bindApp, applyOverrides, type Binding } from "../model/binding.ts";
import { checkObjects } from "../checks/checks.ts";
import { explainer } from "../checks/cause.ts";
import { loadConfig, type Config, type Environment } from "../model/config.ts";
import { Problems, type Problem } from "../common/errors.ts";
import {
  applyGuardrails,
  resolveGuardrails,
  type ResolvedGuardrail,
} from "../checks/guardrails.ts";
import {
  appFilesWithHashes,
  emitState,
  stateText as stateTextOf,
  kustomization,
  needsIdentities,
  objectIdentity,
  STATE_FILE,
  STATE_SCHEMA_VERSION,
  type AppChange,
  type AppOutcome,
  type AppState,
  type EnvState,
} from "./layout.ts";
import { checkLock, parseLock, type Lock, LOCK_FILE } from "../model/lock.ts";
import { isObj } from "../common/json.ts";
import { renderApp, resolveComponents, type RenderedObject } from "../render/render.ts";
import { Registry } from "../capabilities/registry.ts";
import { loadPack } from "../capabilities/load.ts";
import type { Capability } from "../capabilities/types.ts";
import type { CapabilityPack, SourceInput } from "../model/source.ts";
import { CAPSTAN_VERSION } from "../model/version.ts";
import { NAMESPACES_APP, namespaceIdentities, planNamespaces } from "./namespaces.ts";
import { identityClashes } from "./identities.ts";
import { planHydratorFiles } from "./hydrator.ts";
import { cmp, sha256 } from "../common/text.ts";

// declared with the environment tree they describe (layout.ts); re-exported for the flows
export type { AppChange, AppOutcome };

export interface LoadedSource {
  config: Config;
  apps: AppSpec[];
  registry: Registry;
  crds: CrdSet;
  crdDigest: string;
  lock?: Lock;
  /** the files it was loaded from (what a render worker loads again) */
  input: SourceInput;
  sourceRepo: string;
  commit: string;
  notices: string[];
}

/** Loads and validates everything the source holds; all problems are thrown together. */
export function loadSource(input: SourceInput): LoadedSource {
  const config = loadConfig(input.config); // a broken config stops here: nothing else can be read right
  const problems = new Problems();
  const notices: string[] = [];
  const caps: Capability[][] = [];
  for (const pack of input.packs) {
    const r = loadPackOnce(pack);
    problems.addAll(r.problems);
    caps.push([...r.capabilities]);
  }
  let lock: Lock | undefined;
  if (input.lock) {
    const r = parseLock(input.lock);
    problems.addAll(r.problems);
    lock = r.lock;
  }
  const registry = new Registry(caps, lock);
  const apps = loadApps(input.apps);
  problems.addAll(apps.problems);
  if (!input.apps.length) notices.push(`no application files match ${config.apps.join(", ")}`);
  const crdDocs: { value: unknown; file: string }[] = [];
  for (const f of input.crdFiles) {
    try {
      for (const v of parseYaml(f.text))
        if (v !== null && v !== undefined) crdDocs.push({ value: v, file: f.file });
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      problems.add({ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message });
    }
  }
  let crds = emptyCrdSet();
  if (crdDocs.length) {
    const r = loadCrds(crdDocs);
    crds = r.crds;
    for (const p of r.problems) problems.add({ file: p.file, code: "crd", message: p.message });
  }
  problems.throwIfAny();
  const crdDigest = sha256(input.crdFiles.map((f) => f.file + "\0" + f.text).join("\0"));
  return {
    config,
    apps: apps.apps,
    registry,
    crds,
    crdDigest,
    lock,
    input,
    sourceRepo: input.sourceRepo,
    commit: input.commit,
    notices,
  };
}

const loadedPacks = new Map<string, ReturnType<typeof loadPack>>();

/**
 * `loadPack`, memoised by the pack's identity and content digest: `capstan diff` loads
 * the base and the head source, whose packs are usually byte-identical.
 */
function loadPackOnce(pack: CapabilityPack): ReturnType<typeof loadPack> {
  const h = createHash("sha256");
  h.update(`${pack.source}\0${pack.commit ?? ""}\0${pack.displayRoot}\0`);
  for (const [p, t] of pack.files) h.update(`${p.length}:${p}\0${t.length}:${t}\0`);
  const key = h.digest("hex");
  let r = loadedPacks.get(key);
  if (!r) loadedPacks.set(key, (r = loadPack(pack)));
  return r;
}

/**
 * `bindApp`, once per app and environment list: a render asks it for every environment
 * (and `prepare` once more). The result is shared, so callers must not mutate it.
 */
const bindings = new WeakMap<AppSpec, { envs: Environment[]; r: ReturnType<typeof bindApp> }>();
function bindOnce(app: AppSpec, envs: Environment[]): ReturnType<typeof bindApp> {
  const hit = bindings.get(app);
  if (hit?.envs === envs) return hit.r;
  const r = bindApp(app, envs);
  bindings.set(app, { envs, r });
  return r;
}

/**
 * The capabilities (and problems) of an app's components in one binding, once per binding
 * and registry state: `prepare` and the input digests of a render both need them.
 */
const bindingCaps = new WeakMap<
  Binding,
  { registry: Registry; epoch: number; r: ReturnType<typeof resolveComponents> }
>();
function resolveBinding(
  src: LoadedSource,
  app: AppSpec,
  b: Binding,
): ReturnType<typeof resolveComponents> {
  const hit = bindingCaps.get(b);
  if (hit?.registry === src.registry && hit.epoch === src.registry.epoch) return hit.r;
  const r = resolveComponents(app, applyOverrides(app, b.overrides), src.registry);
  bindingCaps.set(b, { registry: src.registry, epoch: src.registry.epoch, r });
  return r;
}

/** Every capability the source uses in any environment (what `capstan lock` pins). */
export function usedCapabilities(
  src: LoadedSource,
  envs: Environment[] = src.config.environments,
): { caps: Capability[]; problems: Problem[] } {
  const caps: Capability[] = [];
  const problems: Problem[] = [];
  for (const env of envs) {
    const g = resolveGuardrails(env, src.registry, src.config.doc);
    problems.push(...g.problems);
    caps.push(...g.guardrails.map((x) => x.cap));
  }
  for (const app of src.apps) {
    const all = bindOnce(app, src.config.environments);
    const bindings = all.bindings.filter((b) => envs.includes(b.env));
    const bp = all.problems;
    problems.push(...bp);
    const resolved = bindings.length
      ? bindings.map((b) => resolveBinding(src, app, b))
      : [resolveComponents(app, app.components, src.registry)];
    for (const r of resolved) {
      problems.push(...r.problems);
      caps.push(...r.caps);
    }
  }
  const uniq = new Map<string, Capability>();
  for (const c of new Set(caps)) uniq.set(`${c.name}@${c.version}`, c);
  return {
    caps: [...uniq.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version)),
    problems: dedupe(problems),
  };
}

function dedupe(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.file}:${p.line}:${p.col}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Resolves capabilities, checks the lock and loads the kube validators needed. */
export async function prepare(
  src: LoadedSource,
  envs: Environment[],
  opts: { frozen?: boolean; preload?: boolean },
): Promise<{ caps: Capability[]; notices: string[] }> {
  const used = usedCapabilities(src, envs);
  const problems = new Problems();
  problems.addAll(used.problems);
  const lock = checkLock(used.caps, src.lock, LOCK_FILE, opts.frozen ?? false);
  problems.addAll(lock.problems);
  problems.throwIfAny();
  // `preload: false`: the caller preloads only when something is to be rendered.
  if (opts.preload !== false) await preloadKinds(kindsToPreload(src, used.caps));
  return { caps: used.caps, notices: lock.notices };
}

/**
 * The kinds whose validators a render needs: every kind the capabilities declare, and —
 * when one declares a wildcard (`k8s-objects`: objects passed through from properties) —
 * every `{apiVersion, kind}` the applications' properties name.
 */
export function kindsToPreload(
  src: LoadedSource,
  caps: Capability[],
): { apiVersion: string; kind: string }[] {
  const emits = caps.flatMap((c) => c.emits);
  const kinds = emits.filter((k) => k.kind !== "*" && k.apiVersion !== "*");
  if (kinds.length === emits.length) return kinds;
  const scan = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(scan);
    else if (isObj(v)) {
      if (typeof v.apiVersion === "string" && typeof v.kind === "string")
        kinds.push({ apiVersion: v.apiVersion, kind: v.kind });
      Object.values(v).forEach(scan);
    }
  };
  for (const app of src.apps)
    for (const c of app.components) {
      scan(c.properties);
      c.traits.forEach((t) => scan(t.properties));
    }
  for (const p of src.apps.flatMap((a) => a.policies)) scan(p.properties);
  return kinds;
}

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
}

export function inputDigest(
  src: LoadedSource,
  app: AppSpec,
  binding: Binding,
  guardrails: ResolvedGuardrail[],
): string {
  // One string, one update: the same bytes as an update per part, with less overhead.
  const e = binding.env;
  let text =
    `capstan ${CAPSTAN_VERSION}\0` +
    app.docText +
    "\0" +
    JSON.stringify([
      e.name,
      e.kubeVersion,
      e.namespace ?? null,
      e.allowLiteralSecrets,
      binding.namespace,
      e.guardrails,
    ]);
  const caps = resolveBinding(src, app, binding).caps;
  for (const c of caps) text += `\0${c.name}@${c.version}=${c.digest}`;
  for (const g of guardrails) text += `\0${g.cap.name}@${g.cap.version}=${g.cap.digest}`;
  text += "\0" + src.crdDigest;
  return sha256(text);
}

/** One app rendered for one environment: its files and their hashes, or the problems. */
export interface AppRender {
  problems: Problem[];
  /** what the render chose to tell (e.g. a json-patch replace done as add) */
  notices?: string[];
  /** relative to the environment folder (`<app>/…`); absent when there are problems */
  files?: Map<string, string>;
  hashes?: Record<string, string>;
  /** identity → component of every object (`identitiesOf`); absent when there are problems */
  objects?: Record<string, string>;
}

/** The identities (`objectIdentity`) of an app's rendered objects → the component of each. */
export function identitiesOf(objects: RenderedObject[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of objects) out[objectIdentity(o.obj)] = o.component;
  return out;
}

/**
 * The per-app pure step of `planEnv`: render → guardrails → checks → files and their
 * hashes. Independent of other apps, so apps can be rendered in another thread.
 */
export function renderAppFiles(
  src: LoadedSource,
  app: AppSpec,
  binding: Binding,
  guardrails: ResolvedGuardrail[],
): AppRender {
  const r = renderAppObjects(src, app, binding, guardrails);
  if (!r.objects) return { problems: r.problems };
  return {
    problems: [],
    ...(r.notices.length ? { notices: r.notices } : {}),
    ...appFilesWithHashes(
      app.name,
      r.objects.map((o) => o.obj),
    ),
    objects: identitiesOf(r.objects),
  };
}

/**
 * `renderAppFiles` up to the checked objects: render → guardrails → checks. The objects
 * become files with `appFilesWithHashes` (here, or in the write worker). With
 * `deferBundled`, the schema checks of bundled kinds are left to the caller (`deferred`:
 * those objects' indexes) — unless another check found a problem, when every check runs
 * here so the problems come in their usual order.
 */
export function renderAppObjects(
  src: LoadedSource,
  app: AppSpec,
  binding: Binding,
  guardrails: ResolvedGuardrail[],
  opts: { deferBundled?: boolean } = {},
): {
  problems: Problem[];
  objects?: RenderedObject[];
  deferred?: number[];
  notices: string[];
} {
  const env = binding.env;
  const r = renderApp(app, binding, src);
  const { notices } = r;
  if (r.problems.length) return { problems: r.problems, notices };
  const gp = applyGuardrails(app.name, env, r.objects, guardrails);
  const deferred: number[] | undefined = opts.deferBundled ? [] : undefined;
  const explain = explainer(app, binding, src.registry);
  let cp = checkObjects(app.name, env, r.objects, src.crds, deferred, explain);
  if ((gp.length || cp.length) && deferred?.length)
    cp = checkObjects(app.name, env, r.objects, src.crds, undefined, explain);
  // A problem found on a rendered object names at least the Application's file.
  if (gp.length || cp.length)
    return {
      problems: [...gp, ...cp].map((p) => (p.file ? p : { ...p, file: app.doc.file })),
      notices,
    };
  return { problems: [], objects: r.objects, deferred, notices };
}

/** A render `planEnv` will need: the app, its binding in the environment and its input digest. */
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

/** Plans one environment: renders the apps whose input changed and computes the file changes. */
export function planEnv(
  src: LoadedSource,
  env: Environment,
  prev: PreviousEnv,
  opts: PlanOptions = {},
): { plan?: EnvPlan; problems: Problem[]; notices: string[] } {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  problems.push(...g.problems);
  const prevState: EnvState = prev.state ?? {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: {},
  };
  const nextApps: Record<string, AppState> = { ...prevState.apps };
  const changes = new Map<string, string | null>();
  const outcomes: AppOutcome[] = [];
  const commit = opts.commit ?? src.commit;
  const only = opts.onlyApps ? new Set(opts.onlyApps) : undefined;
  const bound = new Set<string>();
  const namespaces = new Set<string>();

  for (const app of src.apps) {
    if (only && !only.has(app.name)) continue;
    const b = bindOnce(app, src.config.environments);
    problems.push(...b.problems);
    notices.push(...b.notices);
    const binding = b.bindings.find((x) => x.env.name === env.name);
    if (!binding) continue;
    bound.add(app.name);
    namespaces.add(binding.namespace);
    const old = prevState.apps[app.name];
    if (old && old.sourceRepo !== src.sourceRepo) {
      problems.push({
        file: app.doc.file,
        app: app.name,
        env: env.name,
        code: "app-collision",
        message: `app "${app.name}" in environment "${env.name}" is already rendered from ${old.sourceRepo}; app names must be unique across the source repositories feeding one env repo`,
      });
      continue;
    }
    const digest = opts.digests?.get(app.name) ?? inputDigest(src, app, binding, g.guardrails);
    // An entry from before state schema 2 has no identities: rendered again to get them.
    if (old && old.inputDigest === digest && !opts.force && !needsIdentities(old)) {
      outcomes.push({ name: app.name, change: "unchanged", added: [], changed: [], removed: [] });
      continue;
    }
    const r = opts.rendered?.get(app.name) ?? renderAppFiles(src, app, binding, g.guardrails);
    problems.push(...r.problems);
    if (r.notices) notices.push(...r.notices);
    if (!r.files || !r.hashes) continue;
    const { files, hashes } = r;
    const outcome: AppOutcome = {
      name: app.name,
      change: old ? "changed" : "added",
      added: [],
      changed: [],
      removed: [],
      files,
    };
    for (const [p, t] of files) {
      const was = old?.files[p];
      if (was === hashes[p]) continue;
      changes.set(p, t);
      if (!p.endsWith("/kustomization.yaml")) (was ? outcome.changed : outcome.added).push(p);
    }
    for (const p of Object.keys(old?.files ?? {}))
      if (!files.has(p)) {
        changes.set(p, null);
        if (!p.endsWith("/kustomization.yaml")) outcome.removed.push(p);
      }
    if (old && !outcome.added.length && !outcome.changed.length && !outcome.removed.length)
      outcome.change = "unchanged";
    nextApps[app.name] = {
      sourceRepo: src.sourceRepo,
      commit: outcome.change === "unchanged" && old ? old.commit : commit,
      inputDigest: digest,
      files: hashes,
      source: app.doc.file,
      objects: r.objects ?? {},
    };
    outcomes.push(outcome);
  }
  // Prune apps this source repo rendered before but no longer binds here.
  if (!only)
    for (const [name, a] of Object.entries(prevState.apps)) {
      if (bound.has(name) || a.sourceRepo !== src.sourceRepo) continue;
      const removed: string[] = [];
      for (const p of Object.keys(a.files)) {
        changes.set(p, null);
        if (!p.endsWith("/kustomization.yaml")) removed.push(p);
      }
      delete nextApps[name];
      outcomes.push({ name, change: "removed", added: [], changed: [], removed });
    }
  if (problems.length) return { problems, notices };
  if (env.createNamespaces) {
    const ns = planNamespaces(namespaces, prevState.apps[NAMESPACES_APP], commit, changes);
    nextApps[NAMESPACES_APP] = {
      ...ns.state,
      source: src.config.file,
      objects: namespaceIdentities(ns.state),
    };
    if (ns.outcome) outcomes.push(ns.outcome);
  }
  const clashes = identityClashes(
    env.name,
    nextApps,
    src.sourceRepo,
    new Map(src.apps.map((a) => [a.name, a])),
    prevState.apps,
  );
  if (clashes.length) return { problems: clashes, notices };

  const state: EnvState = {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: nextApps,
  };
  const kust = envKustomization(prev.kustomization, prevState, nextApps);
  if (kust !== prev.kustomization) changes.set("kustomization.yaml", kust);
  const hydrator = { env: env.name, drySha: commit, meta: src.input.commitMeta };
  notices.push(...planHydratorFiles(changes, hydrator, prev, Object.keys(nextApps).length > 0));
  // Nothing changed (every app's entry is the one read, same version): the state's text
  // is the one read too, and emitting both sides to compare them is skipped.
  const same =
    !changes.size &&
    prev.state !== undefined &&
    prev.state.capstanVersion === CAPSTAN_VERSION &&
    sameEntries(prev.state.apps, nextApps);
  // state.json is bookkeeping: it is written with rendered changes, never on its own (an
  // input digest that changed without changing a file is recorded with the next change).
  if (!same && changes.size) {
    const stateText = emitState(state);
    if (stateText !== (prev.state ? stateTextOf(prev.state) : undefined))
      changes.set(STATE_FILE, stateText);
  }
  const objectsDeleted = outcomes.reduce((n, o) => n + o.removed.length, 0);
  outcomes.sort((a, b) => cmp(a.name, b.name));
  return {
    plan: {
      env,
      changes: sortMap(changes),
      state,
      apps: outcomes,
      objectsBefore: countObjects(prevState),
      objectsDeleted,
    },
    problems,
    notices,
  };
}

/** The objects an environment's state records: its files other than kustomizations. */
function countObjects(s: EnvState): number {
  let n = 0;
  for (const app in s.apps)
    for (const p in s.apps[app]!.files) if (!p.endsWith("/kustomization.yaml")) n++;
  return n;
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

/**
 * The input digest `app` has in environment `envName` of this source — what state.json
 * records for it — or undefined when the app is not bound there (or cannot be resolved).
 */
export function appInputDigest(
  src: LoadedSource,
  appName: string,
  envName: string,
): string | undefined {
  const app = src.apps.find((a) => a.name === appName);
  const env = src.config.environments.find((e) => e.name === envName);
  if (!app || !env) return undefined;
  const binding = bindOnce(app, src.config.environments).bindings.find(
    (b) => b.env.name === envName,
  );
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  if (!binding || g.problems.length || resolveBinding(src, app, binding).problems.length)
    return undefined;
  return inputDigest(src, app, binding, g.guardrails);
}
