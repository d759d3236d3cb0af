import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  listCapabilities,
  showCapability
} from "./chunks/chunk-ISMQODQL.js";
import {
  loadFromDir,
  renderToDir,
  selectEnvs,
  sourceIdentity
} from "./chunks/chunk-HURQSCIC.js";
import {
  DEFAULT_KUBE_VERSION,
  applyGuardrails,
  bindApp,
  checkObjects,
  emptyCrdSet,
  isObj,
  loadApps,
  preloadKinds,
  prepare,
  renderApp,
  resolveGuardrails,
  usedCapabilities
} from "./chunks/chunk-G2VRI6PP.js";
import {
  builtinPackDir,
  readPack
} from "./chunks/chunk-56FARFZE.js";
import {
  CapstanError,
  LOCK_FILE,
  Registry,
  UsageError,
  UserError,
  emitDocuments,
  emitLock,
  formatProblem,
  loadPack,
  lockFromCapabilities,
  parseYaml
} from "./chunks/chunk-LD6GTDHR.js";
import "./chunks/chunk-GSGQ2ZSK.js";
import "./chunks/chunk-6XFIWXZH.js";
import "./chunks/chunk-NXEJ7XQU.js";
import "./chunks/chunk-OTU23BBD.js";
import "./chunks/chunk-JVSLN557.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/commands/reporter.ts
function consoleReporter(opts = {}) {
  const out = opts.out ?? ((s) => process.stdout.write(s + "\n"));
  const err = opts.err ?? ((s) => process.stderr.write(s + "\n"));
  return {
    info: (l) => {
      if (!opts.quiet) out(l);
    },
    notice: (l) => {
      if (!opts.quiet) err(`notice: ${l}`);
    },
    warn: (l) => err(`warning: ${l}`),
    problems: (ps) => {
      for (const p of ps) err(`error: ${formatProblem(p)}`);
      err(`${ps.length} error${ps.length === 1 ? "" : "s"}; nothing was written`);
    }
  };
}

// src/cli/commands.ts
import { resolve } from "node:path";
import { writeFileSync as writeFileSync2 } from "node:fs";

// src/commands/capability-tests.ts
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
async function runCapabilityTests(dir, opts, reporter) {
  const problems = [];
  const builtinDir = builtinPackDir();
  const builtin = loadPack(readPack(builtinDir, "builtin", "<builtin>/", problems));
  const packDir = dir ?? builtinDir;
  const isBuiltin = packDir === builtinDir;
  const local = isBuiltin ? builtin : loadPack(readPack(packDir, `path:${packDir}`, packDir.replace(/\/?$/, "/"), problems));
  problems.push(...builtin.problems, ...isBuiltin ? [] : local.problems);
  if (problems.length) {
    reporter.problems(problems);
    return problems.map((p) => ({
      capability: p.capability ?? "?",
      case: "load",
      ok: false,
      detail: formatProblem(p)
    }));
  }
  const registry = new Registry(
    isBuiltin ? [builtin.capabilities] : [builtin.capabilities, local.capabilities]
  );
  await preloadKinds(
    registry.all().flatMap((c) => c.emits).filter((k) => k.kind !== "*")
  );
  const results = [];
  for (const cap of local.capabilities) {
    if (opts.only && cap.name !== opts.only && `${cap.name}@${cap.version}` !== opts.only) continue;
    if (!cap.tests.size) {
      results.push({
        capability: `${cap.name}@${cap.version}`,
        case: "-",
        ok: false,
        detail: "has no golden cases (tests/<case>/app.yaml)"
      });
      continue;
    }
    for (const [name, files] of [...cap.tests].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
      results.push(
        await runCase(
          cap,
          name,
          files,
          registry,
          join(packDir, cap.name, cap.version, "tests", name),
          opts.update ?? false
        )
      );
    }
  }
  for (const r of results)
    reporter.info(
      `${r.ok ? "ok  " : "FAIL"} ${r.capability} ${r.case}${r.detail ? `
     ${r.detail.replace(/\n/g, "\n     ")}` : ""}`
    );
  return results;
}
async function runCase(cap, name, files, registry, caseDir, update) {
  const id = `${cap.name}@${cap.version}`;
  const appText = files.get("app.yaml");
  if (appText === void 0)
    return { capability: id, case: name, ok: false, detail: "missing app.yaml" };
  const envDoc = files.has("env.yaml") ? parseYaml(files.get("env.yaml"))[0] : {};
  const env = {
    name: typeof envDoc.name === "string" ? envDoc.name : "test",
    autoDeploy: true,
    approval: "none",
    kubeVersion: typeof envDoc.kubeVersion === "string" ? envDoc.kubeVersion : DEFAULT_KUBE_VERSION,
    policies: Array.isArray(envDoc.policies) ? envDoc.policies.map(String) : [typeof envDoc.name === "string" ? envDoc.name : "test"],
    namespace: typeof envDoc.namespace === "string" ? envDoc.namespace : void 0,
    allowLiteralSecrets: envDoc.allowLiteralSecrets === true,
    createNamespaces: false,
    guardrails: (Array.isArray(envDoc.guardrails) ? envDoc.guardrails : []).map(
      (g2, i) => ({
        type: String(g2.type),
        properties: isObj(g2.properties) ? g2.properties : {},
        index: i
      })
    ),
    index: 0
  };
  const rel = `tests/${name}/app.yaml`;
  const loaded = loadApps([{ file: `${cap.dir}/${rel}`, text: appText }]);
  const problems = [...loaded.problems];
  const docs = [];
  const crds = emptyCrdSet();
  const envCfgDoc = {
    file: `${cap.dir}/tests/${name}/env.yaml`,
    text: files.get("env.yaml") ?? "{}\n",
    docIndex: 0
  };
  const g = resolveGuardrails({ ...env, index: 0 }, registry, envCfgDoc);
  problems.push(...g.problems);
  for (const app of loaded.apps) {
    const b = bindApp(app, [env]);
    problems.push(...b.problems);
    for (const binding of b.bindings) {
      const r = renderApp(app, binding, { registry, crds });
      problems.push(...r.problems);
      problems.push(...applyGuardrails(app.name, env, r.objects, g.guardrails));
      problems.push(...checkObjects(app.name, env, r.objects, crds));
      docs.push(...r.objects.map((o) => o.obj));
    }
  }
  const expectErrors = files.get("expected-errors.txt");
  if (expectErrors !== void 0) {
    const got = problems.map(formatProblem).join("\n");
    const want = expectErrors.trim().split("\n").filter(Boolean);
    const missing = want.filter((w) => !got.includes(w));
    return missing.length ? {
      capability: id,
      case: name,
      ok: false,
      detail: `expected errors not reported: ${missing.join("; ")}
got: ${got || "(no errors)"}`
    } : { capability: id, case: name, ok: true };
  }
  if (problems.length)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: problems.map(formatProblem).join("\n")
    };
  const text = emitDocuments(docs);
  const expectedPath = join(caseDir, "expected.yaml");
  if (update) {
    if (files.get("expected.yaml") !== text) writeFileSync(expectedPath, text);
    return {
      capability: id,
      case: name,
      ok: true,
      detail: files.get("expected.yaml") === text ? void 0 : "expected.yaml updated"
    };
  }
  const expected = files.get("expected.yaml");
  if (expected === void 0)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: `no expected.yaml; run \`capstan capabilities test --update\` and review ${existsSync(caseDir) ? expectedPath : "it"}`
    };
  if (expected !== text)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: `output differs from expected.yaml:
${firstDifference(expected, text)}`
    };
  return { capability: id, case: name, ok: true };
}
function firstDifference(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i]) return `line ${i + 1}:
- ${la[i] ?? "(end)"}
+ ${lb[i] ?? "(end)"}`;
  return "";
}

// src/cli/commands.ts
var str = (v, k) => typeof v[k] === "string" ? v[k] : void 0;
var list = (v, k) => {
  const x = v[k];
  if (x === void 0) return void 0;
  return (Array.isArray(x) ? x : [String(x)]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
};
async function load(values) {
  const source = resolve(str(values, "source") ?? ".");
  const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
  return loadFromDir({ source, ...id });
}
var COMMANDS = {
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
      "source-repo": { type: "string" }
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
          allowMassDeletion: values["allow-mass-deletion"] === true
        },
        reporter
      );
      for (const plan of r.plans) {
        const changed = plan.apps.filter((a) => a.change !== "unchanged");
        reporter.info(
          `${plan.env.name}: ${plan.apps.length} app(s), ${changed.length} changed${changed.length ? ` (${changed.map((a) => `${a.name} ${a.change}`).slice(0, 10).join(", ")}${changed.length > 10 ? ", \u2026" : ""})` : ""}`
        );
      }
      reporter.info(
        `wrote ${r.filesWritten} file(s), deleted ${r.filesDeleted} under ${resolve(out)} in ${((performance.now() - t0) / 1e3).toFixed(2)} s`
      );
      return 0;
    }
  },
  validate: {
    usage: `validate  [--source DIR]  check capstan.yaml, applications, capabilities and rendered objects
  capstan validate [--source DIR] [--env NAME]... [--frozen]
    Loads and renders everything in memory; reports every problem; writes nothing.`,
    options: {
      source: { type: "string" },
      env: { type: "string", multiple: true },
      frozen: { type: "boolean" },
      "source-repo": { type: "string" }
    },
    async run(values, _pos, reporter) {
      const src = await load(values);
      const envs = selectEnvs(src, list(values, "env"));
      const { validateAll } = await import("./chunks/validate-FOJKCSY4.js");
      const n = await validateAll(src, envs, { frozen: values.frozen === true }, reporter);
      reporter.info(
        `valid: ${src.apps.length} application(s), ${envs.length} environment(s), ${n} object(s)`
      );
      return 0;
    }
  },
  lock: {
    usage: `lock      [--source DIR] [--update]  write capstan.lock (capability versions and digests)
  capstan lock [--source DIR] [--update]
    Resolves every capability the applications use and pins name, version, source
    and sha256 in capstan.lock. --update re-resolves versions already locked.`,
    options: {
      source: { type: "string" },
      update: { type: "boolean" },
      "source-repo": { type: "string" }
    },
    async run(values, _pos, reporter) {
      const source = resolve(str(values, "source") ?? ".");
      const src = await load(values);
      if (values.update) src.registry.ignoreLock();
      const used = usedCapabilities(src);
      if (used.problems.length) throw new UserError(used.problems);
      if (!values.update && src.lock) {
        await prepare(src, src.config.environments, { frozen: false });
      }
      const text = emitLock(lockFromCapabilities(used.caps));
      writeFileSync2(resolve(source, LOCK_FILE), text);
      reporter.info(
        `wrote ${LOCK_FILE}: ${used.caps.map((c) => `${c.name}@${c.version}`).join(", ")}`
      );
      return 0;
    }
  },
  capabilities: {
    usage: `capabilities list | show NAME | test [DIR] | docs [DIR]  browse, test and document capabilities
  capstan capabilities list [--source DIR]
  capstan capabilities show NAME[@VERSION] [--source DIR]
  capstan capabilities test [DIR] [--update] [--only NAME]
  capstan capabilities docs [DIR] [--source DIR] [--out FILE]
    test runs the golden cases of the pack in DIR (default: the built-in pack);
    --update rewrites expected.yaml files for review.
    docs prints (or writes to --out) a Markdown reference of the pack in DIR, else of
    the repository's own capabilities (--source, with capstan.yaml), else of the built-ins.`,
    options: {
      source: { type: "string" },
      update: { type: "boolean" },
      only: { type: "string" },
      out: { type: "string" },
      "source-repo": { type: "string" }
    },
    async run(values, pos, reporter) {
      const [sub, arg] = pos;
      if (sub === "docs") {
        const { capabilityDocs } = await import("./chunks/capability-docs-7YY4YH62.js");
        const text = await capabilityDocs(
          arg ? resolve(arg) : void 0,
          () => registryFor(values)
        );
        const out = str(values, "out");
        if (out) {
          writeFileSync2(resolve(out), text);
          reporter.info(`wrote ${resolve(out)}`);
        } else process.stdout.write(text);
        return 0;
      }
      if (sub === "test") {
        const results = await runCapabilityTests(
          arg ? resolve(arg) : void 0,
          { update: values.update === true, only: str(values, "only") },
          reporter
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
        `capabilities needs list, show NAME, test [DIR] or docs [DIR]

${COMMANDS.capabilities.usage}`
      );
    }
  }
};
async function registryFor(values) {
  const { existsSync: existsSync2 } = await import("node:fs");
  const source = resolve(str(values, "source") ?? ".");
  if (existsSync2(resolve(source, "capstan.yaml"))) return (await load(values)).registry;
  const { builtinRegistry } = await import("./chunks/capability-docs-7YY4YH62.js");
  return builtinRegistry();
}

// src/cli/main.ts
var USAGE = `capstan \u2014 render OAM Applications through versioned capabilities into GitOps manifests

Usage: capstan <command> [options]

Commands:
${Object.values(COMMANDS).map((c) => `  ${c.usage.split("\n")[0]}`).join("\n")}

Run \`capstan <command> --help\` for a command's options.`;
async function main(argv, io = {}) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    const { CAPSTAN_VERSION } = await import("./chunks/version-MKRSDXZQ.js");
    process.stdout.write(CAPSTAN_VERSION + "\n");
    return 0;
  }
  const cmd = COMMANDS[name];
  const quiet = rest.includes("--quiet") || rest.includes("-q");
  const reporter = io.reporter ?? consoleReporter({ quiet });
  try {
    if (!cmd) throw new UsageError(`unknown command "${name}"

${USAGE}`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: {
          ...cmd.options,
          help: { type: "boolean", short: "h" },
          quiet: { type: "boolean", short: "q" }
        },
        allowPositionals: true,
        strict: true
      });
    } catch (e) {
      throw new UsageError(`${e.message}

${cmd.usage}`);
    }
    if (parsed.values.help) {
      process.stdout.write(cmd.usage + "\n");
      return 0;
    }
    return await cmd.run(
      parsed.values,
      parsed.positionals,
      reporter
    );
  } catch (e) {
    if (e instanceof UserError) {
      reporter.problems(e.problems);
      return 1;
    }
    if (e instanceof CapstanError) {
      process.stderr.write(`error: ${e.message}
`);
      return e.exitCode;
    }
    throw e;
  }
}
export {
  main
};
