/** User CRDs (from `schemas:` in capstan.yaml) → compiled validators. */
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { Scope } from "./scope.ts";
import { crdFieldTree, type FieldTree } from "./fields.ts";

export interface CrdKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly scope: Scope;
  readonly file: string;
  readonly validate: ValidateFunction;
  /** the declared fields, for strict-field problems with a suggestion */
  readonly fields: FieldTree;
}

export interface CrdSet {
  /** "group/version|Kind" → compiled kind. Opaque to callers. */
  readonly kinds: ReadonlyMap<string, CrdKind>;
}

const EMPTY: CrdSet = { kinds: new Map() };

/** The set of no CRDs: one object, so what the checks work out per CRD set is kept across calls. */
export function emptyCrdSet(): CrdSet {
  return EMPTY;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

// ajv-formats is CJS with `module.exports = exports.default = formatsPlugin`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

/** apimachinery's resource.Quantity syntax: a signed decimal, then a binary-SI, decimal-SI or exponent suffix */
const QUANTITY =
  /^[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)(?:[KMGTPE]i|[YZEPTGMkhdcmunpfazy]|da|[eE][+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+))?$/;

let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
  if (!ajvInstance) {
    ajvInstance = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormats(ajvInstance);
    // Kubernetes-specific formats: accept anything rather than fail compilation.
    for (const f of ["int-or-string", "cidr", "mac", "cron"]) ajvInstance.addFormat(f, true);
    ajvInstance.addFormat("quantity", { type: "string", validate: QUANTITY });
  }
  return ajvInstance;
}

/**
 * Structural-schema semantics made explicit for ajv: the API server prunes fields a
 * schema does not declare, so a declared `properties` without
 * `x-kubernetes-preserve-unknown-fields` / `additionalProperties` means "no other
 * fields". `x-kubernetes-*` keys are dropped; int-or-string becomes a type union.
 */
function toAjvSchema(node: unknown, isRoot: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => toAjvSchema(n, false));
  if (!isObj(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith("x-kubernetes-")) continue;
    if (k === "properties" && isObj(v)) {
      const props: Json = {};
      for (const [pk, pv] of Object.entries(v)) props[pk] = toAjvSchema(pv, false);
      out[k] = props;
    } else if (k === "default" || k === "example" || k === "enum") {
      out[k] = v;
    } else {
      out[k] = toAjvSchema(v, false);
    }
  }
  if (node["x-kubernetes-int-or-string"] === true && out.type === undefined) {
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  const embedded = node["x-kubernetes-embedded-resource"] === true;
  if (isRoot || embedded) {
    const props: Json = isObj(out.properties) ? { ...out.properties } : {};
    props.apiVersion ??= { type: "string" };
    props.kind ??= { type: "string" };
    props.metadata ??= { type: "object" };
    out.properties = props;
  }
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (isObj(out.properties) && !preserve && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

export function loadCrds(docs: { value: unknown; file: string }[]): {
  crds: CrdSet;
  problems: { file: string; message: string }[];
} {
  const kinds = new Map<string, CrdKind>();
  const problems: { file: string; message: string }[] = [];
  for (const { value, file } of docs) {
    const bad = (message: string): void => {
      problems.push({ file, message });
    };
    if (!isObj(value)) {
      bad("expected a CustomResourceDefinition object");
      continue;
    }
    if (value.kind !== "CustomResourceDefinition") {
      bad(`expected kind CustomResourceDefinition, got ${JSON.stringify(value.kind)}`);
      continue;
    }
    if (value.apiVersion !== "apiextensions.k8s.io/v1") {
      bad(
        `CustomResourceDefinition must be apiextensions.k8s.io/v1 (got ${JSON.stringify(value.apiVersion)})`,
      );
      continue;
    }
    const name =
      isObj(value.metadata) && typeof value.metadata.name === "string"
        ? value.metadata.name
        : "(unnamed)";
    const spec = value.spec;
    if (!isObj(spec)) {
      bad(`CRD ${name}: missing spec`);
      continue;
    }
    const group = spec.group;
    const kind = isObj(spec.names) ? spec.names.kind : undefined;
    const scope = spec.scope;
    if (typeof group !== "string" || group === "") {
      bad(`CRD ${name}: spec.group must be a non-empty string`);
      continue;
    }
    if (typeof kind !== "string" || kind === "") {
      bad(`CRD ${name}: spec.names.kind must be a non-empty string`);
      continue;
    }
    if (scope !== "Namespaced" && scope !== "Cluster") {
      bad(`CRD ${name}: spec.scope must be Namespaced or Cluster (got ${JSON.stringify(scope)})`);
      continue;
    }
    if (!Array.isArray(spec.versions) || spec.versions.length === 0) {
      bad(`CRD ${name}: spec.versions must be a non-empty list`);
      continue;
    }
    for (const [i, ver] of spec.versions.entries()) {
      if (!isObj(ver) || typeof ver.name !== "string" || ver.name === "") {
        bad(`CRD ${name}: spec.versions[${i}].name must be a non-empty string`);
        continue;
      }
      if (ver.served === false) continue;
      const raw = isObj(ver.schema) ? ver.schema.openAPIV3Schema : undefined;
      if (!isObj(raw)) {
        bad(`CRD ${name}: spec.versions[${i}] (${ver.name}) has no schema.openAPIV3Schema`);
        continue;
      }
      let validate: ValidateFunction;
      try {
        validate = ajv().compile(toAjvSchema(raw, true) as Json);
      } catch (e) {
        bad(
          `CRD ${name}: schema of version ${ver.name} does not compile: ${e instanceof Error ? e.message : String(e)}`,
        );
        continue;
      }
      const key = `${group}/${ver.name}|${kind}`;
      if (kinds.has(key))
        bad(
          `CRD ${name}: ${group}/${ver.name} ${kind} is defined more than once; the last definition wins`,
        );
      kinds.set(key, {
        group,
        version: ver.name,
        kind,
        scope,
        file,
        validate,
        fields: crdFieldTree(raw),
      });
    }
  }
  return { crds: { kinds }, problems };
}
