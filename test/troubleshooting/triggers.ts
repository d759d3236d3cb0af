/**
 * One trigger per message docs/troubleshooting.md quotes: the smallest input that
 * makes capstan print it. troubleshooting.test.ts runs each and matches the quote
 * (`…` stands for any text on the same line). To document a new message, add its
 * entry to the doc and one trigger here keyed by the exact quoted text.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { CapstanError } from "../../src/core/common/errors.ts";
import { renderToRepo } from "../../src/flows/render/render-repo.ts";
import { loadFromDir } from "../../src/flows/shared/load.ts";
import { runCli } from "../helpers/cli.ts";
import {
  bareRemote,
  commitAll,
  git,
  initRepo,
  seededRemote,
  tmpdir,
  writeTree,
} from "../helpers/git.ts";
import { startHttpGitServer } from "../helpers/http-git-server.ts";

export const dirs: string[] = [];

export const CONFIG = `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/**/*.yaml"]
envRepo: { branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
    namespace: staging
  - name: production
    promotesFrom: staging
capabilities:
  - builtin
  - path: capabilities
`;

/** An app with one webservice component; `props` and `traits` are YAML lines at their indent. */
export function app(
  name = "shop",
  props = "image: ghcr.io/acme/shop:1.0.0",
  traits = "",
  extra = "",
): string {
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: ${name}
spec:
  components:
    - name: web
      type: webservice
      properties:
        ${props}
${traits ? `      traits:\n${traits}\n` : ""}${extra}`;
}

/** A source folder: capstan.yaml, apps/shop.yaml, then `files` over them (null deletes). */
export async function source(files: Record<string, string | null> = {}): Promise<string> {
  const root = await tmpdir("capstan-trouble-");
  dirs.push(root);
  const dir = path.join(root, "src");
  const all: Record<string, string | null> = {
    "capstan.yaml": CONFIG,
    "apps/shop.yaml": app(),
    "capabilities/README.md": "local capabilities\n",
    "../shared/README.md": "outside\n",
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    if (text === null) continue;
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

/**
 * A source repository with two commits (shop 1.0.0, then 2.0.0) whose newer commit is
 * rendered into a new env repo; then a CI-like checkout of the older commit alone
 * (depth 1, origin = the source repository).
 */
async function olderCheckout(): Promise<{ old: string; env: string }> {
  const dir = await source();
  await initRepo(dir);
  await commitAll(dir, "c1");
  const older = await git(dir, "rev-parse", "HEAD");
  await writeTree(dir, { "apps/shop.yaml": app("shop", "image: ghcr.io/acme/shop:2.0.0") });
  await commitAll(dir, "c2");
  const env = await bareRemote(path.join(dir, "..", "env.git"));
  const url = `file://${env}`;
  await run("render", "--source", dir, "--env-repo", url, "--push", "--source-repo", "acme/src");
  const old = path.join(dir, "..", "ci");
  await initRepo(old);
  await git(old, "remote", "add", "origin", `file://${dir}`);
  await git(old, "fetch", "-q", "--depth=1", "origin", older);
  await git(old, "checkout", "-q", "--detach", older);
  return { old, env: url };
}

/** Everything a user reads from `capstan <args>` (problems as `file:line:col at path (cap) env: message`). */
export async function run(...args: string[]): Promise<string> {
  return (await runCli(args)).text;
}

export const validate = async (files: Record<string, string | null>) =>
  run("validate", "--source", await source(files));

/** A local capability pack `t@1.0.0` (a trait patching labels unless `files` say otherwise). */
export function pack(
  files: Record<string, string>,
  kind = "Trait",
  emits = "[]",
): Record<string, string> {
  const out: Record<string, string> = {
    "capabilities/t/1.0.0/capability.yaml": `apiVersion: capstan.dev/v1alpha1
kind: ${kind}
description: test
${kind === "Trait" ? 'appliesTo: ["*"]\nconflictsWith: []\n' : ""}emits: ${emits}
parameters: { type: object, additionalProperties: true }
`,
  };
  for (const [f, t] of Object.entries(files)) out[`capabilities/t/1.0.0/${f}`] = t;
  return out;
}

const traitT = "        - type: t\n          properties: { n: 0 }";

export type Trigger = () => Promise<string>;

export const TRIGGERS: Record<string, Trigger> = {
  // capstan.yaml
  '… at /kubeVersion: kubeVersion 1.30 is a YAML number (it reads as 1.3); quote it: kubeVersion: "1.30"':
    () => validate({ "capstan.yaml": CONFIG.replace('kubeVersion: "1.31"', "kubeVersion: 1.30") }),
  "capstan.yaml:15:1: expected exactly one YAML document, found 2": () =>
    validate({ "capstan.yaml": CONFIG + "---\nkind: Other\n" }),
  "capstan.yaml:…:… at /environments/0/promotesFrom: promotesFrom forms a cycle: staging → production → staging":
    () =>
      validate({
        "capstan.yaml": CONFIG.replace("    autoDeploy: true\n", "    promotesFrom: production\n"),
      }),
  '… at /environments/1/promotesFrom: promotesFrom names unknown environment "stagin" (environments: staging, production); did you mean "staging"?':
    () =>
      validate({ "capstan.yaml": CONFIG.replace("promotesFrom: staging", "promotesFrom: stagin") }),
  'capstan.yaml:… at /envRepo/root: envRepo.root "../outside" must be a plain folder path inside the env repo (no ".", ".." or ".git" segments)':
    () => validate({ "capstan.yaml": CONFIG.replace("root: envs", "root: ../outside") }),
  '… at /capabilities/1/path: capability folder "../shared" is outside the source repository': () =>
    validate({ "capstan.yaml": CONFIG.replace("path: capabilities", "path: ../shared") }),
  // YAML
  "apps/shop.yaml:…: Map keys must be unique": () =>
    validate({ "apps/shop.yaml": app().replace("metadata:\n", "metadata:\n  name: a\n") }),
  "apps/shop.yaml:…: Tabs are not allowed as indentation": () =>
    validate({ "apps/shop.yaml": app().replace("  name: shop", "\tname: shop") }),
  "apps/shop.yaml:…: file is not valid UTF-8": async () => {
    const dir = await source();
    await fs.writeFile(
      path.join(dir, "apps/shop.yaml"),
      Buffer.from(app().replace("shop:1.0.0", "sh\xe9p"), "latin1"),
    );
    return run("validate", "--source", dir);
  },
  "apps/big.yaml: file is 10.0 MiB; capstan reads files up to 5 MiB": () =>
    validate({ "apps/big.yaml": "# " + "x".repeat(10 * 1024 * 1024 - 3) + "\n" }),
  "apps/shop.yaml:…: Excessive alias count indicates a resource exhaustion attack": () =>
    validate({
      "apps/shop.yaml":
        app() +
        "  x: &a [1]\n" +
        Array.from({ length: 120 }, (_, i) => `  y${i}: *a`).join("\n") +
        "\n",
    }),
  "apps/shop.yaml:…: Unresolved tag: tag:yaml.org,2002:binary": () =>
    validate({ "apps/shop.yaml": app("shop", "image: !!binary aGVsbG8=") }),
  "apps/shop.yaml:… at /spec/components/0/properties/image (webservice@1.0.0) env staging: must be string":
    () => validate({ "apps/shop.yaml": app("shop", "image: 0755") }),
  // Applications
  'apps/shop.yaml:… at /spec/components/0/type: unknown component type "webservise" (did you mean "webservice"?); available: …, webservice, worker':
    () => validate({ "apps/shop.yaml": app().replace("type: webservice", "type: webservise") }),
  "… at /spec/components/0/type: component type webservice@9 does not exist; versions of webservice: 1.0.0":
    () => validate({ "apps/shop.yaml": app().replace("type: webservice", "type: webservice@9") }),
  "… at /spec/components/0/type: must be a capability reference: name, name@1, name@1.2 or name@1.2.3 …":
    () => validate({ "apps/shop.yaml": app().replace("type: webservice", "type: webservice@1.x") }),
  '… at /spec/components/0/properties/imgae (webservice@1.0.0) env staging: unknown property "imgae"; did you mean "image"?':
    () => validate({ "apps/shop.yaml": app("shop", "image: x:1\n        imgae: x:1") }),
  '… must be one of "Always", "Never", "IfNotPresent"': () =>
    validate({ "apps/shop.yaml": app("shop", "image: x:1\n        imagePullPolicy: Sometimes") }),
  '… (webservice@1.0.0) env staging: unknown property "debugMode": webservice@1.0.0 has no such parameter (KubeVela would have ignored it silently; capstan refuses it so a typo cannot pass)':
    () => validate({ "apps/shop.yaml": app("shop", "image: x:1\n        debugMode: true") }),
  '… missing required property "image"': () =>
    validate({ "apps/shop.yaml": app("shop", "cpu: 100m") }),
  "… (canary@1.0.0) …: trait canary@1.0.0 does not apply to component type statefulset (StatefulSet); it applies to: deployments.apps":
    () =>
      validate({
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "        - type: canary\n          properties: { steps: [{ weight: 10 }] }",
        ).replace("type: webservice", "type: statefulset"),
      }),
  '… trait "k8s-update-strategy" conflicts with trait "canary" on component "web": they set the same fields; keep one of them':
    () =>
      validate({
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "        - type: canary\n          properties: { steps: [{ weight: 10 }] }\n        - type: k8s-update-strategy\n          properties: {}",
        ),
      }),
  '… at /spec/workflow/steps/0/properties/policies: deploy step "to-mars" targets topology policy "mars", but no environment in capstan.yaml claims it (environments and their policies: …)':
    () =>
      validate({
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "",
          "  policies:\n    - { name: mars, type: topology, properties: {} }\n  workflow:\n    steps:\n      - { name: to-mars, type: deploy, properties: { policies: [mars] } }\n",
        ),
      }),
  "apps/shop.yaml:4:9 at /metadata/name: application name \"../x\" is not a valid name: lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123)":
    () => validate({ "apps/shop.yaml": app('"../x"') }),
  '… duplicate application "shop" (also in apps/other.yaml)': () =>
    validate({ "apps/other.yaml": app() }),
  '… "dependsOn" needs KubeVela\'s cluster runtime …': () =>
    validate({
      "apps/shop.yaml": app("shop", "image: x:1").replace(
        "      type: webservice\n",
        "      type: webservice\n      dependsOn: [db]\n",
      ),
    }),
  "capstan.lock: capstan.lock is missing; run capstan lock and commit it (or run without --frozen)":
    async () => run("validate", "--frozen", "--source", await source()),
  "capstan.lock (labels@1.1.0): capstan.lock does not list labels@1.1.0 (from builtin); run capstan lock and commit it":
    async () => {
      const dir = await source();
      await run("lock", "--source", dir);
      await fs.writeFile(
        path.join(dir, "apps/shop.yaml"),
        app("shop", "image: x:1", "        - type: labels\n          properties: { team: a }"),
      );
      return run("validate", "--frozen", "--source", dir);
    },
  "capstan.lock (t@1.0.0): integrity error: the content of t@1.0.0 (path:capabilities) changed since capstan.lock was written (…); a published version must never change — publish a new version, or run capstan lock --update if the change is intended":
    async () => {
      const dir = await source({
        ...pack({ "patch.yaml.hbs": "patch:\n  metadata:\n    labels:\n      a: b\n" }),
        "apps/shop.yaml": app("shop", "image: x:1", traitT),
      });
      await run("lock", "--source", dir);
      await fs.writeFile(
        path.join(dir, "capabilities/t/1.0.0/patch.yaml.hbs"),
        "patch:\n  metadata:\n    labels:\n      a: c\n",
      );
      return run("validate", "--source", dir);
    },
  "capabilities/t/1.0.0/passwd.yaml.hbs: symbolic links are not allowed in capability packs …":
    async () => {
      const dir = await source(pack({ "patch.yaml.hbs": "patch: {}\n" }));
      await fs.symlink("/etc/passwd", path.join(dir, "capabilities/t/1.0.0/passwd.yaml.hbs"));
      return run("validate", "--source", dir);
    },
  "capabilities/t/1.0.0/template.yaml.hbs:…:… (t@1.0.0): {{{ }}} (unescaped output) is not allowed: …":
    () =>
      validate(
        pack(
          {
            "template.yaml.hbs":
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{parameter.n}}}\n",
          },
          "ComponentType",
          "[{ apiVersion: v1, kind: ConfigMap }]",
        ),
      ),
  "… partials are not allowed in capability templates": () =>
    validate(
      pack(
        { "template.yaml.hbs": "apiVersion: v1\nkind: ConfigMap\n{{> p}}\n" },
        "ComponentType",
        "[{ apiVersion: v1, kind: ConfigMap }]",
      ),
    ),
  '… a {{value}} must stand as a whole YAML value (after key: or - , nothing else on the line); build strings with helpers, e.g. {{concat a ":" b}}':
    () =>
      validate(
        pack(
          {
            "template.yaml.hbs":
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a-{{parameter.n}}\n",
          },
          "ComponentType",
          "[{ apiVersion: v1, kind: ConfigMap }]",
        ),
      ),
  "capabilities/t/1.0.0/patch.yaml.hbs (t@1.0.0) env staging: template failed: div: division by zero":
    () =>
      validate({
        ...pack({
          "patch.yaml.hbs": "patch:\n  metadata:\n    labels:\n      n: {{div 1 parameter.n}}\n",
        }),
        "apps/shop.yaml": app("shop", "image: x:1", traitT),
      }),
  '… (t@1.0.0) …: the rendered template is not valid YAML (rendered line …: "…"): …': () =>
    validate({
      ...pack({
        "patch.yaml.hbs": "patch:\n  metadata:\n    labels: [\n",
      }),
      "apps/shop.yaml": app("shop", "image: x:1", traitT),
    }),
  'Secret "db" (component web, app shop, env staging): a plain Secret with literal data would be committed to git; use an ExternalSecret / SealedSecret, or set allowLiteralSecrets: true on environment "staging" in capstan.yaml':
    () =>
      validate({
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "        - type: k8s-objects-trait-missing\n",
        ).replace(
          /components:[\s\S]*$/,
          "components:\n    - name: web\n      type: k8s-objects\n      properties:\n        objects:\n          - { apiVersion: v1, kind: Secret, metadata: { name: db }, stringData: { p: x } }\n",
        ),
      }),
  'ConfigMap "aaaa…" (component web, app shop, env staging): name "aaaa…" is 300 characters; ConfigMap names are limited to 253':
    () =>
      validate({
        "apps/shop.yaml": app().replace(
          /components:[\s\S]*$/,
          `components:\n    - name: web\n      type: k8s-objects\n      properties:\n        objects:\n          - { apiVersion: v1, kind: ConfigMap, metadata: { name: ${"a".repeat(300)} }, data: { a: b } }\n`,
        ),
      }),
  'this run would delete 7 of the 10 objects in environment "staging"; if that is intended, pass --allow-mass-deletion (Action input allow-mass-deletion: true)':
    async () => {
      const apps: Record<string, string> = {};
      // Components named apart: one namespace holds one Deployment "web".
      const named = (n: string, props: string) =>
        app(n, props).replace("- name: web", `- name: ${n}`);
      for (const n of ["a", "b", "c", "d", "e"])
        apps[`apps/${n}.yaml`] = named(
          n,
          "image: x:1\n        ports: [{ port: 80, expose: true }]",
        );
      const dir = await source({ ...apps, "apps/shop.yaml": null });
      const out = path.join(dir, "..", "out");
      await run("render", "--source", dir, "--out", out, "--env", "staging");
      for (const n of ["b", "c", "d"]) await fs.rm(path.join(dir, `apps/${n}.yaml`));
      await fs.writeFile(path.join(dir, "apps/e.yaml"), named("e", "image: x:1"));
      return run("render", "--source", dir, "--out", out, "--env", "staging");
    },
  "envs/staging/.capstan/state.json: .capstan/state.json is not valid JSON (…); capstan will not overwrite files it cannot account for — restore it from the env repo's history (git checkout HEAD~1 -- envs/staging/.capstan/state.json) or delete it together with the files it listed":
    async () => {
      const dir = await source();
      const out = path.join(dir, "..", "out");
      await run("render", "--source", dir, "--out", out);
      await fs.writeFile(path.join(out, "envs/staging/.capstan/state.json"), "{ nope");
      return run("render", "--source", dir, "--out", out);
    },
  'envs/staging/.capstan/details/8.json is missing (.capstan/state.json lists app "shop", whose detail it holds); capstan will not overwrite files it cannot account for — restore it from the env repo\'s history (git log -- envs/staging/.capstan/details/8.json)':
    async () => {
      const dir = await source();
      const out = path.join(dir, "..", "out");
      await run("render", "--source", dir, "--out", out);
      await fs.rm(path.join(out, "envs/staging/.capstan/details/8.json"));
      await fs.writeFile(path.join(dir, "apps/shop.yaml"), app("shop", "image: x:2"));
      return run("render", "--source", dir, "--out", out);
    },
  "the env repo at … has uncommitted changes; commit or stash them first": async () => {
    const dir = await source();
    const env = path.join(dir, "..", "deploy");
    await initRepo(env, { "README.md": "env\n" });
    await commitAll(env, "init");
    await fs.writeFile(path.join(env, "dirty.txt"), "x");
    return run("render", "--source", dir, "--env-repo", env, "--source-repo", "acme/shop");
  },
  "/…/envs/staging/shop/service-web.yaml: cannot write: ENOSPC (…); the output folder was left as it was":
    async () => {
      const web = (port: number) =>
        app("shop", `image: x:1\n        ports: [{ port: ${port}, expose: true }]`);
      const dir = await source({ "apps/shop.yaml": web(8080) });
      const out = path.join(dir, "..", "out");
      await run("render", "--source", dir, "--out", out);
      // The Service changes; its temporary file is /dev/full, where every write fails
      // with ENOSPC (a full disk, through capstan's own write path).
      await fs.writeFile(path.join(dir, "apps/shop.yaml"), web(9090));
      const target = path.join(out, "envs/staging/shop/service-web.yaml");
      await fs.rm(target);
      await fs.symlink("/dev/full", `${target}.capstan-tmp`);
      return run("render", "--source", dir, "--out", out);
    },
  "gave up after 10 attempts: the env repo kept moving": async () => {
    const dir = await source();
    await initRepo(dir);
    await commitAll(dir, "source");
    const env = await seededRemote({ "README.md": "deploy\n" }, path.join(dir, "..", "env.git"));
    // Another run moves main while each push is received: every push loses its lease.
    const hook = path.join(env, "hooks/update");
    await fs.writeFile(
      hook,
      `#!/bin/sh
[ "$1" = refs/heads/main ] || exit 0
export GIT_AUTHOR_NAME=other GIT_AUTHOR_EMAIL=other@example.test
export GIT_COMMITTER_NAME=other GIT_COMMITTER_EMAIL=other@example.test
moved=$(git commit-tree "$2^{tree}" -p "$2" -m "another run") &&
  git update-ref refs/heads/main "$moved" "$2"
`,
    );
    await fs.chmod(hook, 0o755);
    // The flow behind \`render --env-repo URL --push\` (CLI and Action) with its default
    // number of attempts; only the backoff between them is shortened. What main() prints
    // for the error it throws: "error: " and the message.
    const src = await loadFromDir({
      source: dir,
      sourceRepo: "acme/src",
      commit: await git(dir, "rev-parse", "HEAD"),
    });
    const lines: string[] = [];
    const reporter = {
      info: (l: string) => void lines.push(l),
      notice: (l: string) => void lines.push(l),
      warn: (l: string) => void lines.push(l),
      problems: () => {},
    };
    try {
      await renderToRepo(
        src,
        { envRepo: `file://${env}`, push: true, sourceDir: dir, retry: { baseMs: 2, maxMs: 10 } },
        reporter,
      );
    } catch (e) {
      if (!(e instanceof CapstanError)) throw e;
      lines.push(`error: ${e.message}`);
    }
    return lines.join("\n");
  },
  'environment "staging" already holds the render of acme/src@… (…), a newer commit than this run\'s …; not replacing it':
    async () => {
      const { old, env } = await olderCheckout();
      return run(
        "render",
        "--source",
        old,
        "--env-repo",
        env,
        "--push",
        "--source-repo",
        "acme/src",
      );
    },
  "cannot tell whether acme/src@…, recorded in the env repo, is older or newer than this run's …: it is not in this checkout and fetching it from origin failed (…). Set `fetch-depth: 0` on actions/checkout, or make origin reachable.":
    async () => {
      const { old, env } = await olderCheckout();
      await git(old, "remote", "set-url", "origin", path.join(old, "..", "gone.git"));
      return run(
        "render",
        "--source",
        old,
        "--env-repo",
        env,
        "--push",
        "--source-repo",
        "acme/src",
      );
    },
  '… at /spec/workflow/steps/0/properties/policies/0: deploy step "to-staging" names policy "stage", which the application does not define; did you mean "staging"?':
    () =>
      validate({
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "",
          "  policies:\n    - { name: staging, type: topology, properties: {} }\n  workflow:\n    steps:\n      - { name: to-staging, type: deploy, properties: { policies: [stage] } }\n",
        ),
      }),
  '… (team-owner@1.0.0) env staging: unknown property "minAvailable"; team-owner@1.1.0 has "minAvailable" — capstan.lock holds 1.0.0: capstan lock --update moves to the newest version':
    async () => {
      const owner = (version: string, props: string) => ({
        [`capabilities/team-owner/${version}/capability.yaml`]: `apiVersion: capstan.dev/v1alpha1
kind: Trait
description: Team ownership label.
appliesTo: ["*"]
conflictsWith: []
emits: []
parameters:
  type: object
  additionalProperties: false
  properties: { ${props} }
`,
        [`capabilities/team-owner/${version}/patch.yaml.hbs`]:
          "patch:\n  metadata:\n    labels:\n      team: {{parameter.team}}\n",
      });
      const dir = await source({
        ...owner("1.0.0", "team: { type: string }"),
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "        - type: team-owner\n          properties: { team: a }",
        ),
      });
      await run("lock", "--source", dir);
      for (const [f, t] of Object.entries(
        owner("1.1.0", "team: { type: string }, minAvailable: { type: integer }"),
      ))
        await fs
          .mkdir(path.dirname(path.join(dir, f)), { recursive: true })
          .then(() => fs.writeFile(path.join(dir, f), t));
      await fs.writeFile(
        path.join(dir, "apps/shop.yaml"),
        app(
          "shop",
          "image: x:1",
          "        - type: team-owner\n          properties: { team: a, minAvailable: 1 }",
        ),
      );
      return run("validate", "--source", dir);
    },
  'app "shop" in environment "staging" is already rendered from acme/other-repo; app names must be unique across the source repositories feeding one env repo':
    async () => {
      const env = await bareRemote(path.join(await source(), "..", "env.git"));
      for (const repo of ["acme/other-repo", "acme/shop"]) {
        const dir = await source();
        await initRepo(dir);
        await commitAll(dir, "source");
        const out = await run(
          "render",
          "--source",
          dir,
          "--env-repo",
          `file://${env}`,
          "--push",
          "--source-repo",
          repo,
        );
        if (repo === "acme/shop") return out;
      }
      return "";
    },
  "git: could not list http://…: fatal: unable to access '…': Failed to connect to … Couldn't connect to server":
    async () =>
      run(
        "render",
        "--source",
        await source(),
        "--env-repo",
        "http://127.0.0.1:9/deploy.git",
        "--push",
        "--source-repo",
        "acme/shop",
      ),
  "git: could not list http://…/deploy.git: fatal: could not read Username for 'http://…': terminal prompts disabled — the env repo refused the credentials: check that the token (CAPSTAN_TOKEN, or the Action's token input) is set and may push to this repository":
    async () => {
      const root = await tmpdir("capstan-trouble-http-");
      dirs.push(root);
      await seededRemote({ "README.md": "deploy\n" }, path.join(root, "deploy.git"));
      const server = await startHttpGitServer({ root, token: "t0ken-not-given" });
      const old = process.env.CAPSTAN_TOKEN;
      delete process.env.CAPSTAN_TOKEN;
      try {
        const dir = await source();
        return await run(
          "render",
          "--source",
          dir,
          "--env-repo",
          server.urlFor("deploy.git"),
          "--push",
          "--source-repo",
          "acme/shop",
        );
      } finally {
        if (old !== undefined) process.env.CAPSTAN_TOKEN = old;
        await server.close();
      }
    },
  "… outputs.s: v1 Secret is not among the kinds the capability declares in emits (v1 ConfigMap)":
    () =>
      validate({
        ...pack(
          {
            "template.yaml.hbs":
              "output:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\noutputs:\n  s:\n    apiVersion: v1\n    kind: Secret\n    metadata:\n      name: s\n",
          },
          "ComponentType",
          "[{ apiVersion: v1, kind: ConfigMap }]",
        ),
        "apps/shop.yaml": app("shop", "n: 1").replace("type: webservice", "type: t"),
      }),
  // Added with the capability library, environment-wide identity and strict values.
  '… trait "scaler" conflicts with trait "hpa" on component "api": both own spec.replicas (…); keep hpa to autoscale between min and max, or scaler for a fixed count':
    () =>
      validate({
        "apps/shop.yaml": app(
          "shop",
          "image: x:1",
          "        - type: hpa\n          properties: { min: 1, max: 3 }\n        - type: scaler\n          properties: { replicas: 2 }",
        ).replace("- name: web", "- name: api"),
      }),
  "… (sidecar@1.1.0) env staging: trait sidecar@1.1.0 does not apply to component type my-runner (Runner); it applies to: podTemplate":
    () =>
      validate({
        "capabilities/my-runner/1.0.0/capability.yaml": `apiVersion: capstan.dev/v1alpha1
kind: ComponentType
description: A runner with no pod template.
workload: { apiVersion: acme.dev/v1, kind: Runner }
emits: [{ apiVersion: acme.dev/v1, kind: Runner }]
parameters: { type: object, additionalProperties: false, properties: {} }
`,
        "capabilities/my-runner/1.0.0/template.yaml.hbs":
          "output:\n  apiVersion: acme.dev/v1\n  kind: Runner\n  metadata:\n    name: {{context.name}}\n",
        "apps/shop.yaml": app(
          "shop",
          "{}",
          "        - type: sidecar@1.1.0\n          properties: { name: log, image: x:1 }",
        ).replace("type: webservice", "type: my-runner"),
      }),
  "apps/x.yaml: app x, env staging, component x, trait json-patch@1.0.0: operation 0 (replace /spec/replicas): /spec/replicas does not exist yet; replaced as add, as KubeVela does (RFC 6902 would fail)":
    () =>
      validate({
        "apps/shop.yaml": null,
        "apps/x.yaml": app(
          "x",
          "image: x:1",
          "        - type: json-patch\n          properties: { operations: [{ op: replace, path: /spec/replicas, value: 2 }] }",
        ).replace("- name: web", "- name: x"),
      }),
  'apps/shop.yaml:7:13 at /spec/components/0/name env staging: Deployment.apps/shop/web is rendered by both app "cart" (component "web", apps/cart.yaml) and app "shop" (component "web", apps/shop.yaml) in environment "staging"; one identity (kind, group, namespace, name) can hold one object, and kustomize refuses the whole environment — give one of them another name or namespace':
    () =>
      validate({
        "capstan.yaml": CONFIG.replace("namespace: staging", "namespace: shop"),
        "apps/cart.yaml": app("cart", "image: x:1"),
      }),
  "apps/shop.yaml:9:44: alias *S is inside the value anchored as &S (which starts at line 9): cyclic data cannot become a Kubernetes object":
    () =>
      validate({
        "apps/shop.yaml": app().replace(
          "      properties:\n        image: ghcr.io/acme/shop:1.0.0",
          "      properties: &S { image: x:1.0, self: *S }",
        ),
      }),
  'apps/notes.yaml:11:14 at /spec/components/0/properties/cpu (webservice@1.0.0) env staging: "250 millicores" is not a Kubernetes quantity (e.g. 250m, 0.5, 1Gi, 512Mi) — rendered into Deployment "web" (component web, app notes, env staging) at /spec/template/spec/containers/0/resources/requests/cpu (Kubernetes 1.31)':
    () =>
      validate({
        "apps/shop.yaml": null,
        "apps/notes.yaml": app("notes", "image: x:1\n        cpu: 250 millicores"),
      }),
  "apps/notes.yaml:15:19 at /spec/components/0/traits/0/properties/tier (labels@1.0.0) env staging: label value \"store front\" is not valid: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (or empty) — rendered into Deployment \"web\" …":
    () =>
      validate({
        "apps/shop.yaml": null,
        "apps/notes.yaml": app(
          "notes",
          "image: x:1",
          "        - type: labels@1.0.0\n          properties:\n            team: a\n            tier: store front",
        ),
      }),
  "apps/notes.yaml:15:20 at /spec/policies/0/properties/namespace: namespace \"Notes_Staging\" is not a valid namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123 label)":
    () =>
      validate({
        "apps/shop.yaml": null,
        "apps/notes.yaml": app(
          "notes",
          "image: x:1",
          "",
          "  policies:\n    - name: staging\n      type: topology\n      properties:\n        namespace: Notes_Staging\n",
        ),
      }),
  'apps/notes.yaml:16:25 at /spec/components/0/properties/objects/0/spec/ports/0/port (k8s-objects@1.0.0) env staging: port 70000 is not a port number (1–65535) — rendered into Service "notes" …':
    () =>
      validate({
        "apps/shop.yaml": null,
        "apps/notes.yaml": app("notes").replace(
          /components:[\s\S]*$/,
          "components:\n    - name: web\n      type: k8s-objects\n      properties:\n        objects:\n          - apiVersion: v1\n            kind: Service\n            metadata: { name: notes }\n            spec:\n              ports:\n                - port: 70000\n",
        ),
      }),
  'apps/notes.yaml:15:24 at /spec/components/0/traits/0/properties/spec/replica (json-merge-patch@1.0.0) env staging: unknown field "replica"; did you mean `replicas`? — rendered into Deployment "web" (component web, app notes, env staging) at /spec/replica (Kubernetes 1.31)':
    () =>
      validate({
        "apps/shop.yaml": null,
        "apps/notes.yaml": app(
          "notes",
          "image: x:1",
          "        - type: json-merge-patch\n          properties:\n            spec:\n              replica: 2",
        ),
      }),
  'capabilities/redis-cache/1.0.0/template.yaml.hbs:16:9 (redis-cache@1.0.0) env staging: unknown field "containerz"; did you mean `containers`? (written by the template) — rendered into Deployment "cache" (component cache, app notes, env staging) at /spec/template/spec/containerz (Kubernetes 1.31)':
    () =>
      validate({
        "apps/shop.yaml": null,
        "capabilities/redis-cache/1.0.0/capability.yaml": `apiVersion: capstan.dev/v1alpha1
kind: ComponentType
description: A Redis cache.
workload: { apiVersion: apps/v1, kind: Deployment }
emits: [{ apiVersion: apps/v1, kind: Deployment }]
parameters: { type: object, additionalProperties: false, properties: {} }
`,
        "capabilities/redis-cache/1.0.0/template.yaml.hbs": `output:
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: {{context.name}}
  spec:
    replicas: 1
    selector:
      matchLabels:
        app: {{context.name}}
    template:
      metadata:
        labels:
          app: {{context.name}}
      spec:
        containerz:
          - name: redis
            image: redis:7
`,
        "apps/notes.yaml": app("notes", "{}")
          .replace("- name: web", "- name: cache")
          .replace("type: webservice", "type: redis-cache"),
      }),
};
