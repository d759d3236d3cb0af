/** `capstan validate`: every environment rendered in memory, every problem reported, nothing written. */
import { UserError, type Problem } from "../../core/common/errors.ts";
import { planEnv, prepare, type LoadedSource } from "../../core/plan/plan.ts";
import type { Environment } from "../../core/model/config.ts";
import { templateProblems } from "../../core/capabilities/load.ts";
import type { Reporter } from "../shared/reporter.ts";

export async function validateAll(
  src: LoadedSource,
  envs: Environment[],
  opts: { frozen?: boolean },
  reporter: Reporter,
): Promise<number> {
  const prep = await prepare(src, envs, opts);
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  // Every template of the source's capabilities, used or not (they compile lazily).
  const problems: Problem[] = templateProblems(src.registry.all());
  let objects = 0;
  for (const env of envs) {
    const r = planEnv(src, env, {}, { force: true, bookkeeping: false });
    problems.push(...r.problems);
    for (const n of new Set(r.notices)) reporter.notice(n);
    if (r.plan) objects += r.plan.apps.reduce((n, a) => n + a.added.length, 0);
  }
  if (problems.length) throw new UserError(problems);
  return objects;
}
