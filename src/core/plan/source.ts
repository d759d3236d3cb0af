/**
 * The source, loaded: capstan.yaml, the Applications, the capability packs and CRDs parsed
 * and checked once per run; each app's environments bound once; what `capstan lock` pins;
 * the capabilities prepared for rendering. Pure (no I/O).
 */
import { createHash } from "node:crypto";
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
import type { CapabilityPack, SourceInput } from "../model/source.ts";
import { cmp, sha256 } from "../common/text.ts";

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
export function bindOnce(app: AppSpec, envs: Environment[]): ReturnType<typeof bindApp> {
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
