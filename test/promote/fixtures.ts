/**
 * Shared set-up for the promotion tests: a source repository (staging → production,
 * optionally a second region), a bare env repo, and helpers to render, "merge" a
 * promotion branch and compare a branch's environment folder with `render --out`.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { runCli } from "../helpers/cli.ts";
import { bareRemote, git, gitWith, rmrf, tmpdir } from "../helpers/git.ts";
import {
  appYaml,
  configYaml,
  indexApps,
  sourceRepo,
  worktreeAt,
  type EnvSpec,
} from "../flow/fixtures.ts";

export const SOURCE_REPO = "acme/src";

export const CHAIN: EnvSpec[] = [
  { name: "staging", autoDeploy: true },
  { name: "production", promotesFrom: "staging" },
  { name: "eu", promotesFrom: "production" },
];

const dirs: string[] = [];
export async function scratch(): Promise<string> {
  const d = await tmpdir("capstan-promote-");
  dirs.push(d);
  return d;
}
export const cleanup = (): Promise<void> => rmrf(...dirs);

export async function setup(
  opts: { envs?: EnvSpec[]; apps?: Record<string, string>; remote?: string } = {},
) {
  const root = await scratch();
  const files: Record<string, string> = { "capstan.yaml": configYaml(opts.envs ?? CHAIN) };
  for (const [name, tag] of Object.entries(opts.apps ?? { shop: "1.0.0", cart: "2.0.0" }))
    files[`apps/${name}.yaml`] = appYaml(name, tag);
  const src = await sourceRepo(path.join(root, "src"), files);
  const remote = await bareRemote(opts.remote ?? path.join(root, "env.git"));
  return { root, src, remote, url: `file://${remote}` };
}

/** `render --env-repo URL --push` of the source at its HEAD (staging). */
export async function renderStaging(srcDir: string, url: string): Promise<void> {
  const r = await runCli([
    "render",
    "--source",
    srcDir,
    "--env-repo",
    url,
    "--push",
    "--source-repo",
    SOURCE_REPO,
  ]);
  if (r.code !== 0) throw new Error(`render failed: ${r.text}`);
}

/** A merged pull request: `base` fast-forwarded to `branch` in the bare repo. */
export async function merge(remote: string, branch: string, base = "main"): Promise<void> {
  const tip = await git(remote, "rev-parse", `refs/heads/${branch}`);
  await git(remote, "merge-base", "--is-ancestor", `refs/heads/${base}`, tip);
  await git(remote, "update-ref", `refs/heads/${base}`, tip);
}

/** Every file under `envs/<env>/` at `ref` of a bare repo: path → text. */
export async function envFilesAt(
  remote: string,
  ref: string,
  env: string,
): Promise<Map<string, string>> {
  const names = (
    await gitWith(remote, ["ls-tree", "-r", "--name-only", ref, "--", `envs/${env}/`], {
      allowFailure: true,
    })
  )
    .split("\n")
    .filter(Boolean);
  const out = new Map<string, string>();
  for (const n of names)
    out.set(n.slice(`envs/${env}/`.length), await git(remote, "cat-file", "blob", `${ref}:${n}`));
  return out;
}

/** `render --out` of `env` at source commit `sha` (a worktree of the source): path → text. */
export async function renderOutAt(
  srcDir: string,
  sha: string,
  env: string,
): Promise<Map<string, string>> {
  const root = await scratch();
  const wt = await worktreeAt(srcDir, sha, path.join(root, "wt"));
  const out = path.join(root, "out");
  const r = await runCli([
    "render",
    "--source",
    wt,
    "--out",
    out,
    "--env",
    env,
    "--source-repo",
    SOURCE_REPO,
  ]);
  if (r.code !== 0) throw new Error(`render --out failed: ${r.text}`);
  const files = new Map<string, string>();
  const base = path.join(out, "envs", env);
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else
        files.set(
          path.relative(base, p).split(path.sep).join("/"),
          (await fs.readFile(p, "utf8")).trimEnd(),
        );
    }
  };
  await walk(base);
  return files;
}

/** Files without state.json (its per-app commits differ by design), and state.json's apps without commits. The apps' detail files are compared as files. */
export function comparable(files: Map<string, string>): {
  files: Record<string, string>;
  state: Record<string, unknown>;
} {
  const out: Record<string, string> = {};
  for (const [p, t] of [...files].sort()) if (p !== ".capstan/state.json") out[p] = t.trimEnd();
  const text = files.get(".capstan/state.json");
  const state: Record<string, unknown> = {};
  for (const [a, v] of Object.entries(text ? indexApps(text) : {}))
    state[a] = { ...v, commit: undefined };
  return { files: out, state };
}
