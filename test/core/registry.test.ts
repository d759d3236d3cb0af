/** Version references: name, name@1, name@v1, name@1.2, name@1.2.3; locks; clear errors listing what exists. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack, templateProblems } from "../../src/core/capabilities/load.ts";
import { Registry } from "../../src/core/capabilities/registry.ts";
import type { CapabilityPack } from "../../src/core/model/source.ts";

function cap(kind: string): string {
  return `apiVersion: capstan.dev/v1alpha1\nkind: ${kind}\ndescription: test\nparameters: { type: object }\n`;
}
const TPL = "output:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata: { name: x }\n";

function pack(source: string, versions: Record<string, string[]>): CapabilityPack {
  const files = new Map<string, string>();
  for (const [name, vs] of Object.entries(versions))
    for (const v of vs) {
      files.set(`${name}/${v}/capability.yaml`, cap(name === "tr" ? "Trait" : "ComponentType"));
      files.set(
        `${name}/${v}/${name === "tr" ? "patch" : "template"}.yaml.hbs`,
        name === "tr" ? "patch: {}\n" : TPL,
      );
    }
  return { source, displayRoot: `${source}/`, files };
}

test("version references resolve to the newest matching stable version", () => {
  const p = loadPack(
    pack("builtin", { web: ["1.0.0", "1.2.0", "1.2.5", "2.0.0", "3.0.0-rc.1"], tr: ["1.0.0"] }),
  );
  assert.deepEqual(p.problems, []);
  const r = new Registry([p.capabilities]);
  const v = (ref: string) => {
    const x = r.resolve(ref, "ComponentType");
    return "error" in x ? x.error : x.version;
  };
  assert.equal(v("web"), "2.0.0");
  assert.equal(v("web@1"), "1.2.5");
  assert.equal(v("web@v1"), "1.2.5");
  assert.equal(v("web@1.2"), "1.2.5");
  assert.equal(v("web@1.2.0"), "1.2.0");
  assert.equal(v("web@3.0.0-rc.1"), "3.0.0-rc.1");
  assert.match(
    v("web@4"),
    /web@4 does not exist; versions of web: 3\.0\.0-rc\.1, 2\.0\.0, 1\.2\.5, 1\.2\.0, 1\.0\.0/,
  );
  assert.match(v("web@v9"), /semver major/);
  assert.match(v("nope"), /unknown component type "nope"; available: web/);
  assert.match(v("tr"), /"tr" is a trait, not a component type/);
  assert.match(v("Web@1"), /not a valid component type reference/);
});

test("a bare name resolves to the locked version; later packs shadow earlier ones by whole name", () => {
  const builtin = loadPack(pack("builtin", { web: ["1.0.0", "2.0.0"] })).capabilities;
  const local = loadPack(pack("path:capabilities", { web: ["1.5.0"] })).capabilities;
  const locked = new Registry([builtin], {
    entries: [{ name: "web", version: "1.0.0", source: "builtin", digest: "x" }],
  });
  const a = locked.resolve("web", "ComponentType");
  assert.ok(!("error" in a) && a.version === "1.0.0");
  const shadowed = new Registry([builtin, local]);
  const b = shadowed.resolve("web", "ComponentType");
  assert.ok(!("error" in b) && b.version === "1.5.0" && b.source === "path:capabilities");
  assert.ok("error" in shadowed.resolve("web@2", "ComponentType"), "shadowing is by whole name");
});

test("a broken capability names capability@version and the file", () => {
  const files = new Map([
    ["bad/1.0.0/capability.yaml", cap("ComponentType")],
    ["bad/1.0.0/template.yaml.hbs", "output: {{{parameter.x}}}\n"],
    ["odd/v1/capability.yaml", cap("ComponentType")],
  ]);
  const p = loadPack({ source: "path:caps", displayRoot: "caps/", files });
  // Templates compile on first use (templateProblems), not when the pack loads.
  assert.equal(p.capabilities.length, 1);
  assert.ok(
    templateProblems(p.capabilities).some(
      (x) =>
        x.capability === "bad@1.0.0" &&
        x.file === "caps/bad/1.0.0/template.yaml.hbs" &&
        x.line === 1,
    ),
  );
  assert.ok(p.problems.some((x) => /not a semantic version/.test(x.message)));
});
