/**
 * Staged writes of `capstan render --out`, all-or-nothing per run: files are staged while
 * the apps render (possibly in the write worker, `write-worker.ts`) and only put in place
 * once planning found no problem; a problem or a failed write removes everything staged
 * and leaves the output folder as it was.
 *
 * - An environment folder that exists: each file is written beside its target
 *   (`<name>.capstan-tmp`); the commit renames them into place (state.json last) and then
 *   makes the deletions.
 * - An environment folder that does not exist yet: the whole folder is staged next to it
 *   (`<root>/.<env>.capstan-stage`) and renamed into place once.
 *
 * Only `node:` imports here: the write worker bundles this file alone, so it starts in
 * tens of milliseconds.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, normalize, sep } from "node:path";
import { isSafeRelPath } from "../core/common/paths.ts";

/** A failed write: the target file and the errno code and message. */
export interface WriteFailure {
  file: string;
  code: string;
  message: string;
}

/** What an environment's commit needs beyond what was staged while rendering. */
export interface EnvFinish {
  /** index given to `open` */
  env: number;
  /** files to write that were not staged (kustomizations, state.json, namespaces) */
  writes: [string, string][];
  /** staged files the plan does not write after all */
  drop: string[];
  /** files to delete (relative to the environment folder) */
  deletes: string[];
}

export type FinishResult = { written: number; deleted: number } | { failure: WriteFailure };

function checkPath(rel: string): void {
  if (!isSafeRelPath(rel))
    throw new Error(`refusing to write outside the environment folder: ${rel}`);
}

/** The folder a new environment folder `dir` is staged in before it is renamed into place. */
export function stageDirOf(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.capstan-stage`);
}

/** One environment folder's staged files. */
class EnvStage {
  /** true when the folder did not exist: everything goes to `stageDir`, renamed once */
  readonly fresh: boolean;
  readonly stageDir: string;
  /** staged files (relative paths), in staging order */
  private readonly staged = new Set<string>();
  /** folders created here (outermost first), removed again on rollback */
  private readonly madeDirs: string[] = [];
  /** folders made (or found) already: one mkdir per folder, not per file */
  private readonly knownDirs = new Set<string>();
  private started = false;

  /** `dir` and `stageDir` with a trailing `/` */
  private readonly base: string;
  private readonly stageBase: string;

  constructor(
    readonly dir: string,
    readonly stateFile: string,
  ) {
    this.fresh = !existsSync(dir);
    this.stageDir = stageDirOf(dir);
    this.base = withSlash(dir);
    this.stageBase = withSlash(this.stageDir);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    if (!this.fresh) return;
    // A stage left by a killed run is ours to remove (nothing else uses that name).
    rmSync(this.stageDir, { recursive: true, force: true });
    this.mkdir(dirname(this.stageDir));
    mkdirSync(this.stageDir);
    this.madeDirs.push(this.stageDir);
    this.knownDirs.add(this.stageDir);
  }

  private mkdir(folder: string): void {
    if (this.knownDirs.has(folder)) return;
    const made = mkdirSync(folder, { recursive: true });
    // Inside a stage folder nothing needs recording: the rollback removes it whole.
    if (made && !(this.fresh && made.startsWith(this.stageDir))) this.madeDirs.push(made);
    this.knownDirs.add(folder);
  }

  /**
   * Where a file is written while staged. `rel` passed `checkPath`, so it is already normal
   * (no empty, `.` or `..` segment): joined by concatenation, a string per file fewer to
   * normalize — there are tens of thousands in a full render.
   */
  private stagedPath(rel: string): string {
    return this.fresh ? `${this.stageBase}${rel}` : `${this.base}${rel}.capstan-tmp`;
  }

  stage(rel: string, text: string): void {
    checkPath(rel);
    this.start();
    const cut = rel.lastIndexOf("/");
    this.mkdir(
      cut < 0
        ? this.fresh
          ? this.stageDir
          : this.dir
        : `${this.fresh ? this.stageBase : this.base}${rel.slice(0, cut)}`,
    );
    const path = this.stagedPath(rel);
    this.staged.add(rel);
    writeFileSync(path, text);
  }

  unstage(rel: string): void {
    if (!this.staged.delete(rel)) return;
    rmSync(this.stagedPath(rel), { force: true });
  }

  /** Puts the staged files in place and makes the deletions; the count of each. */
  commit(deletes: string[]): { written: number; deleted: number } {
    const written = this.staged.size;
    if (this.fresh) {
      if (this.started) {
        renameSync(this.stageDir, this.dir);
        this.madeDirs.length = 0;
      }
    } else {
      const order = [...this.staged].filter((r) => r !== this.stateFile);
      if (this.staged.has(this.stateFile)) order.push(this.stateFile);
      for (const rel of order) {
        const abs = join(this.dir, rel);
        renameSync(`${abs}.capstan-tmp`, abs);
      }
    }
    this.staged.clear();
    let deleted = 0;
    for (const rel of deletes) {
      const abs = join(this.dir, rel);
      if (existsSync(abs)) {
        rmSync(abs);
        deleted++;
        removeEmptyDirs(dirname(abs), this.dir);
      }
    }
    return { written, deleted };
  }

  /** Removes everything staged and every folder made: the output folder is as it was. */
  rollback(): void {
    if (!this.fresh) for (const rel of this.staged) rmSync(this.stagedPath(rel), { force: true });
    this.staged.clear();
    for (const d of this.madeDirs.reverse()) rmSync(d, { recursive: true, force: true });
    this.madeDirs.length = 0;
  }
}

function withSlash(dir: string): string {
  const d = normalize(dir);
  return d.endsWith(sep) ? d : `${d}${sep}`;
}

function removeEmptyDirs(d: string, stop: string): void {
  while (d.startsWith(stop) && d !== stop) {
    if (readdirSync(d).length) return;
    rmdirSync(d);
    d = dirname(d);
  }
}

/**
 * The staged writes of one run over several environment folders. The first failed write
 * is kept (later writes are skipped) and reported by `finish`, after everything staged
 * was removed again.
 */
export class Stager {
  private readonly envs: EnvStage[] = [];
  private failure?: WriteFailure;

  /** Registers environment folder `dir` under index `env`. */
  open(env: number, dir: string, stateFile: string): void {
    this.envs[env] = new EnvStage(dir, stateFile);
  }

  stage(env: number, files: Iterable<[string, string]>): void {
    if (this.failure) return;
    const e = this.envs[env]!;
    let current = "";
    try {
      for (const [rel, text] of files) {
        current = rel;
        e.stage(rel, text);
      }
    } catch (err) {
      const x = err as NodeJS.ErrnoException;
      if (!x.code) throw err;
      this.failure = { file: join(e.dir, current), code: x.code, message: x.message };
    }
  }

  /**
   * Stages what is left, then — when no write failed — puts every environment's files in
   * place. On a failure, everything staged is removed and the failure returned.
   */
  finish(plans: EnvFinish[]): FinishResult {
    try {
      for (const p of plans) p.deletes.forEach(checkPath);
      for (const p of plans) {
        const e = this.envs[p.env]!;
        for (const rel of p.drop) e.unstage(rel);
        this.stage(p.env, p.writes);
      }
    } catch (err) {
      this.rollback();
      throw err;
    }
    if (this.failure) {
      this.rollback();
      return { failure: this.failure };
    }
    let written = 0;
    let deleted = 0;
    for (const p of plans) {
      const r = this.envs[p.env]!.commit(p.deletes);
      written += r.written;
      deleted += r.deleted;
    }
    return { written, deleted };
  }

  rollback(): void {
    for (const e of this.envs) e?.rollback();
  }
}
