/** `capstan bootstrap`: Argo CD and Flux objects, validated against their bundled schemas. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { loadConfig } from "../../src/core/model/config.ts";
import { argocdManifests, fluxManifests, type Manifest } from "../../src/tools/bootstrap.ts";
import { emptyCrdSet, preloadKinds, validateObject } from "../../src/kube/index.ts";
import { rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { cli } from "../helpers/cli.ts";
import { DNS1123_SUBDOMAIN } from "../../src/core/model/names.ts";

const cfg = (
  extra = "",
  envRepo = "{ url: https://github.com/acme/deploy.git, branch: main, root: envs }",
) =>
  loadConfig({
    file: "capstan.yaml",
    text: `apiVersion: capstan.dev/v1alpha1
kind: Config
envRepo: ${envRepo}
environments:
  - name: staging
    autoDeploy: true
  - name: production
    promotesFrom: staging
${extra}`,
  });

async function valid(objs: Manifest[]): Promise<void> {
  await preloadKinds(objs.map((o) => ({ apiVersion: String(o.apiVersion), kind: String(o.kind) })));
  for (const o of objs)
    assert.deepEqual(validateObject(o, "1.31", emptyCrdSet()), [], `${String(o.kind)} is valid`);
}

test("the schema check is real: a broken ApplicationSet is rejected", async () => {
  const [, set] = argocdManifests(cfg());
  await preloadKinds([{ apiVersion: "argoproj.io/v1alpha1", kind: "ApplicationSet" }]);
  const broken = structuredClone(set!) as { spec: Record<string, unknown> };
  broken.spec.generators = "git";
  assert.notDeepEqual(validateObject(broken, "1.31", emptyCrdSet()), []);
});

test("--argocd: an AppProject and an ApplicationSet over <root>/*/*, automated prune + selfHeal", async () => {
  const objs = argocdManifests(cfg());
  await valid(objs);
  assert.deepEqual(
    objs.map((o) => o.kind),
    ["AppProject", "ApplicationSet"],
  );
  const spec = objs[1]!.spec as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const g = spec.generators[0].git;
  assert.equal(g.repoURL, "https://github.com/acme/deploy.git");
  assert.equal(g.revision, "main");
  assert.deepEqual(g.directories, [
    { path: "envs/*/*" },
    { path: "envs/*/.capstan", exclude: true },
  ]);
  assert.equal(
    spec.template.metadata.name,
    '{{ index .path.segments 1 }}-{{ .path.basename | replace "_" "-" }}',
  );
  assert.deepEqual(spec.template.spec.syncPolicy.automated, { prune: true, selfHeal: true });
  assert.equal(spec.template.spec.source.path, "{{ .path.path }}");
  assert.equal(
    spec.template.spec.destination.namespace,
    undefined,
    "namespace-less: objects carry theirs",
  );
  assert.equal(spec.template.spec.project, (objs[0]!.metadata as { name: string }).name);
});

test("--argocd: nested roots, owner/name URLs and branch-per-environment", async () => {
  const objs = argocdManifests(
    cfg("    branch: env/production\n", "{ url: acme/deploy, branch: main, root: clusters/envs }"),
  );
  await valid(objs);
  assert.equal(objs.length, 3);
  const [, main, prod] = objs as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(main!.spec.generators[0].git.repoURL, "https://github.com/acme/deploy.git");
  assert.ok(main!.spec.template.metadata.name.includes("index .path.segments 2"));
  assert.deepEqual(main!.spec.generators[0].git.directories, [
    { path: "clusters/envs/*/*" },
    { path: "clusters/envs/*/.capstan", exclude: true },
    { path: "clusters/envs/production/*", exclude: true },
  ]);
  assert.equal(prod!.spec.generators[0].git.revision, "env/production");
  assert.equal(prod!.spec.template.spec.source.targetRevision, "env/production");
});

test("--flux: a GitRepository and one Kustomization per environment, prune: true", async () => {
  const objs = fluxManifests(cfg());
  await valid(objs);
  assert.deepEqual(
    objs.map((o) => o.kind),
    ["GitRepository", "Kustomization", "Kustomization"],
  );
  const ks = objs.slice(1).map((o) => o.spec as Record<string, unknown>);
  assert.deepEqual(
    ks.map((s) => s.path),
    ["./envs/staging", "./envs/production"],
  );
  assert.ok(ks.every((s) => s.prune === true));
  const branched = fluxManifests(cfg("    branch: env/production\n"));
  await valid(branched);
  assert.deepEqual(
    branched.map((o) => o.kind),
    ["GitRepository", "GitRepository", "Kustomization", "Kustomization"],
  );
});

test("a local-path env repo needs --repo-url; the CLI writes files that parse back", async () => {
  assert.throws(() => argocdManifests(cfg("", "{ url: ../deploy }")), /local path/);
  const dir = await tmpdir();
  try {
    await writeTree(dir, {
      "capstan.yaml": readFileSync(
        join(import.meta.dirname, "../../examples/shop/capstan.yaml"),
        "utf8",
      ),
    });
    for (const which of ["argocd", "flux"]) {
      const r = await cli("bootstrap", `--${which}`, "--source", dir, "--out", join(dir, "gitops"));
      assert.equal(r.code, 0, JSON.stringify(r));
      const docs = parseAllDocuments(readFileSync(join(dir, "gitops", `${which}.yaml`), "utf8"));
      await valid((Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS() as Manifest));
    }
    assert.equal((await cli("bootstrap", "--source", dir)).code, 2);
  } finally {
    await rmrf(dir);
  }
});

/**
 * The ApplicationSet's name template evaluated for one folder the git generator would
 * find: only the forms bootstrap writes (`index .path.segments N`, `.path.basename`, a
 * `| replace "a" "b"` pipe) are understood; anything else fails the test.
 */
function expandName(template: string, path: string): string {
  const segments = path.split("/");
  return template.replace(/\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const [head, ...pipes] = expr.split("|").map((x) => x.trim());
    let v: string;
    const idx = /^index \.path\.segments (\d+)$/.exec(head!);
    if (idx) v = segments[Number(idx[1])]!;
    else if (head === ".path.basename") v = segments[segments.length - 1]!;
    else throw new Error(`unknown template expression: ${expr}`);
    for (const p of pipes) {
      const m = /^replace "(.*?)" "(.*?)"$/.exec(p);
      if (!m) throw new Error(`unknown template function: ${p}`);
      v = v.split(m[1]!).join(m[2]!);
    }
    return v;
  });
}

test("--argocd: every folder render writes (with createNamespaces, so _namespaces too) gets a valid, unique Application name", async () => {
  const dir = await tmpdir();
  try {
    const config = readFileSync(
      join(import.meta.dirname, "../../examples/shop/capstan.yaml"),
      "utf8",
    ).replace(
      "    namespace: shop-staging\n",
      "    namespace: shop-staging\n    createNamespaces: true\n",
    );
    await writeTree(dir, { "capstan.yaml": config });
    for (const f of ["shop.yaml", "first-vela-app.yaml"])
      await writeTree(dir, {
        [`apps/${f}`]: readFileSync(
          join(import.meta.dirname, "../../examples/shop/apps", f),
          "utf8",
        ),
      });
    const out = join(dir, "out");
    const r = await cli("render", "--source", dir, "--out", out);
    assert.equal(r.code, 0, JSON.stringify(r));
    const folders = readdirSync(join(out, "envs"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((env) =>
        readdirSync(join(out, "envs", env.name), { withFileTypes: true })
          .filter((d) => d.isDirectory() && d.name !== ".capstan")
          .map((d) => `envs/${env.name}/${d.name}`),
      );
    assert.ok(folders.includes("envs/staging/_namespaces"), folders.join(", "));
    const template = (
      argocdManifests(loadConfig({ file: "capstan.yaml", text: config }))[1]!.spec as {
        template: { metadata: { name: string } };
      }
    ).template.metadata.name;
    const names = folders.map((f) => expandName(template, f));
    for (const n of names) assert.match(n, DNS1123_SUBDOMAIN, `Application name ${n}`);
    assert.equal(new Set(names).size, names.length, names.join(", "));
    assert.ok(names.includes("staging--namespaces"), names.join(", "));
  } finally {
    await rmrf(dir);
  }
});
