/** Manifest checks on rendered objects: schema + served API version, names, literal Secrets, duplicates. */
import {
  canValidate,
  isBundledKind,
  validateObject,
  type CrdSet,
  type KubeProblem,
} from "../../kube/index.ts";
import type { Environment } from "../model/config.ts";
import type { Problem } from "../common/errors.ts";
import { checkObjectName } from "../model/names.ts";
import { isObj } from "../common/json.ts";
import type { RenderedObject } from "../render/render.ts";
import type { Explain } from "./cause.ts";

export function objectId(o: RenderedObject["obj"]): string {
  return `${o.apiVersion} ${o.kind} ${String(o.metadata.namespace ?? "")}/${String(o.metadata.name)}`;
}

/**
 * The checks of an app's objects, in object order. With `deferBundled`, the schema checks
 * of bundled kinds are left out and the indexes of those objects pushed to it: the caller
 * runs them elsewhere (the write worker) and turns what they find into problems with
 * `kubeSchemaProblem`.
 */
export function checkObjects(
  app: string,
  env: Environment,
  objects: RenderedObject[],
  crds: CrdSet,
  deferBundled?: number[],
  explain?: Explain,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, RenderedObject>();
  for (let i = 0; i < objects.length; i++) {
    const r = objects[i]!;
    const o = r.obj;
    const where = { app, env: env.name, component: r.component, capability: r.capability };
    // built only for a problem: the objects of every render pass through here
    const label = (): string => labelOf(o, r, app, env);
    const badName = checkObjectName(o.kind, String(o.metadata.name));
    if (badName)
      problems.push({
        ...where,
        ...explain?.(r, "/metadata/name", badName),
        code: "object-name",
        message: `${label()}: ${badName}`,
      });
    const id = objectId(o);
    const prev = seen.get(id);
    if (prev)
      problems.push({
        ...where,
        code: "duplicate-object",
        message: `${label()}: duplicate object ${id} (also from component ${prev.component})`,
      });
    seen.set(id, r);
    if (
      o.kind === "Secret" &&
      o.apiVersion === "v1" &&
      !env.allowLiteralSecrets &&
      (hasEntries(o.data) || hasEntries(o.stringData))
    )
      problems.push({
        ...where,
        code: "literal-secret",
        message: `${label()}: a plain Secret with literal data would be committed to git; use an ExternalSecret / SealedSecret, or set allowLiteralSecrets: true on environment "${env.name}" in capstan.yaml`,
      });
    if (!canValidate(o.apiVersion, o.kind, crds)) {
      // Only reachable through a wildcard `emits` whose template invents the kind itself.
      problems.push({
        ...where,
        code: "kube-schema",
        message: `${label()}: capstan cannot validate ${o.apiVersion} ${o.kind} — the capability emits "*" and the kind appears nowhere in the application's properties; declare it in the capability's \`emits\``,
      });
      continue;
    }
    if (deferBundled && isBundledKind(o.apiVersion, o.kind, crds)) {
      deferBundled.push(i);
      continue;
    }
    for (const kp of validateObject(o, env.kubeVersion, crds))
      problems.push(kubeSchemaProblem(app, env, r, kp, explain));
  }
  return problems;
}

/**
 * A schema problem `validateObject` found in one of an app's objects; with `explain`,
 * located at its cause (the Application property or the template line), the rendered
 * path then named in the message.
 */
export function kubeSchemaProblem(
  app: string,
  env: Environment,
  r: RenderedObject,
  kp: KubeProblem,
  explain?: Explain,
): Problem {
  const o = r.obj;
  const base: Problem = {
    app,
    env: env.name,
    component: r.component,
    capability: r.capability,
    path: kp.path || undefined,
    code: "kube-schema",
    message: `${labelOf(o, r, app, env)} (Kubernetes ${env.kubeVersion}): ${kp.message}`,
  };
  const cause = kp.path ? explain?.(r, kp.path, kp.message) : undefined;
  if (!cause?.file) return base;
  const from = cause.path ? "" : ` (written by the template)`;
  return {
    ...base,
    ...cause,
    message: `${kp.message}${from} — rendered into ${labelOf(o, r, app, env)} at ${kp.path} (Kubernetes ${env.kubeVersion})`,
  };
}

function labelOf(
  o: RenderedObject["obj"],
  r: RenderedObject,
  app: string,
  env: Environment,
): string {
  return `${o.kind} "${String(o.metadata.name)}" (component ${r.component}, app ${app}, env ${env.name})`;
}

function hasEntries(v: unknown): boolean {
  return isObj(v) && Object.keys(v).length > 0;
}
