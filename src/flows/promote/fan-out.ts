/**
 * Fan-out promotion (docs/promotion.md "Fan-out"): `--from staging --to eu,us`, or `--to`
 * omitted for every environment that declares `promotesFrom: staging`. Each target is its
 * own promotion — its own gates, branch and pull request (or autoPromote push) — run one
 * after the other; one target failing does not stop the others, and the run fails after
 * all were tried.
 */
import { readConfigFile } from "../../adapters/source-files.ts";
import { loadConfig, type Config } from "../../core/model/config.ts";
import { CapstanError, UsageError, UserError } from "../../core/common/errors.ts";
import type { Reporter } from "../shared/reporter.ts";
import {
  promote,
  promotionEdges,
  promotionEnvs,
  type PromoteOptions,
  type PromoteResult,
} from "./promote.ts";

/** The targets of `from`: `to` as given (each checked against capstan.yaml), or every declared one. */
export function fanOutTargets(config: Config, from: string, to?: string[]): string[] {
  if (to?.length) {
    const uniq = [...new Set(to)];
    for (const t of uniq) promotionEnvs(config, from, t);
    return uniq;
  }
  if (!config.environments.some((e) => e.name === from))
    throw new UsageError(
      `unknown environment "${from}"; capstan.yaml defines: ${config.environments.map((e) => e.name).join(", ")}`,
    );
  const all = config.environments.filter((e) => e.promotesFrom === from).map((e) => e.name);
  if (!all.length) {
    const edges = promotionEdges(config);
    throw new UsageError(
      `no environment promotes from ${from}; declared promotions: ${edges.length ? edges.join(", ") : "none"}`,
    );
  }
  return all;
}

export type FanOutOptions = Omit<PromoteOptions, "to"> & { to?: string[] };

/** Promotes `from` to each target in turn; the results in target order. */
export async function promoteFanOut(
  opts: FanOutOptions,
  reporter: Reporter,
): Promise<PromoteResult[]> {
  const config = loadConfig(readConfigFile(opts.source));
  const targets = fanOutTargets(config, opts.from, opts.to);
  const results: PromoteResult[] = [];
  const errors: { to: string; error: unknown }[] = [];
  for (const to of targets) {
    if (targets.length > 1) reporter.info(`— ${opts.from} → ${to}`);
    try {
      results.push(await promote({ ...opts, to }, reporter));
    } catch (error) {
      if (targets.length === 1) throw error;
      errors.push({ to, error });
      reporter.warn(`${opts.from} → ${to} failed: ${(error as Error).message}`);
    }
  }
  if (errors.length) throw combined(errors);
  return results;
}

/** Several targets' errors as one: user errors merged, else the first (its exit status). */
function combined(errors: { to: string; error: unknown }[]): unknown {
  if (errors.every((e) => e.error instanceof UserError))
    return new UserError(errors.flatMap((e) => (e.error as UserError).problems));
  return errors.find((e) => e.error instanceof CapstanError)?.error ?? errors[0]!.error;
}
