/**
 * Source repositories for the render-flow tests: a capstan.yaml, one or more
 * applications (builtin `webservice`), committed with pinned dates; and helpers to
 * read what landed in a bare env repo.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { commitAll, git, gitWith, initRepo, writeTree } from "../helpers/git.ts";

export interface EnvSpec {
  name: string;
  autoDeploy?: boolean;
  approval?: "pull-request";
  promotesFrom?: string;
  branch?: string;
  /** more YAML lines of the environment entry, e.g. `verify: { statuses: ["ci/*"] }` */
  extra?: string[];
}

export const DEFAULT_ENVS: EnvSpec[] = [
  { name: "staging", autoDeploy: true },
  { name: "production", promotesFrom: "staging" },
];

export function configYaml(envs: EnvSpec[] = DEFAULT_ENVS, url?: string): string {
  const lines = [
    "apiVersion: capstan.dev/v1alpha1",
    "kind: Config",
    'apps: ["apps/**/*.yaml"]',
    `envRepo: { ${url ? `url: ${JSON.stringify(url)}, ` : ""}branch: main, root: envs }`,
    'kubeVersion: "1.31"',
    "environments:",
  ];
  for (const e of envs) {
    lines.push(`  - name: ${e.name}`);
    if (e.autoDeploy) lines.push("    autoDeploy: true");
    if (e.approval) lines.push(`    approval: ${e.approval}`);
    if (e.promotesFrom) lines.push(`    promotesFrom: ${e.promotesFrom}`);
    if (e.branch) lines.push(`    branch: ${e.branch}`);
    for (const l of e.extra ?? []) lines.push(`    ${l}`);
  }
  lines.push("capabilities: [builtin]");
  return lines.join("\n") + "\n";
}

/** A webservice app; `tag` and `replicas` vary between source commits. */
export function appYaml(name: string, tag: string, opts: { objects?: "two" | "one" } = {}): string {
  const ports = opts.objects === "one" ? "" : "\n        ports: [{ port: 8080, expose: true }]";
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ${name}, namespace: ${name} }
spec:
  components:
    - name: web
      type: webservice
      properties:
        image: ghcr.io/acme/${name}:${tag}${ports}
`;
}

/** Minutes after the test epoch, so commit order is also date order. */
export function dateAt(n: number): string {
  return new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString().replace(".000Z", "Z");
}

export interface SourceRepo {
  dir: string;
  commits: string[];
  /** Writes files and commits; returns the new sha. */
  commit(files: Record<string, string>, msg?: string): Promise<string>;
  remove(rel: string, msg?: string): Promise<string>;
}

export async function sourceRepo(dir: string, files: Record<string, string>): Promise<SourceRepo> {
  await initRepo(dir);
  const commits: string[] = [];
  const repo: SourceRepo = {
    dir,
    commits,
    async commit(f, msg = `c${commits.length + 1}`) {
      await writeTree(dir, f);
      const sha = await commitAll(dir, msg, dateAt(commits.length + 1));
      commits.push(sha);
      return sha;
    },
    async remove(rel, msg = `remove ${rel}`) {
      await fs.rm(path.join(dir, rel), { recursive: true, force: true });
      const sha = await commitAll(dir, msg, dateAt(commits.length + 1));
      commits.push(sha);
      return sha;
    },
  };
  await repo.commit(files, "c1");
  return repo;
}

/** A checkout of `sha` in its own worktree (same object database: ancestry works). */
export async function worktreeAt(repo: string, sha: string, dir: string): Promise<string> {
  await git(repo, "worktree", "add", "-q", "--detach", dir, sha);
  return dir;
}

/** `ref → sha` of every ref in a repository. */
export async function refs(repo: string): Promise<Record<string, string>> {
  const out = await gitWith(repo, ["for-each-ref", "--format=%(refname) %(objectname)"], {
    allowFailure: true,
  });
  const r: Record<string, string> = {};
  for (const line of out.split("\n").filter(Boolean)) {
    const [ref, sha] = line.split(" ");
    r[ref!] = sha!;
  }
  return r;
}

/** The text of `file` at `ref` of a (bare) repository, or undefined. */
export async function show(repo: string, ref: string, file: string): Promise<string | undefined> {
  const out = await gitWith(repo, ["cat-file", "-p", `${ref}:${file}`], { allowFailure: true });
  return out || undefined;
}

/** An environment's state.json at `ref`: its apps' entries (the index's rows, schema 3) as records. */
export async function stateAt(
  repo: string,
  ref: string,
  env: string,
): Promise<{ apps: Record<string, { commit: string; sourceRepo: string }> } | undefined> {
  const t = await show(repo, ref, `envs/${env}/.capstan/state.json`);
  return t ? { apps: indexApps(t) } : undefined;
}

/** The apps of a state.json's text (schema 3): [sourceRepo, commit, inputDigest, source, count] rows as records. */
export function indexApps(
  text: string,
): Record<string, { sourceRepo: string; commit: string; inputDigest: string; source?: string }> {
  const doc = JSON.parse(text) as { apps: Record<string, [string, string, string, string | null]> };
  return Object.fromEntries(
    Object.entries(doc.apps).map(([n, [sourceRepo, commit, inputDigest, source]]) => [
      n,
      { sourceRepo, commit, inputDigest, ...(source !== null ? { source } : {}) },
    ]),
  );
}

export async function log(repo: string, ref = "main"): Promise<string[]> {
  const out = await gitWith(repo, ["log", "--format=%s", ref], { allowFailure: true });
  return out ? out.split("\n") : [];
}

/**
 * Rewrites environment `env` of the env repo at `url` (branch main) as a schema-3 capstan
 * left it: state.json says 3, and each app's detail is in its own `.capstan/apps/<app>.json`
 * instead of the shards. Committed and pushed through a clone in `root`.
 */
export async function asSchema3(url: string, root: string, env: string): Promise<void> {
  const work = await fs.mkdtemp(path.join(root, "schema3-"));
  await git(root, "clone", "-q", url, work);
  const capstan = path.join(work, "envs", env, ".capstan");
  const state = path.join(capstan, "state.json");
  const text = await fs.readFile(state, "utf8");
  await fs.writeFile(state, text.replace('"schemaVersion": 4', '"schemaVersion": 3'));
  await fs.mkdir(path.join(capstan, "apps"));
  for (const shard of await fs.readdir(path.join(capstan, "details"))) {
    const apps = JSON.parse(await fs.readFile(path.join(capstan, "details", shard), "utf8"));
    for (const [name, detail] of Object.entries(apps as Record<string, unknown>))
      await fs.writeFile(
        path.join(capstan, "apps", `${name}.json`),
        JSON.stringify(detail, null, 2) + "\n",
      );
  }
  await fs.rm(path.join(capstan, "details"), { recursive: true });
  await commitAll(work, "a schema-3 capstan wrote this");
  await git(work, "push", "-q", "origin", "main");
}
