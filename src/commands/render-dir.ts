/**
 * `capstan render --out DIR`: the env-repo tree in a plain folder, no git.
 * Incremental: each environment's own state.json says what is there already.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  readdirSync,
  renameSync,
  rmdirSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { UsageError, UserError, type Problem } from "../core/errors.ts";
import {
  kindsToPreload,
  planEnv,
  prepare,
  renderAppFiles,
  renderTasks,
  type EnvPlan,
  type LoadedSource,
} from "../core/engine.ts";
import { preloadKinds } from "../kube/index.ts";
import { renderInParallel } from "./parallel-render.ts";
import type { Environment } from "../core/config.ts";
import { parseState, STATE_FILE, isSafeRelPath, type EnvState } from "../core/layout.ts";
import type { Reporter } from "./reporter.ts";

export interface RenderDirOptions {
  out: string;
  envs?: string[];
  frozen?: boolean;
  allowMassDeletion?: boolean;
  /** told of every app rendered (the CLI draws a counter on a TTY, plain lines in CI) */
  progress?: RenderProgress;
}

export interface RenderProgress {
  setTotal(total: number): void;
  tick(n?: number, label?: string): void;
  done(summary?: string): void;
}

export interface RenderDirResult {
  plans: EnvPlan[];
  filesWritten: number;
  filesDeleted: number;
}

/** The same problem found while planning several environments is reported once. */
export function dedupeProblems(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = [p.file, p.line, p.col, p.path, p.message].join("\0");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function selectEnvs(src: LoadedSource, names: string[] | undefined): Environment[] {
  if (!names?.length) return src.config.environments;
  return names.map((n) => {
    const e = src.config.environments.find((x) => x.name === n);
    if (!e)
      throw new UsageError(
        `unknown environment "${n}"; capstan.yaml defines: ${src.config.environments.map((x) => x.name).join(", ")}`,
      );
    return e;
  });
}

export function readPrevious(
  envDir: string,
  display: string,
): { state?: EnvState; kustomization?: string; problem?: Problem } {
  const statePath = join(envDir, STATE_FILE);
  const kPath = join(envDir, "kustomization.yaml");
  const kustomization = existsSync(kPath) ? readFileSync(kPath, "utf8") : undefined;
  if (!existsSync(statePath)) return { kustomization };
  const parsed = parseState(readFileSync(statePath, "utf8"));
  if ("error" in parsed)
    return {
      kustomization,
      problem: {
        file: `${display}/${STATE_FILE}`,
        code: "corrupt-state",
        message: `${STATE_FILE} ${parsed.error}; capstan will not overwrite files it cannot account for — restore it from the env repo's history (git checkout HEAD~1 -- ${display}/${STATE_FILE}) or delete it together with the files it listed`,
      },
    };
  return { state: parsed, kustomization };
}

/** Mass-deletion guard: deleting more than half of an environment's objects needs an explicit allow. */
export function massDeletionProblem(
  plan: EnvPlan,
  allow: boolean | undefined,
): Problem | undefined {
  if (allow || plan.objectsBefore < 4 || plan.objectsDeleted * 2 <= plan.objectsBefore)
    return undefined;
  return {
    env: plan.env.name,
    code: "mass-deletion",
    message: `this run would delete ${plan.objectsDeleted} of the ${plan.objectsBefore} objects in environment "${plan.env.name}"; if that is intended, pass --allow-mass-deletion (Action input allow-mass-deletion: true)`,
  };
}

export async function renderToDir(
  src: LoadedSource,
  opts: RenderDirOptions,
  reporter: Reporter,
): Promise<RenderDirResult> {
  const envs = selectEnvs(src, opts.envs);
  const prep = await prepare(src, envs, { frozen: opts.frozen, preload: false });
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  const problems: Problem[] = [];
  const plans: EnvPlan[] = [];
  const notices = new Set<string>();
  const root = src.config.envRepo.root;
  const previous = envs.map((env) => ({
    env,
    prev: readPrevious(join(opts.out, root, env.name), `${root}/${env.name}`),
  }));
  // The apps to render in every environment, spread over a worker thread when many.
  const todo = previous
    .filter((x) => !x.prev.problem)
    .map((x) => ({ env: x.env, ...renderTasks(src, x.env, x.prev) }));
  // Kube validators are loaded only when something is to be rendered (not for a no-op run).
  if (todo.some((x) => x.tasks.length)) await preloadKinds(kindsToPreload(src, prep.caps));
  const rendered = await renderInParallel(src, todo);
  // What the worker (if any) did not render is rendered here, one app at a time, with progress.
  const total = todo.reduce((n, x) => n + x.tasks.length, 0);
  if (total && opts.progress) {
    opts.progress.setTotal(total);
    for (const x of todo) {
      const done = rendered.get(x.env.name)!;
      for (const t of x.tasks) {
        if (!done.has(t.app.name))
          done.set(t.app.name, renderAppFiles(src, t.app, t.binding, t.guardrails));
        opts.progress.tick(1, `${x.env.name}/${t.app.name}`);
      }
    }
    opts.progress.done(`rendered ${total} app × environment pair(s)`);
  }
  for (const { env, prev } of previous) {
    if (prev.problem) {
      problems.push(prev.problem);
      continue;
    }
    const digests = todo.find((x) => x.env === env)?.digests;
    const r = planEnv(src, env, prev, { digests, rendered: rendered.get(env.name) });
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (r.plan) {
      const guard = massDeletionProblem(r.plan, opts.allowMassDeletion);
      if (guard) problems.push(guard);
      plans.push(r.plan);
    }
  }
  for (const n of notices) reporter.notice(n);
  if (problems.length) throw new UserError(dedupeProblems(problems));
  let filesWritten = 0;
  let filesDeleted = 0;
  for (const plan of plans) {
    const envDir = join(opts.out, root, plan.env.name);
    const w = applyChanges(envDir, plan.changes);
    filesWritten += w.written;
    filesDeleted += w.deleted;
  }
  return { plans, filesWritten, filesDeleted };
}

/**
 * Writes a plan's changes under `dir`; deletes files (and folders left empty). New
 * texts are first written beside their targets (`<name>.capstan-tmp`); only when every
 * one is on disk are they renamed into place (state.json last) and deletions made. A
 * failed write (disk full, read-only folder) removes what it wrote and leaves `dir` as
 * it was: a UserError naming the file.
 */
export function applyChanges(
  dir: string,
  changes: Map<string, string | null>,
): { written: number; deleted: number } {
  const staged: { tmp: string; abs: string; rel: string }[] = [];
  const deletes: string[] = [];
  const madeDirs: string[] = [];
  /** folders already made (or found) in this call: one mkdir per folder, not per file */
  const knownDirs = new Set<string>();
  let current = "";
  try {
    for (const [rel, text] of changes) {
      if (!isSafeRelPath(rel))
        throw new Error(`refusing to write outside the environment folder: ${rel}`);
      const abs = join(dir, rel);
      if (text === null) {
        deletes.push(abs);
        continue;
      }
      current = rel;
      const folder = dirname(abs);
      if (!knownDirs.has(folder)) {
        const made = mkdirSync(folder, { recursive: true });
        if (made) madeDirs.push(made);
        knownDirs.add(folder);
      }
      const tmp = `${abs}.capstan-tmp`;
      staged.push({ tmp, abs, rel });
      writeFileSync(tmp, text);
    }
  } catch (e) {
    for (const f of staged) rmSync(f.tmp, { force: true });
    for (const d of madeDirs.reverse()) rmSync(d, { recursive: true, force: true });
    const err = e as NodeJS.ErrnoException;
    if (!err.code) throw e;
    throw new UserError([
      {
        file: join(dir, current),
        code: "write",
        message: `cannot write: ${err.code} (${err.message.split(",")[0]}); the output folder was left as it was`,
      },
    ]);
  }
  staged.sort((a, b) => Number(a.rel === STATE_FILE) - Number(b.rel === STATE_FILE));
  for (const f of staged) renameSync(f.tmp, f.abs);
  let deleted = 0;
  for (const abs of deletes) {
    if (existsSync(abs)) {
      rmSync(abs);
      deleted++;
      removeEmptyDirs(dirname(abs), dir);
    }
  }
  return { written: staged.length, deleted };
}

function removeEmptyDirs(d: string, stop: string): void {
  while (d.startsWith(stop) && d !== stop) {
    if (readdirSync(d).length) return;
    rmdirSync(d);
    d = dirname(d);
  }
}
