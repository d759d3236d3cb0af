/**
 * What a pull-request preview must render, and why. Base and head are compared
 * per environment and app by input digest (app document, resolved capability
 * versions and digests, environment settings, CRDs): only apps whose digest
 * differs are rendered, on both sides. The capability and environment changes
 * behind those digests are kept so the report can state the blast radius.
 * Pure: loaded sources in, app lists and rendered files out.
 */
import type { AppSpec } from "../model/app.ts";
import { applyOverrides, type Binding } from "../model/binding.ts";
import { bindOnce } from "../plan/source.ts";
import type { Capability } from "../capabilities/types.ts";
import type { Environment } from "../model/config.ts";
import { diffEnv, ENV_FILES, type AppDiff, type AppFiles } from "./diff.ts";
import {
  inputDigest,
  kindsToPreload,
  planEnv,
  usedCapabilities,
  type AppRender,
  type LoadedSource,
  type PreviousEnv,
} from "../plan/plan.ts";
import type { Problem } from "../common/errors.ts";
import { resolveGuardrails } from "../checks/guardrails.ts";
import type { AppState } from "../plan/layout.ts";
import { isBookkeeping } from "../plan/hydrator.ts";
import { cmp } from "../common/text.ts";
import { resolveComponents } from "../render/render.ts";

interface SideApp {
  digest: string;
  /** capability name → `version digest` */
  caps: Map<string, string>;
}

export interface EnvScope {
  name: string;
  head?: Environment;
  base?: Environment;
  /** apps to render on both sides (digest differs, or present on one side only) */
  render: string[];
  /** apps bound to the environment on either side */
  total: number;
}

export interface CapabilityChange {
  name: string;
  from: string;
  to: string;
  /** `env/app` of every app whose digest the change touches */
  apps: Set<string>;
}

export interface PreviewScope {
  envs: EnvScope[];
  capabilities: CapabilityChange[];
  /** environments whose digest-relevant settings changed in capstan.yaml → apps touched */
  envSettings: Map<string, Set<string>>;
  /** CRD files (`schemas:`) changed → apps touched */
  schemas: Set<string>;
}

const key = (env: string, app: string): string => `${env}/${app}`;

/** An app both sides share unchanged (see `sharedApps`): its digest is the same on both. */
const SHARED: SideApp = { digest: "", caps: new Map() };

/**
 * The apps whose input digest cannot differ between base and head: the same parsed
 * document (apps are parsed once per file text, see app.ts) when everything else the
 * digest covers is the same on both sides — capstan.yaml, the capabilities (the same
 * loaded capability objects, as packs are loaded once per content), capstan.lock and the
 * CRD files. Empty when any of those differ: then every app's digest is computed.
 */
export function sharedApps(base: LoadedSource | undefined, head: LoadedSource): Set<AppSpec> {
  if (
    !base ||
    base.input.config.text !== head.input.config.text ||
    base.input.lock?.text !== head.input.lock?.text ||
    base.crdDigest !== head.crdDigest
  )
    return new Set();
  const a = base.registry.all();
  const b = head.registry.all();
  if (a.length !== b.length || a.some((c, i) => c !== b[i])) return new Set();
  const inHead = new Set(head.apps);
  return new Set(base.apps.filter((app) => inHead.has(app)));
}

/** Each app's bindings by environment name, computed once per app and side. */
type Bindings = Map<AppSpec, Map<string, Binding>>;

function bindingIn(
  src: LoadedSource,
  app: AppSpec,
  env: string,
  memo: Bindings,
): Binding | undefined {
  let m = memo.get(app);
  if (!m) {
    m = new Map(bindOnce(app, src.config.environments).bindings.map((b) => [b.env.name, b]));
    memo.set(app, m);
  }
  return m.get(env);
}

function sideApps(
  src: LoadedSource | undefined,
  env: Environment | undefined,
  shared: Set<AppSpec>,
  memo: Bindings,
  sharedMemo: Bindings,
): Map<string, SideApp> {
  const out = new Map<string, SideApp>();
  if (!src || !env) return out;
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  for (const app of src.apps) {
    // A shared app binds alike on both sides (same document, same capstan.yaml).
    const isShared = shared.has(app);
    const binding = bindingIn(src, app, env.name, isShared ? sharedMemo : memo);
    if (!binding) continue;
    if (isShared) {
      out.set(app.name, SHARED);
      continue;
    }
    const caps = new Map<string, string>();
    const used = resolveComponents(app, applyOverrides(app, binding.overrides), src.registry).caps;
    for (const c of [...used, ...g.guardrails.map((x) => x.cap)])
      caps.set(c.name, `${c.version} ${c.digest}`);
    out.set(app.name, { digest: inputDigest(src, app, binding, g.guardrails), caps });
  }
  return out;
}

function envSettings(e: Environment | undefined): string {
  return e
    ? JSON.stringify([e.kubeVersion, e.namespace ?? null, e.allowLiteralSecrets, e.guardrails])
    : "";
}

/** Which apps differ between base (undefined: nothing rendered before) and head, per environment. */
export function previewScope(base: LoadedSource | undefined, head: LoadedSource): PreviewScope {
  const names = [
    ...head.config.environments.map((e) => e.name),
    ...(base?.config.environments ?? []).map((e) => e.name),
  ].filter((n, i, all) => all.indexOf(n) === i);
  const scope: PreviewScope = {
    envs: [],
    capabilities: [],
    envSettings: new Map(),
    schemas: new Set(),
  };
  const caps = new Map<string, CapabilityChange>();
  const schemasChanged = base !== undefined && base.crdDigest !== head.crdDigest;
  const shared = sharedApps(base, head);
  const headBindings: Bindings = new Map();
  const baseBindings: Bindings = new Map();
  for (const name of names) {
    const he = head.config.environments.find((e) => e.name === name);
    const be = base?.config.environments.find((e) => e.name === name);
    const h = sideApps(head, he, shared, headBindings, headBindings);
    const b = sideApps(base, be, shared, baseBindings, headBindings);
    const settingsChanged = !!he && !!be && envSettings(he) !== envSettings(be);
    const all = [...new Set([...h.keys(), ...b.keys()])].sort(cmp);
    const render: string[] = [];
    for (const app of all) {
      const x = b.get(app);
      const y = h.get(app);
      if (x && y && x.digest === y.digest) continue;
      render.push(app);
      if (!x || !y) continue;
      for (const [cap, to] of y.caps) {
        const from = x.caps.get(cap);
        if (from === undefined || from === to) continue;
        const [fv] = from.split(" ");
        const [tv] = to.split(" ");
        const id = `${cap}\0${fv}\0${tv}`;
        let c = caps.get(id);
        if (!c) caps.set(id, (c = { name: cap, from: fv ?? "", to: tv ?? "", apps: new Set() }));
        c.apps.add(key(name, app));
      }
      if (settingsChanged) {
        let s = scope.envSettings.get(name);
        if (!s) scope.envSettings.set(name, (s = new Set()));
        s.add(key(name, app));
      }
      if (schemasChanged) scope.schemas.add(key(name, app));
    }
    scope.envs.push({ name, head: he, base: be, render, total: all.length });
  }
  scope.capabilities = [...caps.values()].sort(
    (a, b) => cmp(a.name, b.name) || cmp(a.from, b.from) || cmp(a.to, b.to),
  );
  return scope;
}

const wildcard = (caps: Capability[]): boolean =>
  caps.some((c) => c.emits.some((k) => k.kind === "*" || k.apiVersion === "*"));

/**
 * The kinds whose validators the preview loads: exactly `kindsToPreload` of every
 * capability either side uses (`headCaps`: the head's, when `prepare` resolved them),
 * without resolving the base's shared apps again — they use the head's capabilities.
 */
export function previewKinds(
  base: LoadedSource | undefined,
  head: LoadedSource,
  headCaps: Capability[] | undefined,
  shared: Set<AppSpec> = sharedApps(base, head),
): { apiVersion: string; kind: string }[] {
  const hc = headCaps ?? usedCapabilities(head).caps;
  const kinds = kindsToPreload(head, hc);
  if (!base) return kinds;
  let bc: Capability[];
  if (!shared.size) bc = usedCapabilities(base).caps;
  else {
    // The base uses the head's capabilities for its shared apps and for the guardrails
    // (same capstan.yaml and capabilities), plus those of its own apps. Only a wildcard
    // (`emits: *`) makes the set itself matter: it scans every base app's properties.
    bc = usedCapabilities({ ...base, apps: base.apps.filter((a) => !shared.has(a)) }).caps;
    if (wildcard(hc) && !wildcard(bc)) bc = usedCapabilities(base).caps;
  }
  return [...kinds, ...kindsToPreload(base, bc)];
}

export interface RenderedSide {
  files: Map<string, AppFiles>;
  problems: Problem[];
  notices: string[];
  /** apps that did not render (their problems are in `problems`) */
  failed: string[];
  /** the state entry of each app rendered (its file hashes and object identities) */
  states: Map<string, AppState>;
}

/**
 * Renders `apps` of one environment in memory (no previous state: every file is
 * new). Apps that fail are retried one by one so that the others still render.
 */
export function renderApps(src: LoadedSource, env: Environment, apps: string[]): RenderedSide {
  const side: RenderedSide = {
    files: new Map(),
    problems: [],
    notices: [],
    failed: [],
    states: new Map(),
  };
  if (!apps.length) return side;
  const all = planEnv(src, env, {}, { force: true, onlyApps: apps, bookkeeping: false });
  side.notices.push(...all.notices);
  const keep = (plan: NonNullable<typeof all.plan>, only: Set<string>) => {
    for (const a of plan.apps) {
      if (!a.files || !only.has(a.name)) continue;
      side.files.set(a.name, a.files);
      side.states.set(a.name, plan.state.apps[a.name]!);
    }
  };
  if (all.plan) {
    keep(all.plan, new Set(apps));
    return side;
  }
  for (const app of apps) {
    const one = planEnv(src, env, {}, { force: true, onlyApps: [app], bookkeeping: false });
    side.problems.push(...one.problems);
    if (one.plan) keep(one.plan, new Set([app]));
    if (!side.files.has(app) && one.problems.length) side.failed.push(app);
  }
  return side;
}

/** The diff groups the environment's own files (its kustomization.yaml) under this name. */
export { ENV_FILES };
/** The input digest given to apps both sides share unchanged: planEnv then leaves them be. */
const UNCHANGED = "unchanged";

export interface EnvPreview {
  diffs: AppDiff[];
  problems: Problem[];
  notices: string[];
  /** apps that do not render at the base */
  failedAtBase: string[];
}

/**
 * One environment's preview, computed as render computes it: `planEnv` plans the base
 * (from nothing) and then the head over the base's result, so the diff holds exactly the
 * files a render of the head over a render of the base changes — objects, app and
 * environment kustomizations, `_namespaces/` — and nothing else (not state.json). Only
 * the apps in `scope.render` are rendered; every other app is the same on both sides and
 * enters both plans as an entry without files. When the head does not render, the apps
 * that did are compared file by file.
 */
export function previewEnv(
  base: LoadedSource | undefined,
  head: LoadedSource,
  scope: EnvScope,
): EnvPreview {
  const b = base && scope.base ? renderApps(base, scope.base, scope.render) : undefined;
  const h = scope.head ? renderApps(head, scope.head, scope.render) : undefined;
  const out: EnvPreview = {
    diffs: [],
    problems: [...(h?.problems ?? [])],
    notices: [...(h?.notices ?? [])],
    failedAtBase: b?.failed ?? [],
  };
  const planned = h && !h.problems.length ? plannedDiff(base, head, scope, b, h) : undefined;
  if (planned && "problems" in planned) out.problems.push(...planned.problems);
  out.diffs =
    planned && "base" in planned
      ? diffEnv(scope.name, planned.base, planned.head)
      : diffEnv(scope.name, b?.files ?? new Map(), h?.files ?? new Map());
  return out;
}

/** Renders `side` already holds as planEnv takes them; every other app of `src` as unchanged. */
function asRendered(
  src: LoadedSource,
  side: RenderedSide | undefined,
): { rendered: Map<string, AppRender>; digests: Map<string, string> } {
  const rendered = new Map<string, AppRender>();
  const digests = new Map<string, string>();
  for (const app of src.apps) {
    const files = side?.files.get(app.name);
    const st = side?.states.get(app.name);
    if (files && st)
      rendered.set(app.name, { problems: [], files, hashes: st.files, objects: st.objects });
    else {
      rendered.set(app.name, { problems: [], files: new Map(), hashes: {}, objects: {} });
      if (!side?.failed.includes(app.name)) digests.set(app.name, UNCHANGED);
    }
  }
  return { rendered, digests };
}

function plannedDiff(
  base: LoadedSource | undefined,
  head: LoadedSource,
  scope: EnvScope,
  b: RenderedSide | undefined,
  h: RenderedSide,
): { base: Map<string, AppFiles>; head: Map<string, AppFiles> } | { problems: Problem[] } {
  let prev: PreviousEnv = {};
  const before = new Map<string, string>();
  if (base && scope.base) {
    const bp = planEnv(
      base,
      scope.base,
      {},
      {
        ...asRendered(base, b),
        force: true,
        bookkeeping: false,
      },
    );
    if (bp.plan) {
      const k = bp.plan.changes.get("kustomization.yaml");
      prev = { state: bp.plan.state, kustomization: k ?? undefined };
      for (const [p, t] of bp.plan.changes) if (t !== null) before.set(p, t);
    }
  }
  const hp = planEnv(head, scope.head!, prev, { ...asRendered(head, h), bookkeeping: false });
  if (!hp.plan) return { problems: hp.problems };
  const sides = { base: new Map<string, AppFiles>(), head: new Map<string, AppFiles>() };
  const put = (m: Map<string, AppFiles>, app: string, p: string, t: string) => {
    let files = m.get(app);
    if (!files) m.set(app, (files = new Map()));
    files.set(p, t);
  };
  for (const [p, t] of hp.plan.changes) {
    if (isBookkeeping(p)) continue; // state.json, hydrator files: never a rendered change
    const app = p.includes("/") ? p.slice(0, p.indexOf("/")) : ENV_FILES;
    const was = before.get(p);
    if (was !== undefined) put(sides.base, app, p, was);
    if (t !== null) put(sides.head, app, p, t);
  }
  return sides;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Splits `env/app` keys into those with a rendered change and counts apps and environments. */
function reach(keys: Set<string>, changed: Set<string>): string {
  const hit = [...keys].filter((k) => changed.has(k));
  const envs = new Set(hit.map((k) => k.slice(0, k.indexOf("/"))));
  const apps = new Set(hit.map((k) => k.slice(k.indexOf("/") + 1)));
  const rest = keys.size - hit.length;
  const what = hit.length
    ? `changes ${plural(apps.size, "app")} in ${plural(envs.size, "environment")}`
    : "changes no rendered object";
  return rest && hit.length ? `${what} (${rest} more re-rendered without change)` : what;
}

/** One line per cause: "`webservice` 1.3.0 → 1.4.0 changes 37 apps in 2 environments". */
export function blastRadius(scope: PreviewScope, diffs: AppDiff[]): string[] {
  const changed = new Set(diffs.map((d) => key(d.env, d.app)));
  const lines: string[] = [];
  for (const c of scope.capabilities) {
    const what = c.from === c.to ? `${c.from} (content changed)` : `${c.from} → ${c.to}`;
    lines.push(`\`${c.name}\` ${what} ${reach(c.apps, changed)}`);
  }
  for (const [env, apps] of scope.envSettings)
    lines.push(`capstan.yaml: settings of environment \`${env}\` ${reach(apps, changed)}`);
  if (scope.schemas.size) lines.push(`CRD schemas (\`schemas:\`) ${reach(scope.schemas, changed)}`);
  return lines;
}
