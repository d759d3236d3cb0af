/** The CLI's command table: name → options, usage text and what it runs. */
import { resolve } from "node:path";
import { writeFileSync } from "node:fs";
import { UsageError, UserError } from "../core/common/errors.ts";
import { usedCapabilities, prepare } from "../core/plan/plan.ts";
import { emitLock, lockFromCapabilities, LOCK_FILE } from "../core/model/lock.ts";
import { loadFromDir, type LoadOptions } from "../flows/shared/load.ts";
import type { Config } from "../core/model/config.ts";
import type { EnvRepoStart } from "../flows/render/render-repo.ts";
import { sourceIdentity } from "../flows/shared/identity.ts";
import {
  previousInDir,
  renderToDir,
  selectEnvs,
  type PreviousInDir,
} from "../flows/render/render-dir.ts";
import { envRepoLocation } from "../flows/shared/env-repo-location.ts";
import { runCapabilityTests } from "../tools/capability-tests.ts";
import { listCapabilities, showCapability } from "../tools/capability-docs.ts";
import { list, str, type Command, type Values } from "./command.ts";
import { capabilitiesAdd, ECOSYSTEM_COMMANDS } from "./ecosystem.ts";
import { createProgress } from "./progress.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

async function load(
  values: Values,
  opts: {
    refreshGitPacks?: boolean;
    onConfig?: (config: Config, sourceRepo: string) => void;
    previousStates?: LoadOptions["previousStates"];
  } = {},
) {
  const source = resolve(str(values, "source") ?? ".");
  const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
  const onConfig = opts.onConfig && ((c: Config) => opts.onConfig!(c, id.sourceRepo));
  return loadFromDir({
    source,
    ...id,
    refreshGitPacks: opts.refreshGitPacks,
    onConfig,
    previousStates: opts.previousStates,
  });
}

/** envRepo.url as `configuredEnvRepo` resolves it, without a word; undefined where it refuses. */
function quietEnvRepo(url: string | undefined, source: string): string | undefined {
  if (!url || /\bOWNER\//.test(url)) return undefined;
  return envRepoLocation(url, process.env.GITHUB_SERVER_URL || "https://github.com", source);
}

/** `render` with neither --out nor --env-repo: capstan.yaml's envRepo.url (as the Action does). */
function configuredEnvRepo(
  url: string | undefined,
  source: string,
  reporter: Reporter,
  push: boolean,
): string {
  if (!url)
    throw new UsageError(
      "render needs --out DIR, --env-repo PATH|URL, or envRepo.url in capstan.yaml",
    );
  if (/\bOWNER\//.test(url))
    throw new UsageError(
      `envRepo.url in capstan.yaml is still the placeholder ${url}: set it to your environment repository, or pass --out DIR`,
    );
  const location = quietEnvRepo(url, source)!;
  reporter.info(
    `env repo: ${location} (envRepo.url in capstan.yaml)${push ? "" : " — a dry run; --push commits and pushes"}`,
  );
  return location;
}

export const COMMANDS: Record<string, Command> = {
  render: {
    usage: `render    [--out DIR | --env-repo PATH|URL] [--push]  render environments
  capstan render [--source DIR] --out DIR [--env NAME]... [--frozen] [--allow-mass-deletion]
    Renders every environment (or --env) into DIR/<root>/<env>/, incrementally: files
    whose bytes do not change are not rewritten; apps removed from the source are pruned.
  capstan render [--source DIR] --env-repo PATH|URL [--push] [--env NAME]... [--frozen]
                 [--allow-mass-deletion] [--prune-removed-envs] [--token-env NAME] [--dry-run]
    Commits every autoDeploy environment (or --env) to the env repo: one commit per
    environment, all refs pushed in one atomic push (--push). A local non-bare repository
    without --push is committed in place; a URL without --push is a dry run. The token
    is read from the environment variable --token-env names (default CAPSTAN_TOKEN).
    PRs and commit statuses use GITHUB_API_URL / GITHUB_SERVER_URL (default github.com).
  capstan render [--source DIR] [--push] ...
    With neither --out nor --env-repo: the env repo envRepo.url in capstan.yaml names,
    as the Action does; a dry run unless --push.`,
    options: {
      source: { type: "string" },
      out: { type: "string" },
      env: { type: "string", multiple: true },
      frozen: { type: "boolean" },
      "allow-mass-deletion": { type: "boolean" },
      "source-repo": { type: "string" },
      "env-repo": { type: "string" },
      push: { type: "boolean" },
      "dry-run": { type: "boolean" },
      "prune-removed-envs": { type: "boolean" },
      "token-env": { type: "string" },
      workdir: { type: "string" },
    },
    async run(values, _pos, reporter) {
      const out = str(values, "out");
      let envRepo = str(values, "env-repo");
      if (out && envRepo)
        throw new UsageError("render takes --out DIR or --env-repo PATH|URL, not both");
      const source = resolve(str(values, "source") ?? ".");
      const t0 = performance.now();
      const flags = (envRepo: string, fromConfig: boolean) => ({
        source,
        envRepo,
        push: values.push === true,
        dryRun: values["dry-run"] === true || (fromConfig && values.push !== true),
        envs: list(values, "env"),
        frozen: values.frozen === true,
        allowMassDeletion: values["allow-mass-deletion"] === true,
        pruneRemovedEnvs: values["prune-removed-envs"] === true,
        tokenEnv: str(values, "token-env"),
        workdir: str(values, "workdir"),
      });
      // The env repo is opened and fetched while the Applications are parsed.
      const cli = out ? undefined : await import("./render-repo.ts");
      let started: EnvRepoStart | undefined;
      const onConfig = (config: Config, sourceRepo: string) => {
        const early = envRepo ?? quietEnvRepo(config.envRepo.url, source);
        if (cli && early)
          started = cli.startEnvRepoEarly(config, sourceRepo, flags(early, !envRepo));
      };
      // Their states spare parsing the Application files that did not change.
      let previous: Map<string, PreviousInDir> | undefined;
      const previousStates = (config: Config) => {
        if (started) return started.states;
        if (!out) return undefined;
        previous = previousInDir(config, resolve(out), list(values, "env"));
        return previous && [...previous.values()].map((p) => p.state);
      };
      let src;
      try {
        src = await load(values, cli ? { onConfig, previousStates } : { previousStates });
      } catch (e) {
        await started?.close();
        throw e;
      }
      // Neither: the env repo capstan.yaml names, as the Action does; a dry run unless --push.
      const fromConfig = !out && !envRepo;
      if (fromConfig) {
        try {
          envRepo = configuredEnvRepo(
            src.config.envRepo.url,
            source,
            reporter,
            values.push === true,
          );
        } catch (e) {
          await started?.close();
          throw e;
        }
      }
      if (envRepo && cli)
        return cli.renderRepoCli(src, flags(envRepo, fromConfig), reporter, started);

      const r = await renderToDir(
        src,
        {
          out: resolve(out!),
          envs: list(values, "env"),
          frozen: values.frozen === true,
          allowMassDeletion: values["allow-mass-deletion"] === true,
          progress: createProgress("render", 0, { quiet: values.quiet === true }),
          previous,
        },
        reporter,
      );
      for (const plan of r.plans) {
        const changed = plan.apps.filter((a) => a.change !== "unchanged");
        reporter.info(
          `${plan.env.name}: ${plan.apps.length} app(s), ${changed.length} changed${
            changed.length
              ? ` (${changed
                  .map((a) => `${a.name} ${a.change}`)
                  .slice(0, 10)
                  .join(", ")}${changed.length > 10 ? ", …" : ""})`
              : ""
          }`,
        );
      }
      reporter.info(
        `wrote ${r.filesWritten} file(s), deleted ${r.filesDeleted} under ${resolve(out!)} in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
      );
      return 0;
    },
  },
  diff: {
    usage: `diff      --base REF [--head REF] [--format md|json|text]  preview the rendered-manifest change
  capstan diff [--source DIR] --base REF [--head REF] [--format md|json|text] [--frozen]
    Renders the merge base of REF and the head (default: the working tree) and shows
    what changes per environment, app and object. Only apps whose inputs differ are
    rendered. Exits 0 whether or not anything changed; 1 on head spec errors.`,
    options: {
      source: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      format: { type: "string" },
      frozen: { type: "boolean" },
      "source-repo": { type: "string" },
    },
    async run(values, _pos, reporter) {
      const { runDiff } = await import("../flows/preview/diff.ts");
      return runDiff(reporter, {
        source: resolve(str(values, "source") ?? "."),
        base: str(values, "base"),
        head: str(values, "head"),
        format: str(values, "format"),
        frozen: values.frozen === true,
        sourceRepo: str(values, "source-repo"),
        color: process.stdout.isTTY === true && !process.env.NO_COLOR,
      });
    },
  },
  promote: {
    usage: `promote   --from ENV --to ENV  re-render the next environment at what the previous one runs, as a PR
  capstan promote [--source DIR] --env-repo PATH|URL --from ENV --to ENV[,ENV…] [--apps a,b]
                  [--revision SHA] [--force] [--push] [--frozen] [--token-env NAME] [--workdir DIR]
    Only edges declared by promotesFrom in capstan.yaml. Reads the source commit of each
    app in ENV(from)'s state.json, renders ENV(to) with each app at its commit, commits
    the result on branch capstan/promote/<from>-to-<to> (from <to>'s branch tip) and, with
    --push, pushes it (force-with-lease) and opens or updates one pull request labelled
    capstan:promotion (a token from --token-env, default CAPSTAN_TOKEN; GITHUB_API_URL /
    GITHUB_SERVER_URL). Without GitHub it prints the pull request it would open.
    --apps promotes only those apps. --revision renders ENV(to) at an explicit source
    revision — the only way to move an app backwards (a rollback, said so in the PR).
    Gates: when ENV(to) declares verify, nothing is promoted (exit 0) until the commit
    statuses it names pass on the env repo; --force promotes anyway (the PR says so).
    ENV(to) with autoPromote: a verified promotion is pushed to its branch, no PR.
    Fan-out: --to eu,us promotes to each target on its own (one PR each); in the Action,
    an empty to means every environment with promotesFrom: ENV(from).`,
    options: {
      source: { type: "string" },
      "env-repo": { type: "string" },
      from: { type: "string" },
      to: { type: "string", multiple: true },
      apps: { type: "string", multiple: true },
      revision: { type: "string" },
      force: { type: "boolean" },
      push: { type: "boolean" },
      frozen: { type: "boolean" },
      "source-repo": { type: "string" },
      "token-env": { type: "string" },
      workdir: { type: "string" },
    },
    async run(values, _pos, reporter) {
      const from = str(values, "from");
      const to = list(values, "to");
      if (!from || !to?.length)
        throw new UsageError(
          "promote needs --from ENV and --to ENV (or --to ENV,ENV,… to fan out)",
        );
      const { promoteCli } = await import("./promote.ts");
      return promoteCli(
        {
          source: resolve(str(values, "source") ?? "."),
          envRepo: str(values, "env-repo"),
          from,
          to,
          apps: list(values, "apps"),
          revision: str(values, "revision"),
          force: values.force === true,
          push: values.push === true,
          frozen: values.frozen === true,
          sourceRepo: str(values, "source-repo"),
          workdir: str(values, "workdir") ? resolve(str(values, "workdir")!) : undefined,
        },
        str(values, "token-env"),
        reporter,
      );
    },
  },
  validate: {
    usage: `validate  [--source DIR]  check capstan.yaml, applications, capabilities and rendered objects
  capstan validate [--source DIR] [--env NAME]... [--frozen] [--json]
    Loads and renders everything in memory; reports every problem; writes nothing.
    --json: one JSON object on stdout ({ valid, problems, … }) for tools.`,
    options: {
      source: { type: "string" },
      env: { type: "string", multiple: true },
      frozen: { type: "boolean" },
      json: { type: "boolean" },
      "source-repo": { type: "string" },
    },
    async run(values, pos, reporter) {
      if (values.json) {
        const { validateJson } = await import("./validate-json.ts");
        return validateJson((r) => COMMANDS.validate!.run({ ...values, json: false }, pos, r));
      }
      const src = await load(values);
      const envs = selectEnvs(src, list(values, "env"));
      const { validateAll } = await import("../flows/validate/validate.ts");
      const n = await validateAll(src, envs, { frozen: values.frozen === true }, reporter);
      reporter.info(
        `valid: ${src.apps.length} application(s), ${envs.length} environment(s), ${n} object(s)`,
      );
      return 0;
    },
  },
  lock: {
    usage: `lock      [--source DIR] [--update]  write capstan.lock (capability versions and digests)
  capstan lock [--source DIR] [--update]
    Resolves every capability the applications use and pins name, version, source
    and sha256 in capstan.lock. --update re-resolves versions already locked.`,
    options: {
      source: { type: "string" },
      update: { type: "boolean" },
      "source-repo": { type: "string" },
    },
    async run(values, _pos, reporter) {
      const source = resolve(str(values, "source") ?? ".");
      const src = await load(values, { refreshGitPacks: values.update === true });
      if (values.update) src.registry.ignoreLock();
      const used = usedCapabilities(src);
      if (used.problems.length) throw new UserError(used.problems);
      if (!values.update && src.lock) {
        // Without --update a changed locked version is still an integrity error.
        await prepare(src, src.config.environments, { frozen: false });
      }
      const text = emitLock(lockFromCapabilities(used.caps));
      writeFileSync(resolve(source, LOCK_FILE), text);
      reporter.info(
        `wrote ${LOCK_FILE}: ${used.caps.map((c) => `${c.name}@${c.version}`).join(", ")}`,
      );
      return 0;
    },
  },
  capabilities: {
    usage: `capabilities list | show NAME | test [DIR] | docs [DIR]  browse, test and document capabilities
  capstan capabilities list [--source DIR]
  capstan capabilities show NAME[@VERSION] [--source DIR]
  capstan capabilities test [DIR] [--update] [--only NAME]
  capstan capabilities docs [DIR] [--source DIR] [--out FILE]
  capstan capabilities add <git-url>@<ref> [--path P] [--source DIR]
    test runs the golden cases of the pack in DIR (default: the built-in pack);
    --update rewrites expected.yaml files for review.
    docs prints (or writes to --out) a Markdown reference of the pack in DIR, else of
    the repository's own capabilities (--source, with capstan.yaml), else of the built-ins.
    add appends a git pack to capstan.yaml (comments kept) and re-locks (pinned by commit).`,
    options: {
      source: { type: "string" },
      update: { type: "boolean" },
      only: { type: "string" },
      out: { type: "string" },
      path: { type: "string" },
      "source-repo": { type: "string" },
    },
    async run(values, pos, reporter) {
      const [sub, arg] = pos;
      if (sub === "add") return capabilitiesAdd(values, arg, reporter);
      if (sub === "docs") {
        const { capabilityDocs } = await import("../tools/capability-docs.ts");
        const text = await capabilityDocs(arg ? resolve(arg) : undefined, () =>
          registryFor(values),
        );
        const out = str(values, "out");
        if (out) {
          writeFileSync(resolve(out), text);
          reporter.info(`wrote ${resolve(out)}`);
        } else process.stdout.write(text);
        return 0;
      }
      if (sub === "test") {
        const results = await runCapabilityTests(
          arg ? resolve(arg) : undefined,
          { update: values.update === true, only: str(values, "only") },
          reporter,
        );
        const failed = results.filter((r) => !r.ok).length;
        reporter.info(`${results.length - failed} passed, ${failed} failed`);
        return failed ? 1 : 0;
      }
      if (sub === "list") {
        process.stdout.write(listCapabilities(await registryFor(values)));
        return 0;
      }
      if (sub === "show") {
        if (!arg) throw new UsageError("capabilities show needs a NAME");
        process.stdout.write(showCapability(await registryFor(values), arg));
        return 0;
      }
      throw new UsageError(
        `capabilities needs list, show NAME, test [DIR], docs [DIR] or add URL@REF\n\n${COMMANDS.capabilities!.usage}`,
      );
    },
  },
  ...ECOSYSTEM_COMMANDS,
};

async function registryFor(values: Values) {
  const { existsSync } = await import("node:fs");
  const source = resolve(str(values, "source") ?? ".");
  if (existsSync(resolve(source, "capstan.yaml"))) return (await load(values)).registry;
  const { builtinRegistry } = await import("../tools/capability-docs.ts");
  return builtinRegistry();
}
