/** Environment policies (capability kind Policy): patch or reject every object they apply to. */
import type { Environment } from "../model/config.ts";
import type { Problem } from "../common/errors.ts";
import type { DocRef } from "../model/located.ts";
import { ajvProblems, problemAt } from "../model/located.ts";
import { isObj } from "../common/json.ts";
import { PatchError, strategicMerge } from "../render/patch.ts";
import type { Registry } from "../capabilities/registry.ts";
import { capId, type Capability } from "../capabilities/types.ts";
import {
  runTemplate,
  validateParams,
  type KObject,
  type RenderedObject,
} from "../render/render.ts";

const POLICY_KEYS = new Set(["patch", "violations"]);

export interface ResolvedGuardrail {
  cap: Capability;
  parameter: Record<string, unknown>;
}

export function resolveGuardrails(
  env: Environment,
  registry: Registry,
  configDoc: DocRef,
): { guardrails: ResolvedGuardrail[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const guardrails: ResolvedGuardrail[] = [];
  for (const g of env.guardrails) {
    const path = ["environments", env.index, "guardrails", g.index];
    const cap = registry.resolve(g.type, "Policy");
    if ("error" in cap) {
      problems.push(
        problemAt(configDoc, [...path, "type"], cap.error, "unknown-capability", { env: env.name }),
      );
      continue;
    }
    const p = validateParams(cap, g.properties);
    if (p.errors) {
      problems.push(
        ...ajvProblems(configDoc, [...path, "properties"], p.errors, {
          env: env.name,
          capability: capId(cap),
        }),
      );
      continue;
    }
    guardrails.push({ cap, parameter: p.value });
  }
  return { guardrails, problems };
}

function applies(cap: Capability, o: KObject): boolean {
  for (const a of cap.appliesTo) {
    if (a === "*" || a === o.kind) return true;
    const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
    if (a === (group ? `${o.kind.toLowerCase()}s.${group}` : `${o.kind.toLowerCase()}s`))
      return true;
  }
  return false;
}

export function applyGuardrails(
  app: string,
  env: Environment,
  objects: RenderedObject[],
  guardrails: ResolvedGuardrail[],
): Problem[] {
  const problems: Problem[] = [];
  for (const g of guardrails) {
    const id = capId(g.cap);
    for (const r of objects) {
      if (!applies(g.cap, r.obj)) continue;
      const where = { app, env: env.name, component: r.component };
      const res = runTemplate(
        g.cap,
        {
          parameter: g.parameter,
          context: {
            object: r.obj,
            appName: app,
            name: r.component,
            env: env.name,
            kubeVersion: env.kubeVersion,
            namespace: r.obj.metadata.namespace,
          },
        },
        POLICY_KEYS,
        where,
      );
      if ("problem" in res) {
        problems.push(res.problem);
        continue;
      }
      const v = res.value;
      if (Array.isArray(v.violations))
        for (const x of v.violations) {
          const path = isObj(x) && typeof x.path === "string" ? x.path : undefined;
          const msg = isObj(x) && typeof x.message === "string" ? x.message : JSON.stringify(x);
          problems.push({
            ...where,
            capability: id,
            path,
            code: "policy-violation",
            message: `${id} rejects ${r.obj.kind} "${String(r.obj.metadata.name)}" (app ${app}, component ${r.component})${path ? ` at ${path}` : ""}: ${msg}`,
          });
        }
      if (v.patch !== undefined && v.patch !== null) {
        try {
          r.obj = strategicMerge(r.obj, v.patch) as KObject;
        } catch (e) {
          if (!(e instanceof PatchError)) throw e;
          problems.push({ ...where, capability: id, code: "patch", message: e.message });
        }
      }
    }
  }
  return problems;
}
