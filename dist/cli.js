import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  listCapabilities,
  showCapability
} from "./chunks/chunk-OMZKTUPP.js";
import {
  envRepoLocation
} from "./chunks/chunk-SCCJZKYV.js";
import {
  loadFromDir
} from "./chunks/chunk-DMFYGGHK.js";
import {
  builtinPackDir,
  readConfigFile,
  readPack
} from "./chunks/chunk-FCP2IWXA.js";
import {
  previousInDir,
  renderToDir,
  selectEnvs
} from "./chunks/chunk-RUPXGUGG.js";
import {
  sourceIdentity
} from "./chunks/chunk-IOBEII3D.js";
import {
  applyGuardrails,
  bindApp,
  checkObjects,
  isObj,
  loadApps,
  prepare,
  renderApp,
  resolveGuardrails,
  usedCapabilities
} from "./chunks/chunk-JBLNTRAF.js";
import {
  Registry,
  loadPack,
  templateProblems
} from "./chunks/chunk-3427PZOU.js";
import {
  DEFAULT_KUBE_VERSION,
  loadConfig
} from "./chunks/chunk-SSJMW5PP.js";
import {
  LOCK_FILE,
  didYouMean,
  emitLock,
  lockFromCapabilities
} from "./chunks/chunk-DFIP6AYO.js";
import "./chunks/chunk-G6D3CCKW.js";
import {
  parseYaml,
  pathCounts,
  referenceLine,
  referenceMode
} from "./chunks/chunk-NAEY2JMF.js";
import {
  emptyCrdSet,
  preloadKinds
} from "./chunks/chunk-UTJQZLM3.js";
import "./chunks/chunk-5SBUQFNJ.js";
import "./chunks/chunk-SID65HV4.js";
import "./chunks/chunk-DFTUZEB7.js";
import "./chunks/chunk-AUIKRLBV.js";
import "./chunks/chunk-PBLSRAXX.js";
import "./chunks/chunk-HX64S4PU.js";
import "./chunks/chunk-5ETQQFMW.js";
import {
  emitDocuments
} from "./chunks/chunk-UUCA4ZKB.js";
import "./chunks/chunk-FN2YLOUV.js";
import {
  CapstanError,
  UsageError,
  UserError,
  formatProblem
} from "./chunks/chunk-N5T7JROX.js";
import "./chunks/chunk-QRKMIM66.js";
import "./chunks/chunk-XYNQLYSQ.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/flows/shared/reporter.ts
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
      const n = `${ps.length} error${ps.length === 1 ? "" : "s"}`;
      err(opts.writes === false ? n : `${n}; nothing was written`);
    }
  };
}

// src/cli/commands.ts
import { resolve as resolve2 } from "node:path";
import { writeFileSync as writeFileSync3 } from "node:fs";

// src/tools/capability-tests.ts
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
  if (!problems.length) problems.push(...templateProblems(local.capabilities));
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
    const caseRegistry = registry.versions(cap.name)[0] === cap ? registry : new Registry(
      isBuiltin ? [builtin.capabilities] : [builtin.capabilities, local.capabilities],
      {
        entries: [
          { name: cap.name, version: cap.version, source: cap.source, digest: cap.digest }
        ]
      }
    );
    for (const [name, files] of [...cap.tests].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
      results.push(
        await runCase(
          cap,
          name,
          files,
          caseRegistry,
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
  const { problems, docs } = renderCase(cap, name, files, registry, appText);
  const expectErrors = files.get("expected-errors.txt");
  if (expectErrors !== void 0) return expectedErrorsResult(id, name, problems, expectErrors);
  if (problems.length)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: problems.map(formatProblem).join("\n")
    };
  return expectedOutputResult(id, name, files, caseDir, emitDocuments(docs), update);
}
function caseEnvironment(envDoc) {
  return {
    name: typeof envDoc.name === "string" ? envDoc.name : "test",
    autoDeploy: true,
    approval: "none",
    kubeVersion: typeof envDoc.kubeVersion === "string" ? envDoc.kubeVersion : DEFAULT_KUBE_VERSION,
    policies: Array.isArray(envDoc.policies) ? envDoc.policies.map(String) : [typeof envDoc.name === "string" ? envDoc.name : "test"],
    namespace: typeof envDoc.namespace === "string" ? envDoc.namespace : void 0,
    allowLiteralSecrets: envDoc.allowLiteralSecrets === true,
    createNamespaces: false,
    guardrails: (Array.isArray(envDoc.guardrails) ? envDoc.guardrails : []).map(
      (g, i) => ({
        type: String(g.type),
        properties: isObj(g.properties) ? g.properties : {},
        index: i
      })
    ),
    index: 0
  };
}
function renderCase(cap, name, files, registry, appText) {
  const envDoc = files.has("env.yaml") ? parseYaml(files.get("env.yaml"))[0] : {};
  const env = caseEnvironment(envDoc);
  const rel = `tests/${name}/app.yaml`;
  const loaded = loadApps([{ file: `${cap.dir}/${rel}`, text: appText }]);
  const problems = [...loaded.problems];
  for (const app of loaded.apps) pinToCaseVersion(app, cap);
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
  return { problems, docs };
}
function expectedErrorsResult(id, name, problems, expectErrors) {
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
function expectedOutputResult(id, name, files, caseDir, text, update) {
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
function pinToCaseVersion(app, cap) {
  const pin = (type) => type === cap.name ? `${cap.name}@${cap.version}` : type;
  for (const c of app.components) {
    c.type = pin(c.type);
    for (const t of c.traits) t.type = pin(t.type);
  }
}

// src/cli/command.ts
var str = (v, k) => typeof v[k] === "string" ? v[k] : void 0;
var list = (v, k) => {
  const x = v[k];
  if (x === void 0) return void 0;
  return (Array.isArray(x) ? x : [String(x)]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
};

// src/cli/ecosystem.ts
import { mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2, resolve } from "node:path";
var sourceOf = (v) => resolve(str(v, "source") ?? ".");
async function capabilitiesAdd(values, arg, reporter) {
  if (!arg)
    throw new UsageError(
      "capabilities add needs <git-url>@<ref>, e.g. https://github.com/acme/caps.git@v1.0.0"
    );
  const { addGitPack, parsePackArg } = await import("./chunks/capabilities-add-DY3SELDJ.js");
  const source = sourceOf(values);
  const ref = parsePackArg(arg, str(values, "path"));
  const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
  const r = await addGitPack(source, ref, id);
  reporter.info(
    `added ${r.source} (commit ${r.commit.slice(0, 12)}): ${r.capabilities.join(", ")}
wrote capstan.yaml and capstan.lock (${r.locked.length} capabilities locked)`
  );
  return 0;
}
var ECOSYSTEM_COMMANDS = {
  init: {
    usage: `init      [DIR]  scaffold capstan.yaml, an example app, capstan.lock, schemas and workflows
  capstan init [DIR] [--env-repo URL|OWNER/NAME] [--app NAME] [--no-workflows]
    Writes into DIR (default .) and never overwrites a file; then
    \`capstan render --out out\` works with no edits.`,
    options: {
      "env-repo": { type: "string" },
      app: { type: "string" },
      "no-workflows": { type: "boolean" }
    },
    async run(values, pos, reporter) {
      const dir = resolve(pos[0] ?? ".");
      mkdirSync(dir, { recursive: true });
      const { initRepo, nextSteps } = await import("./chunks/init-ISHK6HRZ.js");
      const r = await initRepo(dir, {
        envRepo: str(values, "env-repo"),
        app: str(values, "app"),
        noWorkflows: values["no-workflows"] === true
      });
      for (const f of r.written) reporter.info(`wrote ${f}`);
      for (const f of r.kept) reporter.info(`kept  ${f} (exists)`);
      if (r.problems.length) {
        reporter.notice(
          "capstan.lock was not written: fix the errors below, then run `capstan lock`"
        );
        throw new UserError(r.problems);
      }
      const opts = {
        envRepo: str(values, "env-repo"),
        noWorkflows: values["no-workflows"] === true
      };
      reporter.info(["next:", ...nextSteps(dir, pos[0] ?? ".", opts)].join("\n"));
      return 0;
    }
  },
  bootstrap: {
    usage: `bootstrap --argocd | --flux  write the Argo CD or Flux objects that deploy the env repo
  capstan bootstrap --argocd | --flux [--source DIR] [--out DIR] [--repo-url URL]
                    [--name NAME] [--namespace NS] [--interval 1m]
    --argocd: an AppProject and an ApplicationSet (git directory generator over
    <root>/*/*, one Application per env/app, automated sync with prune + selfHeal).
    --flux: a GitRepository and one Kustomization per environment (prune: true).
    Prints to stdout, or writes DIR/argocd.yaml / DIR/flux.yaml with --out.`,
    options: {
      source: { type: "string" },
      out: { type: "string" },
      argocd: { type: "boolean" },
      flux: { type: "boolean" },
      "repo-url": { type: "string" },
      name: { type: "string" },
      namespace: { type: "string" },
      interval: { type: "string" }
    },
    async run(values, _pos, reporter) {
      const which = [values.argocd ? "argocd" : "", values.flux ? "flux" : ""].filter(Boolean);
      if (which.length !== 1)
        throw new UsageError("bootstrap needs exactly one of --argocd or --flux");
      const b = await import("./chunks/bootstrap-VLASS4JJ.js");
      const config = loadConfig(readConfigFile(sourceOf(values)));
      const opts = {
        repoUrl: str(values, "repo-url"),
        name: str(values, "name"),
        namespace: str(values, "namespace"),
        interval: str(values, "interval")
      };
      const objs = which[0] === "argocd" ? b.argocdManifests(config, opts) : b.fluxManifests(config, opts);
      await b.validateManifests(objs);
      const text = b.manifestsText(
        objs,
        `${which[0] === "argocd" ? "Argo CD" : "Flux"} objects for the capstan env repo; written by \`capstan bootstrap --${which[0]}\``
      );
      const out = str(values, "out");
      if (!out) {
        process.stdout.write(text);
        return 0;
      }
      mkdirSync(resolve(out), { recursive: true });
      const file = join2(resolve(out), `${which[0]}.yaml`);
      writeFileSync2(file, text);
      reporter.info(`wrote ${file}: ${objs.map((o) => o.kind).join(", ")}`);
      return 0;
    }
  },
  import: {
    usage: `import    DIR|FILE...  report what a KubeVela setup needs to run with capstan
  capstan import DIR|FILE... [--source DIR] [--json]
    Reads KubeVela Applications and Component/Trait/PolicyDefinitions (CUE) and
    reports per definition whether a capability covers it (same name, superset of
    its parameters) or what must be written; per Application which types are
    covered. Writes nothing; exits 0.`,
    options: {
      source: { type: "string" },
      json: { type: "boolean" },
      "source-repo": { type: "string" }
    },
    async run(values, pos, _reporter) {
      if (!pos.length) throw new UsageError("import needs at least one DIR or FILE");
      const { importKubeVela, formatImportReport } = await import("./chunks/import-5VNCML6V.js");
      const { existsSync: existsSync2 } = await import("node:fs");
      const source = sourceOf(values);
      let registry;
      if (str(values, "source") && existsSync2(join2(source, "capstan.yaml"))) {
        const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
        registry = (await loadFromDir({ source, ...id })).registry;
      } else registry = (await import("./chunks/capability-docs-WDU3YD6V.js")).builtinRegistry();
      const report = importKubeVela(pos, registry);
      process.stdout.write(
        values.json ? JSON.stringify(report, null, 2) + "\n" : formatImportReport(report)
      );
      return 0;
    }
  },
  set: {
    usage: `set       image APP/COMPONENT=IMAGE  bump an image in the Application file, in place
  capstan set image APP/COMPONENT=IMAGE[:TAG|@DIGEST]... [--source DIR]
    Only the image scalar changes (comments and formatting kept). =:TAG or
    =@sha256:\u2026 keeps the repository and replaces the tag or digest.`,
    options: { source: { type: "string" }, json: { type: "boolean" } },
    async run(values, pos, reporter) {
      const [what, ...args] = pos;
      if (what !== "image" || !args.length)
        throw new UsageError("usage: capstan set image APP/COMPONENT=IMAGE[:TAG|@DIGEST]...");
      const { parseImageArg, setImages } = await import("./chunks/set-image-XX75BXXQ.js");
      const results = setImages(sourceOf(values), args.map(parseImageArg));
      if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + "\n");
      else
        for (const r of results)
          reporter.info(
            r.changed ? `${r.file}:${r.line}: ${r.app}/${r.component} ${r.before} \u2192 ${r.after}` : `${r.file}:${r.line}: ${r.app}/${r.component} already ${r.after}`
          );
      return 0;
    }
  },
  schema: {
    usage: `schema    [--out DIR]  write JSON Schemas (capstan.yaml, Applications) for editors
  capstan schema [--source DIR] [--out DIR] [--builtin]
    Schemas for the repository's own capability set (builtin + local + git packs):
    each component's and trait's properties are checked against that capability.
    Default --out: <source>/schemas. Files: ${"capstan.schema.json"}, application.schema.json.
    --builtin: the built-in set only (needs no capstan.yaml).`,
    options: {
      source: { type: "string" },
      out: { type: "string" },
      builtin: { type: "boolean" },
      "source-repo": { type: "string" }
    },
    async run(values, _pos, reporter) {
      const g = await import("./chunks/schema-gen-DYS6LDCW.js");
      const source = sourceOf(values);
      const out = resolve(str(values, "out") ?? join2(source, "schemas"));
      let written;
      if (values.builtin) {
        const { builtinRegistry } = await import("./chunks/capability-docs-WDU3YD6V.js");
        written = g.writeSchemas(builtinRegistry(), out, g.BUILTIN_SCHEMA_FILES);
      } else {
        const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
        const src = await loadFromDir({ source, ...id });
        written = g.writeSchemas(src.registry, out);
      }
      for (const w of written) reporter.info(`wrote ${w}`);
      reporter.info(
        `add to the first line of a file: # yaml-language-server: $schema=<relative path to ${g.SCHEMA_FILES.application}>`
      );
      return 0;
    }
  }
};

// src/cli/progress.ts
var NOOP = { tick() {
}, setTotal() {
}, done() {
}, stop() {
} };
function createProgress(what, total = 0, opts = {}) {
  if (opts.quiet) return NOOP;
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  const tty = stream.isTTY === true && !process.env.CI;
  const every = tty ? opts.ttyEveryMs ?? 100 : opts.plainEveryMs ?? 5e3;
  const start = now();
  let count = 0;
  let last = start;
  let current = "";
  let drawn = false;
  const line = () => {
    const secs = ((now() - start) / 1e3).toFixed(1);
    const of = total ? `${count}/${total}` : String(count);
    const pct = total ? ` ${Math.floor(count / total * 100)}%` : "";
    return `${what}: ${of}${pct} (${secs} s)${current ? ` ${current}` : ""}`;
  };
  const draw = () => {
    if (tty) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1B[K${line().slice(0, width)}`);
      drawn = true;
    } else stream.write(line() + "\n");
  };
  return {
    tick(n = 1, label) {
      count += n;
      if (label !== void 0) current = label;
      const t = now();
      if (t - last >= every) {
        last = t;
        draw();
      }
    },
    setTotal(t) {
      total = t;
    },
    done(summary) {
      current = "";
      if (tty && drawn) stream.write("\r\x1B[K");
      const secs = ((now() - start) / 1e3).toFixed(1);
      if (summary !== void 0) stream.write(`${summary}
`);
      else if (!tty || drawn)
        stream.write(`${what}: ${count}${total ? `/${total}` : ""} done in ${secs} s
`);
    },
    stop() {
      if (tty && drawn) stream.write("\r\x1B[K");
      drawn = false;
    }
  };
}

// src/cli/commands.ts
async function load(values, opts = {}) {
  const source = resolve2(str(values, "source") ?? ".");
  const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
  const onConfig = opts.onConfig && ((c) => opts.onConfig(c, id.sourceRepo));
  return loadFromDir({
    source,
    ...id,
    refreshGitPacks: opts.refreshGitPacks,
    onConfig,
    previousStates: opts.previousStates
  });
}
function quietEnvRepo(url, source) {
  if (!url || /\bOWNER\//.test(url)) return void 0;
  return envRepoLocation(url, process.env.GITHUB_SERVER_URL || "https://github.com", source);
}
function configuredEnvRepo(url, source, reporter, push) {
  if (!url)
    throw new UsageError(
      "render needs --out DIR, --env-repo PATH|URL, or envRepo.url in capstan.yaml"
    );
  if (/\bOWNER\//.test(url))
    throw new UsageError(
      `envRepo.url in capstan.yaml is still the placeholder ${url}: set it to your environment repository, or pass --out DIR`
    );
  const location = quietEnvRepo(url, source);
  reporter.info(
    `env repo: ${location} (envRepo.url in capstan.yaml)${push ? "" : " \u2014 a dry run; --push commits and pushes"}`
  );
  return location;
}
var COMMANDS = {
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
      workdir: { type: "string" }
    },
    async run(values, _pos, reporter) {
      const out = str(values, "out");
      let envRepo = str(values, "env-repo");
      if (out && envRepo)
        throw new UsageError("render takes --out DIR or --env-repo PATH|URL, not both");
      const source = resolve2(str(values, "source") ?? ".");
      const t0 = performance.now();
      const flags = (envRepo2, fromConfig2) => ({
        source,
        envRepo: envRepo2,
        push: values.push === true,
        dryRun: values["dry-run"] === true || fromConfig2 && values.push !== true,
        envs: list(values, "env"),
        frozen: values.frozen === true,
        allowMassDeletion: values["allow-mass-deletion"] === true,
        pruneRemovedEnvs: values["prune-removed-envs"] === true,
        tokenEnv: str(values, "token-env"),
        workdir: str(values, "workdir")
      });
      const cli = out ? void 0 : await import("./chunks/render-repo-NJJTOE3G.js");
      let started;
      const onConfig = (config, sourceRepo) => {
        const early = envRepo ?? quietEnvRepo(config.envRepo.url, source);
        if (cli && early)
          started = cli.startEnvRepoEarly(config, sourceRepo, flags(early, !envRepo));
      };
      let previous;
      const previousStates = (config) => {
        if (started) return started.states;
        if (!out) return void 0;
        previous = previousInDir(config, resolve2(out), list(values, "env"));
        return previous && [...previous.values()].map((p) => p.state);
      };
      let src;
      try {
        src = await load(values, cli ? { onConfig, previousStates } : { previousStates });
      } catch (e) {
        await started?.close();
        throw e;
      }
      const fromConfig = !out && !envRepo;
      if (fromConfig) {
        try {
          envRepo = configuredEnvRepo(
            src.config.envRepo.url,
            source,
            reporter,
            values.push === true
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
          out: resolve2(out),
          envs: list(values, "env"),
          frozen: values.frozen === true,
          allowMassDeletion: values["allow-mass-deletion"] === true,
          progress: createProgress("render", 0, { quiet: values.quiet === true }),
          previous
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
        `wrote ${r.filesWritten} file(s), deleted ${r.filesDeleted} under ${resolve2(out)} in ${((performance.now() - t0) / 1e3).toFixed(2)} s`
      );
      return 0;
    }
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
      "source-repo": { type: "string" }
    },
    async run(values, _pos, reporter) {
      const { runDiff } = await import("./chunks/diff-PMBD6K5X.js");
      return runDiff(reporter, {
        source: resolve2(str(values, "source") ?? "."),
        base: str(values, "base"),
        head: str(values, "head"),
        format: str(values, "format"),
        frozen: values.frozen === true,
        sourceRepo: str(values, "source-repo"),
        color: process.stdout.isTTY === true && !process.env.NO_COLOR
      });
    }
  },
  promote: {
    usage: `promote   --from ENV --to ENV  re-render the next environment at what the previous one runs, as a PR
  capstan promote [--source DIR] --env-repo PATH|URL --from ENV --to ENV[,ENV\u2026] [--apps a,b]
                  [--revision SHA] [--force] [--push] [--frozen] [--token-env NAME] [--workdir DIR]
    Only edges declared by promotesFrom in capstan.yaml. Reads the source commit of each
    app in ENV(from)'s state.json, renders ENV(to) with each app at its commit, commits
    the result on branch capstan/promote/<from>-to-<to> (from <to>'s branch tip) and, with
    --push, pushes it (force-with-lease) and opens or updates one pull request labelled
    capstan:promotion (a token from --token-env, default CAPSTAN_TOKEN; GITHUB_API_URL /
    GITHUB_SERVER_URL). Without GitHub it prints the pull request it would open.
    --apps promotes only those apps. --revision renders ENV(to) at an explicit source
    revision \u2014 the only way to move an app backwards (a rollback, said so in the PR).
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
      workdir: { type: "string" }
    },
    async run(values, _pos, reporter) {
      const from = str(values, "from");
      const to = list(values, "to");
      if (!from || !to?.length)
        throw new UsageError(
          "promote needs --from ENV and --to ENV (or --to ENV,ENV,\u2026 to fan out)"
        );
      const { promoteCli } = await import("./chunks/promote-WOJQDBYZ.js");
      return promoteCli(
        {
          source: resolve2(str(values, "source") ?? "."),
          envRepo: str(values, "env-repo"),
          from,
          to,
          apps: list(values, "apps"),
          revision: str(values, "revision"),
          force: values.force === true,
          push: values.push === true,
          frozen: values.frozen === true,
          sourceRepo: str(values, "source-repo"),
          workdir: str(values, "workdir") ? resolve2(str(values, "workdir")) : void 0
        },
        str(values, "token-env"),
        reporter
      );
    }
  },
  validate: {
    usage: `validate  [--source DIR]  check capstan.yaml, applications, capabilities and rendered objects
  capstan validate [--source DIR] [--env NAME]... [--frozen] [--json]
    Loads and renders everything in memory; reports every problem; writes nothing.
    --json: one JSON object on stdout ({ valid, problems, \u2026 }) for tools.`,
    options: {
      source: { type: "string" },
      env: { type: "string", multiple: true },
      frozen: { type: "boolean" },
      json: { type: "boolean" },
      "source-repo": { type: "string" }
    },
    async run(values, pos, reporter) {
      if (values.json) {
        const { validateJson } = await import("./chunks/validate-json-UWCY5I7X.js");
        return validateJson((r) => COMMANDS.validate.run({ ...values, json: false }, pos, r));
      }
      const src = await load(values);
      const envs = selectEnvs(src, list(values, "env"));
      const { validateAll } = await import("./chunks/validate-PKAITY7O.js");
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
      const source = resolve2(str(values, "source") ?? ".");
      const src = await load(values, { refreshGitPacks: values.update === true });
      if (values.update) src.registry.ignoreLock();
      const used = usedCapabilities(src);
      if (used.problems.length) throw new UserError(used.problems);
      if (!values.update && src.lock) {
        await prepare(src, src.config.environments, { frozen: false });
      }
      const text = emitLock(lockFromCapabilities(used.caps));
      writeFileSync3(resolve2(source, LOCK_FILE), text);
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
      "source-repo": { type: "string" }
    },
    async run(values, pos, reporter) {
      const [sub, arg] = pos;
      if (sub === "add") return capabilitiesAdd(values, arg, reporter);
      if (sub === "docs") {
        const { capabilityDocs } = await import("./chunks/capability-docs-WDU3YD6V.js");
        const text = await capabilityDocs(
          arg ? resolve2(arg) : void 0,
          () => registryFor(values)
        );
        const out = str(values, "out");
        if (out) {
          writeFileSync3(resolve2(out), text);
          reporter.info(`wrote ${resolve2(out)}`);
        } else process.stdout.write(text);
        return 0;
      }
      if (sub === "test") {
        const results = await runCapabilityTests(
          arg ? resolve2(arg) : void 0,
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
        `capabilities needs list, show NAME, test [DIR], docs [DIR] or add URL@REF

${COMMANDS.capabilities.usage}`
      );
    }
  },
  ...ECOSYSTEM_COMMANDS
};
async function registryFor(values) {
  const { existsSync: existsSync2 } = await import("node:fs");
  const source = resolve2(str(values, "source") ?? ".");
  if (existsSync2(resolve2(source, "capstan.yaml"))) return (await load(values)).registry;
  const { builtinRegistry } = await import("./chunks/capability-docs-WDU3YD6V.js");
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
    const { CAPSTAN_VERSION } = await import("./chunks/version-LRRVGXY4.js");
    process.stdout.write(CAPSTAN_VERSION + "\n");
    return 0;
  }
  const since = pathCounts();
  try {
    return await runCommand(name, rest, io);
  } finally {
    if (referenceMode()) process.stderr.write(referenceLine(since) + "\n");
  }
}
async function runCommand(name, rest, io) {
  const cmd = COMMANDS[name];
  const quiet = rest.includes("--quiet") || rest.includes("-q");
  const writes = !["validate", "diff", "init"].includes(name);
  const reporter = io.reporter ?? consoleReporter({ quiet, writes });
  try {
    if (!cmd)
      throw new UsageError(
        `unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}

${USAGE}`
      );
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
