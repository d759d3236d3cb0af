import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtinReference } from "../../src/tools/capability-docs.ts";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";

const docFile = fileURLToPath(new URL("../../docs/capabilities.md", import.meta.url));

test("docs/capabilities.md is current (regenerate: npm run generate)", () => {
  const want = builtinReference();
  const got = readFileSync(docFile, "utf8");
  if (got !== want) {
    const a = got.split("\n");
    const b = want.split("\n");
    const i = a.findIndex((l, n) => l !== b[n]);
    assert.fail(
      `docs/capabilities.md is stale at line ${i + 1}:\n- ${a[i] ?? "(end)"}\n+ ${b[i] ?? "(end)"}\nrun: npm run generate`,
    );
  }
});

test("the reference documents every built-in: section, parameters and an example", () => {
  const doc = builtinReference();
  for (const c of builtinRegistry().all()) {
    assert.ok(doc.includes(`<a id="${c.name}"></a>`), `${c.name} has a section`);
    assert.ok(doc.includes(`### ${c.name}@`), `${c.name} has a heading`);
  }
  const webservice = doc.slice(doc.indexOf('<a id="webservice"></a>'));
  assert.match(webservice, /\| `image` \| string \| yes \|/);
  assert.match(webservice, /```yaml\napiVersion: core\.oam\.dev\/v1beta1\nkind: Application/);
  assert.match(doc, /Applies to: `deployments\.apps`/);
  assert.match(doc, /Emits: `apps\/v1 Deployment`/);
});
