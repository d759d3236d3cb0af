// Cuts a release of the Action and the CLI from a clean checkout of main:
//   node scripts/release.mjs [--push]
// 1. the version is package.json's (bump it, and src/core/model/version.ts, in a commit first);
// 2. builds dist/ and refuses when the build changes a committed file (dist/ must be
//    committed with the sources it comes from: workflows run it from the tag as is);
// 3. tags the commit vX.Y.Z (annotated; refuses to move an existing release tag) and
//    moves the major tag vX to it — workflows reference `capstan-dev/capstan@vX`;
// 4. with --push, pushes both tags to origin (vX forced); without, prints the command.
// CAPSTAN_RELEASE_SKIP_BUILD=1 skips step 2 (tests run the script in a temporary repo).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const push = process.argv.includes("--push");
const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const fail = (msg) => {
  console.error(`release: ${msg}`);
  process.exit(1);
};

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
if (!/^\d+\.\d+\.\d+$/.test(version ?? "")) fail(`package.json version "${version}" is not X.Y.Z`);
const source = readFileSync("src/core/model/version.ts", "utf8");
if (!source.includes(`CAPSTAN_VERSION = "${version}"`))
  fail(
    `src/core/model/version.ts does not say CAPSTAN_VERSION = "${version}" (package.json's version)`,
  );
if (git("status", "--porcelain"))
  fail("the working tree has uncommitted changes; commit or stash them");

if (process.env.CAPSTAN_RELEASE_SKIP_BUILD !== "1") {
  const b = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (b.status !== 0) fail("npm run build failed");
  if (git("status", "--porcelain", "--", "dist"))
    fail("the build changed dist/: commit the rebuilt dist/ first (npm run build)");
}

const tag = `v${version}`;
const major = `v${version.split(".")[0]}`;
const head = git("rev-parse", "HEAD");
const existing = spawnSync("git", ["rev-parse", "-q", "--verify", `refs/tags/${tag}^{commit}`], {
  encoding: "utf8",
});
if (existing.status === 0 && existing.stdout.trim() !== head)
  fail(
    `${tag} already tags ${existing.stdout.trim().slice(0, 7)}; bump the version for a new release`,
  );
if (existing.status !== 0) git("tag", "-a", tag, "-m", `capstan ${tag}`);
git("tag", "-f", "-a", major, "-m", `capstan ${tag} (moving major tag)`, `${tag}^{commit}`);
console.log(`tagged ${head.slice(0, 7)} as ${tag} and moved ${major} to it`);
if (push) {
  git("push", "origin", `refs/tags/${tag}`);
  git("push", "--force", "origin", `refs/tags/${major}`);
  console.log(`pushed ${tag} and ${major} to origin`);
} else console.log(`push with: git push origin ${tag} && git push --force origin ${major}`);
