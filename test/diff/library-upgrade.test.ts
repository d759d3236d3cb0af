/**
 * Moving to the new built-in versions (issue 18): `capstan lock --update` moves an app
 * from env@1.0.0 to env@1.1.0, and `capstan diff` shows what that changes — the env
 * trait now lists a map's variables sorted by name, as KubeVela does.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { initRepo, rmrf, tmpdir } from "../helpers/git.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

const FILES: Record<string, string> = {
  "capstan.yaml": `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/*.yaml"]
envRepo: { url: https://example.com/deploy.git, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
capabilities: [builtin]
`,
  "apps/api.yaml": `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: api
spec:
  components:
    - name: api
      type: webservice
      properties:
        image: ghcr.io/acme/api:1.0.0
      traits:
        - type: env
          properties:
            env: { LOG_LEVEL: info, API_KEY: from-vault }
`,
  "capstan.lock": `lockVersion: 1
capabilities:
  - name: env
    digest: sha256:d7f623c66b5ececf21cdcdf95c8c9c6927d8fec14fa625d7e147009278d6317a
    source: builtin
    version: "1.0.0"
  - name: webservice
    digest: sha256:834e7e2e94ea1f4b6715d40cfd02a786b388f5f883f87647e17d28a99fa9a036
    source: builtin
    version: "1.0.0"
`,
};

test("lock --update moves env to 1.1.0; diff shows the blast radius (variables now sorted)", async () => {
  const dir = await tmpdir();
  dirs.push(dir);
  await initRepo(dir, FILES);
  const up = await runCli(["lock", "--update", "--source", dir]);
  assert.equal(up.code, 0, up.text);
  const lock = readFileSync(join(dir, "capstan.lock"), "utf8");
  assert.match(
    lock,
    /- name: env\n {4}digest: sha256:\w+\n {4}source: builtin\n {4}version: "1\.1\.0"/,
  );

  const d = await runCli(["diff", "--source", dir, "--base", "HEAD", "--format", "text"]);
  assert.equal(d.code, 0, d.text);
  assert.match(d.text, /env 1\.0\.0 → 1\.1\.0/);
  assert.match(d.text, /blast radius: env 1\.0\.0 → 1\.1\.0 changes 1 app in 1 environment/);
  assert.match(d.text, /~ changed Deployment default\/api/);
  // the change itself: LOG_LEVEL leaves its place before API_KEY and comes back after it
  const removed = d.text.search(/^ *- +- name: LOG_LEVEL$/m);
  const kept = d.text.search(/^ + - name: API_KEY$/m);
  const added = d.text.search(/^ *\+ +- name: LOG_LEVEL$/m);
  assert.ok(removed >= 0 && kept > removed && added > kept, d.text);
});
