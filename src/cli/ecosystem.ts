/**
 * CLI entries for fitting into the ecosystem: init, bootstrap, import, set
 * image, schema, and `capabilities add`. Spread into COMMANDS (commands.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError, UserError } from "../core/common/errors.ts";
import { loadConfig } from "../core/model/config.ts";
import { readConfigFile } from "../adapters/source-files.ts";
import { loadFromDir } from "../flows/shared/load.ts";
import { sourceIdentity } from "../flows/shared/identity.ts";
import type { Reporter } from "../flows/shared/reporter.ts";
import { str, type Command, type Values } from "./command.ts";

const sourceOf = (v: Values) => resolve(str(v, "source") ?? ".");

/** `capstan capabilities add <git-url>@<ref> [--path P]` (a branch of `capabilities`). */
export async function capabilitiesAdd(
  values: Values,
  arg: string | undefined,
  reporter: Reporter,
): Promise<number> {
  if (!arg)
    throw new UsageError(
      "capabilities add needs <git-url>@<ref>, e.g. https://github.com/acme/caps.git@v1.0.0",
    );
  const { addGitPack, parsePackArg } = await import("../tools/capabilities-add.ts");
  const source = sourceOf(values);
  const ref = parsePackArg(arg, str(values, "path"));
  const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
  const r = await addGitPack(source, ref, id);
  reporter.info(
    `added ${r.source} (commit ${r.commit.slice(0, 12)}): ${r.capabilities.join(", ")}\nwrote capstan.yaml and capstan.lock (${r.locked.length} capabilities locked)`,
  );
  return 0;
}

export const ECOSYSTEM_COMMANDS: Record<string, Command> = {
  init: {
    usage: `init      [DIR]  scaffold capstan.yaml, an example app, capstan.lock, schemas and workflows
  capstan init [DIR] [--env-repo URL|OWNER/NAME] [--app NAME] [--no-workflows]
    Writes into DIR (default .) and never overwrites a file; then
    \`capstan render --out out\` works with no edits.`,
    options: {
      "env-repo": { type: "string" },
      app: { type: "string" },
      "no-workflows": { type: "boolean" },
    },
    async run(values, pos, reporter) {
      const dir = resolve(pos[0] ?? ".");
      mkdirSync(dir, { recursive: true });
      const { initRepo, nextSteps } = await import("../tools/init.ts");
      const r = await initRepo(dir, {
        envRepo: str(values, "env-repo"),
        app: str(values, "app"),
        noWorkflows: values["no-workflows"] === true,
      });
      for (const f of r.written) reporter.info(`wrote ${f}`);
      for (const f of r.kept) reporter.info(`kept  ${f} (exists)`);
      if (r.problems.length) {
        reporter.notice(
          "capstan.lock was not written: fix the errors below, then run `capstan lock`",
        );
        throw new UserError(r.problems);
      }
      const opts = {
        envRepo: str(values, "env-repo"),
        noWorkflows: values["no-workflows"] === true,
      };
      reporter.info(["next:", ...nextSteps(dir, pos[0] ?? ".", opts)].join("\n"));
      return 0;
    },
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
      interval: { type: "string" },
    },
    async run(values, _pos, reporter) {
      const which = [values.argocd ? "argocd" : "", values.flux ? "flux" : ""].filter(Boolean);
      if (which.length !== 1)
        throw new UsageError("bootstrap needs exactly one of --argocd or --flux");
      const b = await import("../tools/bootstrap.ts");
      const config = loadConfig(readConfigFile(sourceOf(values)));
      const opts = {
        repoUrl: str(values, "repo-url"),
        name: str(values, "name"),
        namespace: str(values, "namespace"),
        interval: str(values, "interval"),
      };
      const objs =
        which[0] === "argocd" ? b.argocdManifests(config, opts) : b.fluxManifests(config, opts);
      await b.validateManifests(objs);
      const text = b.manifestsText(
        objs,
        `${which[0] === "argocd" ? "Argo CD" : "Flux"} objects for the capstan env repo; written by \`capstan bootstrap --${which[0]}\``,
      );
      const out = str(values, "out");
      if (!out) {
        process.stdout.write(text);
        return 0;
      }
      mkdirSync(resolve(out), { recursive: true });
      const file = join(resolve(out), `${which[0]}.yaml`);
      writeFileSync(file, text);
      reporter.info(`wrote ${file}: ${objs.map((o) => o.kind).join(", ")}`);
      return 0;
    },
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
      "source-repo": { type: "string" },
    },
    async run(values, pos, _reporter) {
      if (!pos.length) throw new UsageError("import needs at least one DIR or FILE");
      const { importKubeVela, formatImportReport } = await import("../tools/import.ts");
      const { existsSync } = await import("node:fs");
      const source = sourceOf(values);
      let registry;
      if (str(values, "source") && existsSync(join(source, "capstan.yaml"))) {
        const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
        registry = (await loadFromDir({ source, ...id })).registry;
      } else registry = (await import("../tools/capability-docs.ts")).builtinRegistry();
      const report = importKubeVela(pos, registry);
      process.stdout.write(
        values.json ? JSON.stringify(report, null, 2) + "\n" : formatImportReport(report),
      );
      return 0;
    },
  },
  set: {
    usage: `set       image APP/COMPONENT=IMAGE  bump an image in the Application file, in place
  capstan set image APP/COMPONENT=IMAGE[:TAG|@DIGEST]... [--source DIR]
    Only the image scalar changes (comments and formatting kept). =:TAG or
    =@sha256:… keeps the repository and replaces the tag or digest.`,
    options: { source: { type: "string" }, json: { type: "boolean" } },
    async run(values, pos, reporter) {
      const [what, ...args] = pos;
      if (what !== "image" || !args.length)
        throw new UsageError("usage: capstan set image APP/COMPONENT=IMAGE[:TAG|@DIGEST]...");
      const { parseImageArg, setImages } = await import("../tools/set-image.ts");
      const results = setImages(sourceOf(values), args.map(parseImageArg));
      if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + "\n");
      else
        for (const r of results)
          reporter.info(
            r.changed
              ? `${r.file}:${r.line}: ${r.app}/${r.component} ${r.before} → ${r.after}`
              : `${r.file}:${r.line}: ${r.app}/${r.component} already ${r.after}`,
          );
      return 0;
    },
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
      "source-repo": { type: "string" },
    },
    async run(values, _pos, reporter) {
      const g = await import("../tools/schema-gen.ts");
      const source = sourceOf(values);
      const out = resolve(str(values, "out") ?? join(source, "schemas"));
      let written: string[];
      if (values.builtin) {
        const { builtinRegistry } = await import("../tools/capability-docs.ts");
        written = g.writeSchemas(builtinRegistry(), out, g.BUILTIN_SCHEMA_FILES);
      } else {
        const id = await sourceIdentity(source, { sourceRepo: str(values, "source-repo") });
        const src = await loadFromDir({ source, ...id });
        written = g.writeSchemas(src.registry, out);
      }
      for (const w of written) reporter.info(`wrote ${w}`);
      reporter.info(
        `add to the first line of a file: # yaml-language-server: $schema=<relative path to ${g.SCHEMA_FILES.application}>`,
      );
      return 0;
    },
  },
};
