/**
 * The source, loaded: capstan.yaml, the Applications, the capability packs and CRDs parsed
 * and checked once per run; each app's environments bound once; what `capstan lock` pins;
 * the capabilities prepared for rendering. Pure (no I/O).
 */
import { parseYaml, YamlError } from "../../yaml/fast.ts";
import { emptyCrdSet, loadCrds, preloadKinds, type CrdSet } from "../../kube/index.ts";
import { loadApps, type AppSpec } from "../model/app.ts";
import { bindApp, applyOverrides, type Binding } from "../model/binding.ts";
import { loadConfig, type Config, type Environment } from "../model/config.ts";
import { Problems, type Problem } from "../common/errors.ts";
import { resolveGuardrails } from "../checks/guardrails.ts";
import { checkLock, parseLock, type Lock, LOCK_FILE } from "../model/lock.ts";
import { isObj } from "../common/json.ts";
import { resolveComponents } from "../render/render.ts";
import { Registry } from "../capabilities/registry.ts";
import { loadPack } from "../capabilities/load.ts";
import type { Capability } from "../capabilities/types.ts";
import { packDigest, type CapabilityPack, type SourceInput } from "../model/source.ts";
import { cmp, sha256 } from "../common/text.ts";
import { countPath, referenceMode } from "../../reference-mode.ts";
import type { EnvState } from "./layout.ts";
import { fileDigests, inputsDigest, unchangedAcross, type Unchanged } from "./unchanged.ts";

export interface LoadedSource {
  config: Config;
  /** the parsed Applications: every one, or those of the files not `unchanged` */
  apps: AppSpec[];
  /** the Application files left unparsed, certified unchanged by the states (unchanged.ts) */
  unchanged?: Unchanged;
  /** what a state records of this source: `inputsDigest` and each Application file's sha256 */
  inputsDigest: string;
  fileDigests: Map<string, string>;
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

/**
 * Loads and validates everything the source holds; all problems are thrown together.
 * `previous`: the states of the environments the run plans — the Application files they
 * all certify unchanged are not parsed (unchanged.ts), unless in reference mode.
 */
export function loadSource(input: SourceInput, previous?: (EnvState | undefined)[]): LoadedSource {
  const inputs = inputsDigest(input);
  const digests = fileDigests(input);
  if (!previous) return loadWith(input, inputs, digests);
  if (referenceMode()) {
    countPath("parse", "reference");
    return loadWith(input, inputs, digests);
  }
  const skip = unchangedAcross(previous, input.sourceRepo, inputs, digests);
  if (skip) {
    const part = loadWith(input, inputs, digests, skip);
    if (skipHolds(part, skip)) {
      countPath("parse", "fast");
      return part;
    }
  }
  return loadWith(input, inputs, digests);
}

/**
 * Whether a load that left `skip`'s files unparsed says what parsing them would: no
 * environment creates namespaces (they come from every app's bindings), no app of a parsed
 * file takes the name of an unparsed one, and the capabilities recorded for them resolve.
 */
function skipHolds(src: LoadedSource, skip: Unchanged): boolean {
  if (src.config.environments.some((e) => e.createNamespaces)) return false;
  if (src.apps.some((a) => skip.apps.has(a.name))) return false;
  return skip.caps.every((id) => resolveId(src.registry, id) !== undefined);
}

/** A capability by `name@version`, as the registry holds it. */
function resolveId(registry: Registry, id: string): Capability | undefined {
  const at = id.lastIndexOf("@");
  return registry.versions(id.slice(0, at)).find((c) => c.version === id.slice(at + 1));
}

/**
 * The source without its `unchanged` skip: every file parsed (a planner whose state does
 * not certify the skipped files — a retry after a race — or that must name one of their
 * apps in a message). Memoised; the files parsed before come from the parse cache.
 */
export function everyApp(src: LoadedSource): LoadedSource {
  if (!src.unchanged) return src;
  let full = fullSources.get(src);
  if (!full) fullSources.set(src, (full = loadWith(src.input, src.inputsDigest, src.fileDigests)));
  return full;
}
const fullSources = new WeakMap<LoadedSource, LoadedSource>();

function loadWith(
  input: SourceInput,
  inputsDigest: string,
  fileDigests: Map<string, string>,
  unchanged?: Unchanged,
): LoadedSource {
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
  const apps = loadApps(
    unchanged ? input.apps.filter((f) => !unchanged.files.has(f.file)) : input.apps,
  );
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
    ...(unchanged ? { unchanged } : {}),
    inputsDigest,
    fileDigests,
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
  const key = packDigest(pack);
  let r = loadedPacks.get(key);
  if (!r) loadedPacks.set(key, (r = loadPack(pack)));
  return r;
}

/**
 * `bindApp`, once per app and environment list: a render asks it for every environment
 * (and `prepare` once more). The result is shared, so callers must not mutate it.
 */
const bindings = new WeakMap<AppSpec, { envs: Environment[]; r: ReturnType<typeof bindApp> }[]>();
export function bindOnce(app: AppSpec, envs: Environment[]): ReturnType<typeof bindApp> {
  // two entries: the preview binds one parsed app under the base's and the head's config
  let hits = bindings.get(app);
  const hit = hits?.find((h) => h.envs === envs);
  if (hit) return hit.r;
  const r = bindApp(app, envs);
  if (!hits) bindings.set(app, (hits = []));
  if (hits.length >= 2) hits.shift();
  hits.push({ envs, r });
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
export function resolveBinding(
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
  if (!src.unchanged) return appCapabilities(src, envs);
  // the records name what the unparsed files' apps use in every environment, not in some
  if (envs.length !== src.config.environments.length) return appCapabilities(everyApp(src), envs);
  const r = appCapabilities(src, envs);
  const recorded = src.unchanged.caps.map((id) => resolveId(src.registry, id));
  const caps = [...r.caps, ...recorded.filter((c): c is Capability => c !== undefined)];
  return { caps: byNameAndVersion(caps), problems: r.problems };
}

/** One of each `name@version`, sorted by name, then version. */
function byNameAndVersion(caps: Capability[]): Capability[] {
  const uniq = new Map<string, Capability>();
  // the same few capability objects, once per component and binding: each keyed once
  for (const c of new Set(caps)) uniq.set(`${c.name}@${c.version}`, c);
  return [...uniq.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version));
}

/** The capabilities the parsed apps use (and the guardrails of `envs`). */
function appCapabilities(
  src: LoadedSource,
  envs: Environment[],
): { caps: Capability[]; problems: Problem[] } {
  const caps: Capability[] = [];
  const problems: Problem[] = [];
  for (const env of envs) {
    const g = resolveGuardrails(env, src.registry, src.config.doc);
    problems.push(...g.problems);
    caps.push(...g.guardrails.map((x) => x.cap));
  }
  for (const app of src.apps) {
    const r = capabilitiesOf(src, app, envs);
    problems.push(...r.problems);
    caps.push(...r.caps);
  }
  return {
    caps: byNameAndVersion(caps),
    problems: dedupe(problems),
  };
}

/** The capabilities one app uses in its bindings to `envs` (all of its components when unbound). */
export function capabilitiesOf(
  src: LoadedSource,
  app: AppSpec,
  envs: Environment[] = src.config.environments,
): { caps: Capability[]; problems: Problem[] } {
  const all = bindOnce(app, src.config.environments);
  const bindings = all.bindings.filter((b) => envs.includes(b.env));
  const resolved = bindings.length
    ? bindings.map((b) => resolveBinding(src, app, b))
    : [resolveComponents(app, app.components, src.registry)];
  return {
    caps: resolved.flatMap((r) => r.caps),
    problems: [...all.problems, ...resolved.flatMap((r) => r.problems)],
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
