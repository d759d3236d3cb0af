/**
 * One app in one environment: its input digest (what state.json records, so an unchanged
 * app is not rendered again) and its render into files, hashes and object identities. Pure.
 */
import { type AppSpec } from "../model/app.ts";
import { type Binding } from "../model/binding.ts";
import { checkObjects } from "../checks/checks.ts";
import { explainer } from "../checks/cause.ts";
import { type Problem } from "../common/errors.ts";
import {
  applyGuardrails,
  resolveGuardrails,
  type ResolvedGuardrail,
} from "../checks/guardrails.ts";
import {
  appFilesWithHashes,
  objectIdentity,
  type Identities,
  type IdentityPairs,
} from "./layout.ts";
import { renderApp, type RenderedObject } from "../render/render.ts";
import { CAPSTAN_VERSION } from "../model/version.ts";
import { sha256 } from "../common/text.ts";

import { bindOnce, resolveBinding, type LoadedSource } from "./source.ts";

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
  objects?: Identities;
  /**
   * The app's detail file, `detailText(hashes, objects)`, when it was emitted (and staged)
   * while the app rendered: the plan does not emit it again.
   */
  detail?: string;
}

/** The identities (`objectIdentity`) of an app's rendered objects and the component of each, as pairs. */
export function identitiesOf(objects: RenderedObject[]): IdentityPairs {
  const out: string[] = [];
  for (const o of objects) out.push(objectIdentity(o.obj), o.component);
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
