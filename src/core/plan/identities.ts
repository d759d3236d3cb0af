/**
 * Environment-wide duplicate detection. kustomize refuses an environment in which two
 * objects share an identity (`may not add resource with an already registered id`), and
 * Argo CD / Flux then stop syncing every app of it; the API server would have one object
 * fought over by two apps. So the check spans every app of the environment — those
 * rendered in this run and those that were not, whose identities state.json records
 * (`AppState.objects`, with each app's source file) — and costs no render.
 * Pure: the environment's next state in, problems out.
 */
import type { AppSpec } from "../model/app.ts";
import type { Problem } from "../common/errors.ts";
import { eachIdentity, needsIdentities, type AppState } from "./layout.ts";
import { cmp } from "../common/text.ts";
import { problemAt } from "../model/located.ts";
import { NAMESPACES_APP } from "./namespaces.ts";

interface Owner {
  app: string;
  component: string;
  entry: AppState;
}

/**
 * Every identity held by two apps of the environment, one problem per clash that involves
 * an app of `sourceRepo` (a clash between two other source repos' apps is theirs to fix),
 * at the component of this source's app that renders it.
 *
 * `before` is the state read: its entries passed this check when it was written, so a clash
 * needs an identity this run gave an app that it did not hold before — only those are
 * looked up in the others. A run that adds no identity (an image bump, a replica count)
 * checks nothing, and reads no other app's identities (state-file.ts reads them lazily).
 */
export function identityClashes(
  env: string,
  apps: Record<string, AppState>,
  sourceRepo: string,
  specs: readonly AppSpec[],
  before: Record<string, AppState> = {},
): Problem[] {
  const fresh = new Set<string>();
  for (const app in apps) {
    const entry = apps[app]!;
    const old = before[app];
    if (old === entry) continue;
    const had = new Set<string>();
    if (old && !needsIdentities(old)) eachIdentity(old.objects, (id) => had.add(id));
    eachIdentity(entry.objects, (id) => {
      if (!had.has(id)) fresh.add(id);
    });
  }
  if (!fresh.size) return [];
  const owners = new Map<string, Owner>();
  const problems: Problem[] = [];
  let byName: Map<string, AppSpec> | undefined; // built for the first clash only
  for (const app of Object.keys(apps).sort(cmp)) {
    const entry = apps[app]!;
    const all = before[app] !== entry;
    eachIdentity(entry.objects, (id, component) => {
      if (!all && !fresh.has(id)) return;
      const first = owners.get(id);
      if (!first) {
        owners.set(id, { app, component, entry });
        return;
      }
      const second: Owner = { app, component, entry };
      if (first.entry.sourceRepo !== sourceRepo && entry.sourceRepo !== sourceRepo) return;
      problems.push(clashProblem(env, id, first, second, sourceRepo, (byName ??= named(specs))));
    });
  }
  return problems;
}

function named(specs: readonly AppSpec[]): Map<string, AppSpec> {
  return new Map(specs.map((a) => [a.name, a]));
}

function describe(o: Owner, sourceRepo: string): string {
  if (o.app === NAMESPACES_APP)
    return `the Namespace objects \`createNamespaces\` writes (${o.entry.source ?? "capstan.yaml"})`;
  const file = o.entry.source ?? "source file not recorded";
  const where = o.entry.sourceRepo === sourceRepo ? file : `${o.entry.sourceRepo}: ${file}`;
  return `app "${o.app}" (component "${o.component}", ${where})`;
}

function clashProblem(
  env: string,
  id: string,
  first: Owner,
  second: Owner,
  sourceRepo: string,
  specs: Map<string, AppSpec>,
): Problem {
  const message =
    `${id} is rendered by both ${describe(first, sourceRepo)} and ${describe(second, sourceRepo)} ` +
    `in environment "${env}"; one identity (kind, group, namespace, name) can hold one object, and kustomize ` +
    `refuses the whole environment — give one of them another name or namespace`;
  // Located at the component of this source's app that renders it (the second when both are).
  const here = [second, first].find((o) => o.entry.sourceRepo === sourceRepo)!;
  const spec = specs.get(here.app);
  const component = spec?.components.find((c) => c.name === here.component);
  const extra = { app: here.app, env, component: here.component };
  if (spec && component)
    return problemAt(
      spec.doc,
      ["spec", "components", component.index, "name"],
      message,
      "duplicate-object",
      extra,
    );
  return { file: here.entry.source, code: "duplicate-object", message, ...extra };
}
