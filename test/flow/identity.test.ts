/**
 * Environment-wide identity: two apps whose objects share an identity (kind, group,
 * namespace, name) are refused — in one run or when the second arrives later, against a
 * folder (`render --out`) and a bare env repo (`render --env-repo`) — naming both apps,
 * their components and source files, with nothing written. state.json records each
 * app's identities, so an app that did not change this run is still seen.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { bareRemote, git, rmrf, tmpdir } from "../helpers/git.ts";
import { snapshot } from "../hostile/harness.ts";
import { asSchema3, configYaml, refs, sourceRepo } from "./fixtures.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));
async function scratch(): Promise<string> {
  const d = await tmpdir("capstan-identity-");
  dirs.push(d);
  return d;
}

/** An app with one webservice component `component` in `namespace` (Deployment + Service). */
function app(name: string, component = "web", namespace = "shop"): string {
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  components:
    - name: ${component}
      type: webservice
      properties:
        image: ghcr.io/acme/${name}:1.0.0
        ports: [{ port: 8080, expose: true }]
`;
}

/** An app whose k8s-objects component renders one ClusterRole named `role`. */
function clusterApp(name: string, namespace: string): string {
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  components:
    - name: rbac
      type: k8s-objects
      properties:
        objects:
          - apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: { name: reader }
            rules: [{ apiGroups: [""], resources: [pods], verbs: [get] }]
`;
}

const CLASH =
  /Deployment\.apps\/shop\/web is rendered by both app "cart" \(component "web", apps\/cart\.yaml\) and app "shop" \(component "web", apps\/shop\.yaml\) in environment "staging"/;

async function source(files: Record<string, string>) {
  const root = await scratch();
  const src = await sourceRepo(path.join(root, "src"), {
    "capstan.yaml": configYaml(),
    ...files,
  });
  return { root, src };
}

function renderOut(src: string, out: string, repo = "acme/src") {
  return runCli(["render", "--source", src, "--out", out, "--source-repo", repo]);
}

function assertClash(r: { code: number; text: string }, message: RegExp): void {
  assert.equal(r.code, 1, r.text);
  assert.match(r.text, message);
  assert.doesNotMatch(r.text, /\n\s+at .+:\d+:\d+\)?\n/, "no stack trace");
}

describe("environment-wide identity: render --out", () => {
  test("two apps with clashing objects in one run: exit 1 naming both, nothing written", async () => {
    const { root, src } = await source({
      "apps/shop.yaml": app("shop"),
      "apps/cart.yaml": app("cart"),
    });
    const out = path.join(root, "out");
    const r = await renderOut(src.dir, out);
    assertClash(r, CLASH);
    assert.match(r.text, /apps\/shop\.yaml:6:13 .*Service\/shop\/web is rendered by both/);
    assert.deepEqual([...snapshot(out)], [], "the out folder was not created");
  });

  test("a clashing app arriving in a later run is refused against the unchanged one", async () => {
    const { root, src } = await source({ "apps/shop.yaml": app("shop") });
    const out = path.join(root, "out");
    assert.equal((await renderOut(src.dir, out)).code, 0);
    const read = async (f: string) =>
      JSON.parse(await fs.readFile(path.join(out, "envs/staging/.capstan", f), "utf8"));
    const state = await read("state.json");
    assert.equal(state.schemaVersion, 4);
    // [sourceRepo, commit, inputDigest, source, count]
    assert.equal(state.apps.shop[3], "apps/shop.yaml");
    assert.equal(state.apps.shop[4], 2);
    assert.deepEqual((await read("details/8.json")).shop.objects, {
      "Deployment.apps/shop/web": "web",
      "Service/shop/web": "web",
    });
    const before = snapshot(out);
    await src.commit({ "apps/cart.yaml": app("cart") });
    assertClash(await renderOut(src.dir, out), CLASH);
    assert.deepEqual([...snapshot(out)], [...before], "out tree unchanged");
  });

  test("namespaced kinds clash within one namespace only; cluster-scoped kinds across namespaces", async () => {
    const { root, src } = await source({
      "apps/shop.yaml": app("shop", "web", "shop"),
      "apps/cart.yaml": app("cart", "web", "cart"),
    });
    const out = path.join(root, "out");
    assert.equal((await renderOut(src.dir, out)).code, 0, "same names, two namespaces: fine");
    await src.commit({
      "apps/a.yaml": clusterApp("team-a", "team-a"),
      "apps/b.yaml": clusterApp("team-b", "team-b"),
    });
    const before = snapshot(out);
    assertClash(
      await renderOut(src.dir, out),
      /ClusterRole\.rbac\.authorization\.k8s\.io\/reader is rendered by both app "team-a" \(component "rbac", apps\/a\.yaml\) and app "team-b" \(component "rbac", apps\/b\.yaml\)/,
    );
    assert.deepEqual([...snapshot(out)], [...before]);
  });

  test("a clash with another source repo's app names that repo and its file", async () => {
    const a = await source({ "apps/shop.yaml": app("shop") });
    const b = await source({ "apps/cart.yaml": app("cart") });
    const out = path.join(a.root, "out");
    assert.equal((await renderOut(a.src.dir, out, "acme/shop-src")).code, 0);
    const before = snapshot(out);
    assertClash(
      await renderOut(b.src.dir, out, "acme/cart-src"),
      /Deployment\.apps\/shop\/web is rendered by both app "cart" \(component "web", apps\/cart\.yaml\) and app "shop" \(component "web", acme\/shop-src: apps\/shop\.yaml\)/,
    );
    assert.deepEqual([...snapshot(out)], [...before]);
  });

  test("an app that renders the Namespace createNamespaces writes is a clash", async () => {
    const ns = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ns, namespace: shop }
spec:
  components:
    - name: ns
      type: k8s-objects
      properties:
        objects: [{ apiVersion: v1, kind: Namespace, metadata: { name: shop } }]
`;
    const { root, src } = await source({ "apps/ns.yaml": ns });
    await src.commit({
      "capstan.yaml": configYaml().replace(
        "autoDeploy: true",
        "autoDeploy: true\n    createNamespaces: true",
      ),
    });
    const r = await renderOut(src.dir, path.join(root, "out"));
    assertClash(
      r,
      /Namespace\/shop is rendered by both the Namespace objects `createNamespaces` writes \(capstan\.yaml\) and app "ns" \(component "ns", apps\/ns\.yaml\)/,
    );
  });

  test("a state.json of schemaVersion 1 is read; its apps are rendered again for their identities", async () => {
    const { root, src } = await source({ "apps/shop.yaml": app("shop") });
    const out = path.join(root, "out");
    assert.equal((await renderOut(src.dir, out)).code, 0);
    // a state.json as capstan wrote it before schema 2: every app's file hashes in it, no
    // identities, no detail files
    const file = path.join(out, "envs/staging/.capstan/state.json");
    // shop's detail is in shard 8 (the first hex digit of sha256("shop"))
    const detail = path.join(out, "envs/staging/.capstan/details/8.json");
    const v3 = JSON.parse(await fs.readFile(file, "utf8"));
    const { files } = JSON.parse(await fs.readFile(detail, "utf8")).shop;
    const [sourceRepo, commit, inputDigest] = v3.apps.shop;
    const v1 = {
      ...v3,
      schemaVersion: 1,
      apps: { shop: { sourceRepo, commit, inputDigest, files } },
    };
    await fs.writeFile(file, JSON.stringify(v1, null, 2) + "\n");
    await fs.rm(path.join(out, "envs/staging/.capstan/details"), { recursive: true });
    const before = snapshot(out);
    // nothing rendered changes: state.json is not rewritten on its own
    const same = await renderOut(src.dir, out);
    assert.equal(same.code, 0, same.text);
    assert.deepEqual([...snapshot(out)], [...before]);
    // the old entry's identities are known all the same: a clash with it is refused
    await src.commit({ "apps/cart.yaml": app("cart") });
    assertClash(await renderOut(src.dir, out), CLASH);
    assert.deepEqual([...snapshot(out)], [...before]);
    // a rendered change writes the upgraded state
    await src.commit({ "apps/cart.yaml": app("cart", "api") });
    assert.equal((await renderOut(src.dir, out)).code, 0);
    const upgraded = JSON.parse(await fs.readFile(file, "utf8"));
    assert.equal(upgraded.schemaVersion, 4);
    assert.deepEqual(Object.keys(JSON.parse(await fs.readFile(detail, "utf8")).shop.objects), [
      "Deployment.apps/shop/web",
      "Service/shop/web",
    ]);
  });
});

describe("environment-wide identity: render --env-repo (bare repo over file://)", () => {
  function renderRepo(src: string, url: string) {
    return runCli([
      "render",
      "--source",
      src,
      "--env-repo",
      url,
      "--source-repo",
      "acme/src",
      "--push",
    ]);
  }

  test("in one run and arriving later: exit 1 naming both apps, the env repo unchanged", async () => {
    const { root, src } = await source({
      "apps/shop.yaml": app("shop"),
      "apps/cart.yaml": app("cart"),
    });
    const remote = await bareRemote(path.join(root, "env.git"));
    const url = `file://${remote}`;
    assertClash(await renderRepo(src.dir, url), CLASH);
    assert.deepEqual(await refs(remote), {}, "nothing pushed");

    await src.remove("apps/cart.yaml");
    assert.equal((await renderRepo(src.dir, url)).code, 0);
    const before = await refs(remote);
    await src.commit({ "apps/cart.yaml": app("cart") });
    assertClash(await renderRepo(src.dir, url), CLASH);
    assert.deepEqual(await refs(remote), before, "env repo unchanged");
  });

  test("an env repo a schema-3 capstan wrote (a detail file per app) is read; its next rendered change writes the shards and removes those files", async () => {
    const { root, src } = await source({
      "apps/shop.yaml": app("shop"),
      "apps/cart.yaml": app("cart", "web", "cart"),
    });
    const remote = await bareRemote(path.join(root, "env.git"));
    const url = `file://${remote}`;
    assert.equal((await renderRepo(src.dir, url)).code, 0);
    // the env repo as schema 3 left it: state.json says 3, each app's detail in its own file
    await asSchema3(url, root, "staging");
    const v3 = await refs(remote);

    // nothing rendered changes: no commit, the old layout stays
    assert.equal((await renderRepo(src.dir, url)).code, 0);
    assert.deepEqual(await refs(remote), v3);
    // shop's identities are read from its own file: a clash with it is refused
    await src.commit({ "apps/cart.yaml": app("cart") });
    assertClash(await renderRepo(src.dir, url), CLASH);
    assert.deepEqual(await refs(remote), v3, "env repo unchanged");
    // a rendered change writes schema 4: the shards (shop → 8, cart → 1), no per-app file
    await src.commit({ "apps/cart.yaml": app("cart", "api") });
    const r = await renderRepo(src.dir, url);
    assert.equal(r.code, 0, r.text);
    const files = (
      await git(remote, "ls-tree", "-r", "--name-only", "main", "envs/staging/.capstan")
    ).split("\n");
    assert.deepEqual(files, [
      "envs/staging/.capstan/details/1.json",
      "envs/staging/.capstan/details/8.json",
      "envs/staging/.capstan/state.json",
    ]);
    const show = async (f: string) =>
      JSON.parse(await git(remote, "show", `main:envs/staging/.capstan/${f}`));
    assert.equal((await show("state.json")).schemaVersion, 4);
    assert.deepEqual((await show("details/8.json")).shop.objects, {
      "Deployment.apps/shop/web": "web",
      "Service/shop/web": "web",
    });
    assert.deepEqual(Object.keys((await show("details/1.json")).cart.objects), [
      "Deployment.apps/shop/api",
      "Service/shop/api",
    ]);
  });
});
