import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  renderToRepo,
  reportLines,
  startEnvRepo
} from "./chunk-TKUBY6KC.js";
import {
  UsageError
} from "./chunk-N5T7JROX.js";

// src/cli/render-repo.ts
import { resolve } from "node:path";
var DEFAULT_TOKEN_ENV = "CAPSTAN_TOKEN";
function tokenFromEnv(name) {
  if (name !== void 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new UsageError(
      `--token-env takes the NAME of an environment variable, e.g. GITHUB_TOKEN`
    );
  const value = process.env[name ?? DEFAULT_TOKEN_ENV];
  if (name !== void 0 && !value)
    throw new UsageError(`--token-env ${name}: the environment variable ${name} is empty or unset`);
  return value || void 0;
}
function repoOptions(flags) {
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
    workdir: flags.workdir ? resolve(flags.workdir) : void 0,
    github: {
      apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
      serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com"
    }
  };
}
function startEnvRepoEarly(config, sourceRepo, flags) {
  try {
    return startEnvRepo(config, sourceRepo, repoOptions(flags));
  } catch {
    return void 0;
  }
}
async function renderRepoCli(src, flags, reporter, started) {
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
  const verb = r.mode === "dry-run" ? "dry run, nothing committed" : r.pushed.length ? `${r.mode === "in-place" ? "committed in place and " : ""}pushed ${r.pushed.join(", ")}` : r.mode === "in-place" && committed ? "committed in place" : "nothing to commit";
  reporter.info(`${r.envRepo}: ${verb} in ${((performance.now() - t0) / 1e3).toFixed(2)} s`);
  return 0;
}

export {
  DEFAULT_TOKEN_ENV,
  tokenFromEnv,
  startEnvRepoEarly,
  renderRepoCli
};
