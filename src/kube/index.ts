/**
 * Everything capstan knows about Kubernetes kinds: bundled schemas (kubernetes-models
 * and the CRD packages, loaded lazily), user CRDs, scopes, and the API versions each
 * minor serves.
 *
 * Usage: `await preloadKinds(kinds)` once, then `validateObject` synchronously.
 */
import { REGISTRY } from "../generated/kube-registry.ts";
import { CURRENT_KINDS } from "../generated/kube-current.ts";
import { type CrdKind, type CrdSet, emptyCrdSet, loadCrds } from "./crds.ts";
import {
  type AjvLikeError,
  type KubeProblem,
  ajvToProblems,
  MAX_PROBLEMS_PER_OBJECT,
} from "./problems.ts";
import { type Scope, builtinScope } from "./scope.ts";
import { bundledFieldTree, unknownFields, type FieldTree } from "./fields.ts";
import { valueProblems } from "./values.ts";
import { SUPPORTED_KUBE_VERSIONS, isBuiltinGroup, servedBy, splitApiVersion } from "./served.ts";

export type { CrdSet, KubeProblem, Scope };
export { emptyCrdSet, loadCrds, servedBy, SUPPORTED_KUBE_VERSIONS };

type Validator = (obj: Record<string, unknown>) => readonly AjvLikeError[];

/** "apiVersion|Kind" → synchronous validator, filled by preloadKinds. */
const loaded = new Map<string, Validator>();

const keyOf = (apiVersion: string, kind: string): string => `${apiVersion}|${kind}`;

interface ModelInstance {
  validate(): void;
}
type ModelClass = new (data: Record<string, unknown>) => ModelInstance;

function errorsOf(e: unknown): readonly AjvLikeError[] | undefined {
  if (e !== null && typeof e === "object" && "errors" in e && Array.isArray(e.errors)) {
    return e.errors as AjvLikeError[];
  }
  return undefined;
}

/**
 * kubernetes-models classes run the package's validator in `validate()` and throw an
 * error carrying ajv `errors`. Precompiled (setValidateFunc) and runtime-compiled
 * (setSchema: argo-rollouts, gateway-api) classes both work through `new C(obj)`.
 */
function wrap(cls: ModelClass): Validator {
  const validate = cls.prototype.validate;
  return (obj) => {
    // Fast path: the class's validator run on the object itself. The constructor
    // only deep-copies the object minus undefined values, and the validators are
    // pure, so passing here means passing there; the copy (docs/performance.md, "Figures
    // behind code choices") is only made when the object fails, so the errors are exactly the class's.
    try {
      validate.call(obj);
      return [];
    } catch {
      // fall through to the exact path
    }
    try {
      new cls(obj).validate();
      return [];
    } catch (e) {
      const errors = errorsOf(e);
      if (errors) return errors;
      throw e;
    }
  };
}

/** A bundled kind: in the installed packages (REGISTRY) or the pinned current ones (CURRENT_KINDS). */
const isBundled = (key: string): boolean => REGISTRY.has(key) || CURRENT_KINDS.has(key);

/** The kind's validator, loaded: a kubernetes-models class, or a pinned package's ajv function. */
async function loadValidator(apiVersion: string, kind: string): Promise<Validator | undefined> {
  const key = keyOf(apiVersion, kind);
  const entry = REGISTRY.get(key);
  if (entry) {
    const cls = ((await entry.load()) as Record<string, unknown>)[kind];
    if (typeof cls !== "function")
      throw new Error(`kube: module for ${apiVersion} ${kind} does not export class ${kind}`);
    return wrap(cls as ModelClass);
  }
  const current = CURRENT_KINDS.get(key);
  if (!current) return undefined;
  const fn = ((await current()) as { validate: AjvFunction }).validate;
  return (obj) => (fn(obj) ? [] : (fn.errors ?? []));
}

type AjvFunction = ((data: unknown) => boolean) & { errors?: readonly AjvLikeError[] | null };

/** Load the validators of these kinds (unknown kinds and CRD kinds are ignored). */
export async function preloadKinds(keys: { apiVersion: string; kind: string }[]): Promise<void> {
  const todo = new Map<string, Promise<void>>();
  for (const { apiVersion, kind } of keys) {
    const key = keyOf(apiVersion, kind);
    if (!isBundled(key) || loaded.has(key) || todo.has(key)) continue;
    todo.set(
      key,
      loadValidator(apiVersion, kind).then((validator) => {
        if (!validator) return;
        // Runtime-compiled schemas (argo-rollouts, gateway-api) compile on first use:
        // pay that here, in the async phase, not in the synchronous hot path.
        validator({ apiVersion, kind });
        loaded.set(key, validator);
      }),
    );
  }
  await Promise.all(todo.values());
}

type KindInfo = { scope: Scope; group: string; version: string } | undefined;

/** What the checks ask of a kind, worked out once per CRD set and kind (every rendered object asks). */
interface KindEntry {
  readonly key: string;
  readonly crd: CrdKind | undefined;
  /** checked against a bundled schema: not a user CRD, not unknown */
  readonly bundled: boolean;
  /** a built-in group's kind, not overridden by a user CRD: its nested values meet the value rules */
  readonly deep: boolean;
  /** the bundled kind's field tree */
  readonly tree: FieldTree | undefined;
  /** `kindInfo`'s answer */
  readonly info: KindInfo;
}
const kindEntries = new WeakMap<CrdSet, Map<string, Map<string, KindEntry>>>();

function kindEntry(apiVersion: string, kind: string, crds: CrdSet): KindEntry {
  let byVersion = kindEntries.get(crds);
  if (!byVersion) kindEntries.set(crds, (byVersion = new Map()));
  let byKind = byVersion.get(apiVersion);
  if (!byKind) byVersion.set(apiVersion, (byKind = new Map()));
  let e = byKind.get(kind);
  if (!e) {
    const key = keyOf(apiVersion, kind);
    const crd = crds.kinds.get(key);
    const bundled = !crd && isBundled(key);
    const { group, version } = splitApiVersion(apiVersion);
    e = {
      key,
      crd,
      bundled,
      deep: !crd && isBuiltinGroup(group),
      tree: bundled ? bundledFieldTree(key) : undefined,
      info: crd
        ? { scope: crd.scope, group, version }
        : bundled
          ? { scope: builtinScope(group, kind), group, version }
          : undefined,
    };
    byKind.set(kind, e);
  }
  return e;
}

/** A kind checked against a bundled schema (not a user CRD, not unknown). */
export function isBundledKind(apiVersion: string, kind: string, crds: CrdSet): boolean {
  return kindEntry(apiVersion, kind, crds).bundled;
}

/** True when `validateObject` can check this kind now (user CRD, unknown kind, or a preloaded validator). */
export function canValidate(apiVersion: string, kind: string, crds: CrdSet): boolean {
  const e = kindEntry(apiVersion, kind, crds);
  return !e.bundled || loaded.has(e.key);
}

/** The kind's scope, group and version, when capstan has a schema for it (a user CRD or bundled). */
export function kindInfo(apiVersion: string, kind: string, crds: CrdSet): KindInfo {
  return kindEntry(apiVersion, kind, crds).info;
}

/** ObjectMeta's declared fields, from a bundled kind (every kind's metadata is ObjectMeta). */
const META_TREE = (() => {
  const t = bundledFieldTree("v1|ConfigMap")!;
  return { nodes: t.nodes, root: t.nodes[t.root]!.metadata! };
})();

function metadataProblems(obj: Record<string, unknown>): KubeProblem[] {
  const md = obj.metadata;
  if (md === undefined) return [];
  if (md === null || typeof md !== "object" || Array.isArray(md))
    return [{ path: "/metadata", message: "must be object" }];
  const name = (md as Record<string, unknown>).name;
  if (name !== undefined && typeof name !== "string")
    return [{ path: "/metadata/name", message: "must be string" }];
  return [];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function merge(into: KubeProblem[], more: readonly KubeProblem[]): void {
  const seen = new Set(into.map((p) => p.path));
  for (const p of more) {
    if (into.length >= MAX_PROBLEMS_PER_OBJECT) return;
    if (seen.has(p.path)) continue;
    seen.add(p.path);
    into.push(p);
  }
}

/**
 * Validate one object against its schema (user CRD first, then bundled) and against
 * the API versions served by kubeVersion. Returns [] when valid. Throws when a bundled
 * kind was not preloaded (programmer error).
 */
export function validateObject(
  obj: Record<string, unknown>,
  kubeVersion: string,
  crds: CrdSet,
): KubeProblem[] {
  const { apiVersion, kind } = obj;
  const problems: KubeProblem[] = [];
  if (typeof apiVersion !== "string" || apiVersion === "")
    problems.push({ path: "/apiVersion", message: "must be a non-empty string" });
  if (typeof kind !== "string" || kind === "")
    problems.push({ path: "/kind", message: "must be a non-empty string" });
  if (typeof apiVersion !== "string" || typeof kind !== "string" || problems.length > 0)
    return problems;

  const served = servedBy(apiVersion, kind, kubeVersion);
  if (!served.ok) problems.push({ path: "/apiVersion", message: served.message });
  const e = kindEntry(apiVersion, kind, crds);
  // one walk for the value rules and the bundled kind's unknown fields
  const walked = valueProblems(obj, MAX_PROBLEMS_PER_OBJECT, e.deep, e.tree);
  merge(problems, walked.values);

  const crd = e.crd;
  if (crd) {
    merge(problems, metadataProblems(obj));
    if (isRecord(obj.metadata))
      merge(
        problems,
        unknownFields(obj.metadata, META_TREE, MAX_PROBLEMS_PER_OBJECT).map((p) => ({
          ...p,
          path: `/metadata${p.path}`,
        })),
      );
    merge(problems, unknownFields(obj, crd.fields, MAX_PROBLEMS_PER_OBJECT));
    if (!crd.validate(obj) && crd.validate.errors)
      merge(problems, ajvToProblems(crd.validate.errors, obj));
    return problems;
  }
  if (!e.bundled) {
    merge(problems, [
      {
        path: "",
        message:
          `unknown kind ${apiVersion} ${kind}: capstan has no schema for it ` +
          `(add its CustomResourceDefinition with \`schemas:\` in capstan.yaml)`,
      },
    ]);
    return problems;
  }
  const validator = loaded.get(e.key);
  if (!validator)
    throw new Error(
      `kube: ${apiVersion} ${kind} was not preloaded; call preloadKinds() before validateObject()`,
    );
  merge(problems, walked.fields);
  merge(problems, ajvToProblems(validator(obj), obj));
  return problems;
}
