/** `capstan set image`: only the image scalar changes. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { imageRepository, parseImageArg } from "../../src/tools/set-image.ts";
import { cli } from "../helpers/cli.ts";

const CONFIG = `apiVersion: capstan.dev/v1alpha1
kind: Config
environments: [{ name: staging, autoDeploy: true }]
`;
const SHOP = `# the shop: two components
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: shop }
spec:
  components:
  - name: web   # not indented on purpose
    type: webservice
    properties:
      image: "ghcr.io/acme/shop:1.4.2"   # bumped by CI
      ports: [{ port: 8080, expose: true }]
  - name: orders
    type: worker
    properties: { image: 'ghcr.io/acme/orders:2.0.1', cmd: [/bin/orders] }
---
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: billing
spec:
  components:
    - name: api
      type: webservice
      properties:
        image: registry.acme.dev:5000/billing/api:0.9.0
`;

async function repo(): Promise<string> {
  const dir = await tmpdir();
  await writeTree(dir, { "capstan.yaml": CONFIG, "apps/shop.yaml": SHOP.replace(/\n/g, "\r\n") });
  return dir;
}

test("replaces the image in place: quoting, comments, CRLF and layout untouched", async () => {
  const dir = await repo();
  try {
    const r = await cli(
      "set",
      "image",
      "shop/web=ghcr.io/acme/shop:1.5.0",
      "shop/orders=:2.1.0",
      "billing/api=@sha256:" + "a".repeat(64),
      "--source",
      dir,
    );
    assert.equal(r.code, 0, JSON.stringify(r));
    const want = SHOP.replace('"ghcr.io/acme/shop:1.4.2"', '"ghcr.io/acme/shop:1.5.0"')
      .replace("'ghcr.io/acme/orders:2.0.1'", "'ghcr.io/acme/orders:2.1.0'")
      .replace("billing/api:0.9.0", `billing/api:0.9.0@sha256:${"a".repeat(64)}`)
      .replace(/\n/g, "\r\n");
    assert.equal(readFileSync(join(dir, "apps/shop.yaml"), "utf8"), want);
    assert.deepEqual(r.info, [
      "apps/shop.yaml:10: shop/web ghcr.io/acme/shop:1.4.2 → ghcr.io/acme/shop:1.5.0",
      "apps/shop.yaml:14: shop/orders ghcr.io/acme/orders:2.0.1 → ghcr.io/acme/orders:2.1.0",
      `apps/shop.yaml:25: billing/api registry.acme.dev:5000/billing/api:0.9.0 → registry.acme.dev:5000/billing/api:0.9.0@sha256:${"a".repeat(64)}`,
    ]);
    // the same image again: nothing to write
    const again = await cli("set", "image", "shop/web=ghcr.io/acme/shop:1.5.0", "--source", dir);
    assert.match(again.info[0]!, /already ghcr.io\/acme\/shop:1.5.0/);
  } finally {
    await rmrf(dir);
  }
});

test("unknown app or component: an error naming the file; nothing is written", async () => {
  const dir = await repo();
  try {
    const before = readFileSync(join(dir, "apps/shop.yaml"), "utf8");
    const r = await cli("set", "image", "shop/web=x/y:1", "shop/cart=x/y:1", "--source", dir);
    assert.equal(r.code, 1);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.file, "apps/shop.yaml");
    assert.match(
      r.problems[0]!.message,
      /Application "shop" has no component "cart" \(components: web, orders\)/,
    );
    assert.equal(readFileSync(join(dir, "apps/shop.yaml"), "utf8"), before);
    const r2 = await cli("set", "image", "cart/web=x/y:1", "--source", dir);
    assert.match(
      r2.problems[0]!.message,
      /no Application "cart" in apps\/\*\*\/\*\.yaml .*applications: billing, shop/,
    );
    assert.equal((await cli("set", "image", "shop/web=not an image", "--source", dir)).code, 2);
    assert.equal((await cli("set", "image", "shopweb=x", "--source", dir)).code, 2);
  } finally {
    await rmrf(dir);
  }
});

test("image argument parsing", () => {
  assert.deepEqual(parseImageArg("a/b=nginx"), { app: "a", component: "b", image: "nginx" });
  assert.equal(
    parseImageArg("a/b=localhost:5000/x/y:1.0@sha256:" + "0".repeat(64)).image.length > 0,
    true,
  );
  assert.equal(imageRepository("registry:5000/x/y:1.0@sha256:abc"), "registry:5000/x/y");
  assert.equal(imageRepository("registry:5000/x/y"), "registry:5000/x/y");
});
