/** scripts/release.mjs in a temporary clone: tags vX.Y.Z, moves vX, pushes both, refuses a dirty tree. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { bareRemote, commitAll, git, initRepo, rmrf, TEST_ENV, tmpdir } from "../helpers/git.ts";

const SCRIPT = readFileSync(join(import.meta.dirname, "../../scripts/release.mjs"), "utf8");
const dirs: string[] = [];
after(() => rmrf(...dirs));

function release(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["scripts/release.mjs", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...TEST_ENV, CAPSTAN_RELEASE_SKIP_BUILD: "1" },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const files = (version: string) => ({
  "package.json": JSON.stringify({ name: "capstan", version }),
  "src/core/model/version.ts": `export const CAPSTAN_VERSION = "${version}";\n`,
  "scripts/release.mjs": SCRIPT,
});

test("release: tags v0.1.0, moves v0 on the next release, pushes both; refuses a dirty tree", async () => {
  const dir = await tmpdir("capstan-release-");
  const remote = await bareRemote();
  dirs.push(dir, remote);
  mkdirSync(join(dir, "src/core"), { recursive: true });
  await initRepo(dir, files("0.1.0"));
  const first = await commitAll(dir, "0.1.0");
  await git(dir, "remote", "add", "origin", remote);

  let r = release(dir, "--push");
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /tagged \w{7} as v0\.1\.0 and moved v0 to it/);
  assert.equal(await git(remote, "rev-parse", "v0^{commit}"), first);
  assert.equal(await git(remote, "rev-parse", "v0.1.0^{commit}"), first);

  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "capstan", version: "0.2.0" }));
  r = release(dir);
  assert.equal(r.code, 1);
  assert.match(r.out, /src\/core\/model\/version\.ts does not say CAPSTAN_VERSION = "0\.2\.0"/);
  writeFileSync(
    join(dir, "src/core/model/version.ts"),
    'export const CAPSTAN_VERSION = "0.2.0";\n',
  );
  writeFileSync(join(dir, "stray.txt"), "x");
  r = release(dir);
  assert.equal(r.code, 1);
  assert.match(r.out, /uncommitted changes/);
  const second = await commitAll(dir, "0.2.0");
  r = release(dir, "--push");
  assert.equal(r.code, 0, r.out);
  assert.equal(await git(remote, "rev-parse", "v0^{commit}"), second, "v0 moved");
  assert.equal(await git(remote, "rev-parse", "v0.1.0^{commit}"), first, "v0.1.0 stays");
  assert.equal(await git(remote, "rev-parse", "v0.2.0^{commit}"), second);
});
