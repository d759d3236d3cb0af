/** The CLI's command table: name → options, usage text and what it runs. */
import { resolve } from "node:path";
import { writeFileSync } from "node:fs";
import { UsageError, UserError } from "../core/errors.ts";
import { usedCapabilities, prepare } from "../core/engine.ts";
import { emitLock, lockFromCapabilities, LOCK_FILE } from "../core/lock.ts";
import { loadFromDir } from "../commands/load.ts";
import { sourceIdentity } from "../commands/identity.ts";
import { renderToDir, selectEnvs } from "../commands/render-dir.ts";
import { runCapabilityTests } from "../commands/capability-tests.ts";
import { listCapabilities, showCapability } from "../commands/capability-docs.ts";
import type { Reporter } from "../commands/reporter.ts";

type Values = Record<string, string | boolean | string[] | undefined>;
type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

export interface Command {
  usage: string;
  options: Record<string, OptionSpec>;
  run(values: Values, positionals: string[], reporter: Reporter): Promise<number>;
}

const str = (v: Values, k: string): string | undefined =>
  typeof v[k] === "string" ? (v[k] as string) : undefined;
const list = (v: Values, k: string): string[] | undefined => {
  const x = v[k];
  if (x === undefined) return undefined;
  return (Array.isArray(x) ? x : [String(x)])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
};

async function load(values: Values) {
  const source = resolve(str(values, "source") ?? ".");
  const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
  return loadFromDir({ source, ...id });
}

export const COMMANDS: Record<string, Command> = {
  render: {
    usage: `render    --out DIR | --env-repo PATH|URL [--push]  render environments
  capstan render [--source DIR] --out DIR [--env NAME]... [--frozen] [--allow-mass-deletion]
    Renders every environment (or --env) into DIR/<root>/<env>/, incrementally: files
    whose bytes do not change are not rewritten; apps removed from the source are pruned.`,
    options: {
      source: { type: "string" },
      out: { type: "string" },
      env: { type: "string", multiple: true },
      frozen: { type: "boolean" },
      "allow-mass-deletion": { type: "boolean" },
      "source-repo": { type: "string" },
    },
    async run(values, _pos, reporter) {
      const out = str(values, "out");
      if (!out) throw new UsageError("render needs --out DIR (a folder) or --env-repo PATH|URL");
      const t0 = performance.now();
      const src = await load(values);
      const r = await renderToDir(
        src,
        {
          out: resolve(out),
          envs: list(values, "env"),
          frozen: values.frozen === true,
          allowMassDeletion: values["allow-mass-deletion"] === true,
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
        `wrote ${r.filesWritten} file(s), deleted ${r.filesDeleted} under ${resolve(out)} in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
      );
      return 0;
    },
  },
  validate: {
    usage: `validate  [--source DIR]  check capstan.yaml, applications, capabilities and rendered objects
  capstan validate [--source DIR] [--env NAME]... [--frozen]
    Loads and renders everything in memory; reports every problem; writes nothing.`,
    options: {
      source: { type: "string" },
      env: { type: "string", multiple: true },
      frozen: { type: "boolean" },
      "source-repo": { type: "string" },
    },
    async run(values, _pos, reporter) {
      const src = await load(values);
      const envs = selectEnvs(src, list(values, "env"));
      const { validateAll } = await import("../commands/validate.ts");
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
      const src = await load(values);
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
    usage: `capabilities list | show NAME | test [DIR]  browse and test capabilities
  capstan capabilities list [--source DIR]
  capstan capabilities show NAME[@VERSION] [--source DIR]
  capstan capabilities test [DIR] [--update] [--only NAME]
    test runs the golden cases of the pack in DIR (default: the built-in pack);
    --update rewrites expected.yaml files for review.`,
    options: {
      source: { type: "string" },
      update: { type: "boolean" },
      only: { type: "string" },
      "source-repo": { type: "string" },
    },
    async run(values, pos, reporter) {
      const [sub, arg] = pos;
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
        `capabilities needs list, show NAME or test [DIR]\n\n${COMMANDS.capabilities!.usage}`,
      );
    },
  },
};

async function registryFor(values: Values) {
  const { existsSync } = await import("node:fs");
  const source = resolve(str(values, "source") ?? ".");
  if (existsSync(resolve(source, "capstan.yaml"))) return (await load(values)).registry;
  const { builtinRegistry } = await import("../commands/capability-docs.ts");
  return builtinRegistry();
}
