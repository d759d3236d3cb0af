/** Capability packs: integrity, frozen locks, symlinks and folders outside the source, broken packs. */
import assert from "node:assert/strict";
import { symlinkSync, writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import {
  appYaml,
  BASE_CONFIG,
  capability,
  cleanupAll,
  componentYaml,
  runCli,
  runHostile,
  tempDir,
  type HostileCase,
} from "./harness.ts";

after(cleanupAll);

const APP = "apps/shop.yaml";
const TPL =
  "outputs:\n  cm:\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: cm\n    data:\n      a: {{parameter.value}}\n";
const LOCAL = {
  [APP]: appYaml({ type: "t", properties: "value: x" }),
  ...capability("t", "1.0.0", componentYaml(), TPL),
};

async function lock(src: string): Promise<void> {
  const r = await runCli(["lock", "--source", src]);
  assert.equal(r.code, 0, r.output);
}

const cases: HostileCase[] = [
  {
    name: "a locked local version whose template changed",
    files: LOCAL,
    prepare: async (src) => {
      await lock(src);
      writeFileSync(join(src, "capabilities/t/1.0.0/template.yaml.hbs"), TPL.replace("a:", "b:"));
    },
    expect: {
      code: "integrity",
      file: "capstan.lock",
      capability: "t@1.0.0",
      message:
        /integrity error: the content of t@1\.0\.0 \(path:capabilities\) changed since capstan\.lock was written/,
    },
  },
  {
    name: "a locked version whose capability.yaml changed (frozen)",
    files: LOCAL,
    args: ["--frozen"],
    prepare: async (src) => {
      await lock(src);
      const f = join(src, "capabilities/t/1.0.0/capability.yaml");
      writeFileSync(f, readFileSync(f, "utf8").replace("test component", "changed"));
    },
    expect: { message: /integrity error: the content of t@1\.0\.0/ },
  },
  {
    name: "a tampered digest for a built-in capability",
    files: {},
    prepare: async (src) => {
      await lock(src);
      const f = join(src, "capstan.lock");
      writeFileSync(f, readFileSync(f, "utf8").replace(/sha256:[0-9a-f]{8}/, "sha256:00000000"));
    },
    expect: {
      message:
        /integrity error: the content of (webservice|scaler)@1\.\d+\.\d+ \(builtin\) changed/,
    },
  },
  {
    name: "--frozen with no capstan.lock",
    files: {},
    args: ["--frozen"],
    expect: {
      code: "lock",
      file: "capstan.lock",
      message:
        /capstan\.lock is missing; run `capstan lock` and commit it \(or run without --frozen\)/,
    },
  },
  {
    name: "--frozen with a lock that misses a capability now used",
    files: {},
    args: ["--frozen"],
    prepare: async (src) => {
      await lock(src);
      writeFileSync(join(src, APP), appYaml({ traits: "- type: labels\n  properties: { a: b }" }));
    },
    expect: {
      message:
        /capstan\.lock does not list labels@1\.\d+\.\d+ \(from builtin\); run `capstan lock` and commit it/,
    },
  },
  {
    name: "a capstan.lock that is not a lock",
    files: { "capstan.lock": "- just\n- a list\n" },
    expect: {
      code: "lock",
      file: "capstan.lock",
      line: 1,
      message: /not a capstan\.lock \(lockVersion: 1\)/,
    },
  },
  {
    name: "a pack file that is a symlink to a file outside the pack",
    files: LOCAL,
    prepare: (src) => {
      symlinkSync("/etc/passwd", join(src, "capabilities/t/1.0.0/passwd.yaml.hbs"));
    },
    expect: {
      code: "symlink",
      file: "capabilities/t/1.0.0/passwd.yaml.hbs",
      message: /symbolic links are not allowed in capability packs/,
    },
  },
  {
    name: "a pack template that is a symlink out of the source",
    files: { [APP]: LOCAL[APP]!, "capabilities/t/1.0.0/capability.yaml": componentYaml() },
    prepare: async (src) => {
      const outside = await tempDir("capstan-outside-");
      writeFileSync(join(outside, "t.hbs"), TPL);
      symlinkSync(join(outside, "t.hbs"), join(src, "capabilities/t/1.0.0/template.yaml.hbs"));
    },
    expect: {
      code: "symlink",
      file: "capabilities/t/1.0.0/template.yaml.hbs",
      message: /symbolic links/,
    },
  },
  {
    name: "a symlinked capability folder",
    files: { [APP]: LOCAL[APP]! },
    prepare: async (src) => {
      const outside = await tempDir("capstan-outside-");
      mkdirSync(join(outside, "1.0.0"));
      writeFileSync(join(outside, "1.0.0/capability.yaml"), componentYaml());
      writeFileSync(join(outside, "1.0.0/template.yaml.hbs"), TPL);
      symlinkSync(outside, join(src, "capabilities/t"));
    },
    expect: { code: "symlink", file: "capabilities/t", message: /symbolic links/ },
  },
  {
    name: "a path: pack outside the source repository",
    // `..` (the folder the source is in) exists wherever the temp dir is; `../../etc` did not
    // under every TMPDIR
    files: { "capstan.yaml": BASE_CONFIG.replace("path: capabilities", "path: ..") },
    expect: {
      code: "config",
      file: "capstan.yaml",
      path: "/capabilities/1/path",
      message: /capability folder "\.\." is outside the source repository/,
    },
  },
  {
    name: "a path: pack that is a symlink to outside the source",
    files: { "capstan.yaml": BASE_CONFIG.replace("path: capabilities", "path: linked") },
    prepare: async (src) => {
      symlinkSync(await tempDir("capstan-outside-"), join(src, "linked"));
    },
    expect: {
      code: "config",
      path: "/capabilities/1/path",
      message: /is outside the source repository/,
    },
  },
  {
    name: "an absolute path: pack",
    files: { "capstan.yaml": BASE_CONFIG.replace("path: capabilities", "path: /usr/share") },
    expect: {
      code: "config",
      path: "/capabilities/1/path",
      message: /outside the source repository/,
    },
  },
  {
    name: "a path: pack that does not exist",
    files: { "capstan.yaml": BASE_CONFIG.replace("path: capabilities", "path: nope") },
    expect: {
      code: "config",
      path: "/capabilities/1/path",
      message: /capability folder "nope" does not exist/,
    },
  },
  {
    name: "a capability folder that is not a name",
    files: capability("Evil_Name", "1.0.0", componentYaml(), TPL),
    expect: {
      code: "capability",
      file: "capabilities/Evil_Name/1.0.0",
      message: /is not a valid name/,
    },
  },
  {
    name: "a version folder that is not semver",
    files: capability("t", "latest", componentYaml(), TPL),
    expect: {
      code: "capability",
      file: "capabilities/t/latest",
      message: /version folder "latest" is not a semantic version/,
    },
  },
  {
    name: "a capability without its template",
    files: { "capabilities/t/1.0.0/capability.yaml": componentYaml() },
    expect: {
      code: "capability",
      capability: "t@1.0.0",
      message: /a ComponentType needs template\.yaml\.hbs/,
    },
  },
  {
    name: "capability.yaml of an unknown kind",
    files: capability(
      "t",
      "1.0.0",
      componentYaml().replace("kind: ComponentType", "kind: Backdoor"),
      TPL,
    ),
    expect: {
      code: "schema",
      file: "capabilities/t/1.0.0/capability.yaml",
      capability: "t@1.0.0",
      message: /must be one of|must be equal|Backdoor|kind/,
    },
  },
  {
    name: "parameters that are not a JSON Schema",
    files: capability("t", "1.0.0", componentYaml(["v1 ConfigMap"], "type: objekt"), TPL),
    expect: {
      file: "capabilities/t/1.0.0/capability.yaml",
      capability: "t@1.0.0",
      message: /parameters|type/,
    },
  },
];

for (const c of cases) test(`pack: ${c.name}`, () => runHostile(c).then(() => undefined));
