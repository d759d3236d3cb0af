/** `capstan render --env-repo PATH|URL [--push]`: the CLI side of the render flow. */
import { resolve } from "node:path";
import { UsageError } from "../core/common/errors.ts";
import type { Config } from "../core/model/config.ts";
import type { LoadedSource } from "../core/plan/plan.ts";
import {
  renderToRepo,
  startEnvRepo,
  type EnvRepoStart,
  type RenderRepoOptions,
} from "../flows/render/render-repo.ts";
import { reportLines } from "../flows/shared/summary.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

export interface RenderRepoFlags {
  source: string;
  envRepo: string;
  push: boolean;
  dryRun: boolean;
  envs?: string[];
  frozen: boolean;
  allowMassDeletion: boolean;
  pruneRemovedEnvs: boolean;
  /** Name of the environment variable holding the token (never the token itself). */
  tokenEnv?: string;
  workdir?: string;
}

export const DEFAULT_TOKEN_ENV = "CAPSTAN_TOKEN";

/** The token, read from the environment variable the user named (default CAPSTAN_TOKEN). */
export function tokenFromEnv(name: string | undefined): string | undefined {
  if (name !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new UsageError(
      `--token-env takes the NAME of an environment variable, e.g. GITHUB_TOKEN`,
    );
  const value = process.env[name ?? DEFAULT_TOKEN_ENV];
  if (name !== undefined && !value)
    throw new UsageError(`--token-env ${name}: the environment variable ${name} is empty or unset`);
  return value || undefined;
}

function repoOptions(flags: RenderRepoFlags): RenderRepoOptions {
  return {
    envRepo: flags.envRepo,
    push: flags.push,
    dryRun: flags.dryRun,
    envs: flags.envs,
    token: tokenFromEnv(flags.tokenEnv),
    frozen: flags.frozen,
    allowMassDeletion: flags.allowMassDeletion,
    pruneRemovedEnvs: flags.pruneRemovedEnvs,
    sourceDir: flags.source,
    workdir: flags.workdir ? resolve(flags.workdir) : undefined,
    github: {
      apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
      serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com",
    },
  };
}

/**
 * Opens the env repo and starts its fetch as soon as capstan.yaml is read, while the
 * Applications are parsed; undefined when the flags are wrong (reported later, in order).
 */
export function startEnvRepoEarly(
  config: Config,
  sourceRepo: string,
  flags: RenderRepoFlags,
): EnvRepoStart | undefined {
  try {
    return startEnvRepo(config, sourceRepo, repoOptions(flags));
  } catch {
    return undefined;
  }
}

export async function renderRepoCli(
  src: LoadedSource,
  flags: RenderRepoFlags,
  reporter: Reporter,
  started?: EnvRepoStart,
): Promise<number> {
  const t0 = performance.now();
  let r;
  try {
    r = await renderToRepo(src, repoOptions(flags), reporter, started);
  } finally {
    await started?.close();
  }
  for (const line of reportLines(r.reports)) reporter.info(line);
  if (!r.reports.length) reporter.notice("no environment to render (none has autoDeploy: true)");
  const committed = r.reports.some((e) => e.commit);
  const verb =
    r.mode === "dry-run"
      ? "dry run, nothing committed"
      : r.pushed.length
        ? `${r.mode === "in-place" ? "committed in place and " : ""}pushed ${r.pushed.join(", ")}`
        : r.mode === "in-place" && committed
          ? "committed in place"
          : "nothing to commit";
  reporter.info(`${r.envRepo}: ${verb} in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  return 0;
}
