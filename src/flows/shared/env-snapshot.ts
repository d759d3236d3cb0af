/**
 * Reading an environment folder of the env repo at a commit (from the fetched objects,
 * never a work tree, so several branches can be read before anything is written): its
 * state.json, kustomization.yaml and the hydrator files, and the environments present that capstan.yaml no
 * longer has. Reads go through an `EnvFiles` (the transaction's EnvTree): batched, cached.
 */
import type { Environment } from "../../core/model/config.ts";
import type { PreviousEnv } from "../../core/plan/plan.ts";
import type { Problem } from "../../core/common/errors.ts";
import { STATE_FILE, type EnvState } from "../../core/plan/layout.ts";
import {
  detailFileOf,
  detailPath,
  DetailsNotLoaded,
  parseState,
  type LoadingDetailSource,
} from "../../core/plan/state-file.ts";
import { HYDRATOR_FILE, README_FILE } from "../../core/plan/hydrator.ts";

export interface Snapshot extends PreviousEnv {
  problem?: Problem;
}

/** Reads of env repo files at commits: [rev, path] pairs, in one batch. */
export interface EnvFiles {
  /** Tells stores apart (parsed states are cached by text and where their details are). */
  readonly key?: string;
  readMany(specs: [string, string][]): Promise<(string | undefined)[]>;
  /** Fetches the trees of these folders (and these files) ahead of reads below them, in one request. */
  prefetchDirs?(rev: string, dirs: string[], files?: string[]): Promise<void>;
  list(rev: string, dirs: string[], recursive?: boolean): Promise<{ path: string; type: string }[]>;
}

/** The files a snapshot of `<envPath>` at `rev` reads. */
function snapshotSpecs(rev: string, envPath: string): [string, string][] {
  return [
    [rev, `${envPath}/kustomization.yaml`],
    [rev, `${envPath}/${STATE_FILE}`],
    [rev, `${envPath}/${README_FILE}`],
    [rev, `${envPath}/${HYDRATOR_FILE}`],
  ];
}

/** Reads the state and kustomization of several environments in one batch (later reads hit the cache). */
export async function prefetchEnvs(
  files: EnvFiles,
  envs: [string | undefined, string][],
): Promise<void> {
  await files.readMany(envs.flatMap(([rev, p]) => (rev ? snapshotSpecs(rev, p) : [])));
}

/** `<root>/<env>` at `rev` (undefined = an empty branch). */
export async function readEnvAt(
  files: EnvFiles,
  rev: string | undefined,
  envPath: string,
): Promise<Snapshot> {
  if (!rev) return {};
  const [kustomization, text, readme, hydrator] = await files.readMany(snapshotSpecs(rev, envPath));
  const base = { kustomization, readme, hydrator };
  if (text === undefined) return base;
  const details = new TreeDetails(files, rev, envPath);
  const parsed = parseState(text, details);
  if ("error" in parsed) return { ...base, problem: corruptState(envPath, parsed.error) };
  details.apps = Object.keys(parsed.apps);
  details.fileOf = detailFileOf(parsed.schemaVersion);
  return { ...base, state: parsed };
}

/**
 * The apps' detail files (`.capstan/details/<h>.json`, or schema 3's
 * `.capstan/apps/<app>.json`) of `<envPath>` at `rev`: read in batches before a plan needs
 * them (`preloadDetails`, `withDetails`).
 */
class TreeDetails implements LoadingDetailSource {
  readonly key: string;
  /** detail file (relative to the environment folder) → its text */
  private readonly texts = new Map<string, string | undefined>();
  /** apps whose folders were fetched */
  private readonly dirs = new Set<string>();
  /** Every app the state lists, and where the state keeps their details. */
  apps: string[] = [];
  fileOf: (app: string) => string = detailPath;

  constructor(
    private readonly files: EnvFiles,
    private readonly rev: string,
    readonly display: string,
  ) {
    this.key = `${files.key ?? ""}:${rev}:${display}`;
  }

  read(file: string): string | undefined {
    if (!this.texts.has(file)) throw new DetailsNotLoaded(this, file);
    return this.texts.get(file);
  }

  async load(apps: readonly string[], files: readonly string[]): Promise<void> {
    const dirs = [...new Set(apps)].filter((a) => !this.dirs.has(a));
    const todo = [...new Set(files)].filter((f) => !this.texts.has(f));
    if (!todo.length && !dirs.length) return;
    // the apps' folders too: the plan compares and rewrites their files
    const paths = todo.map((f) => `${this.display}/${f}`);
    await this.files.prefetchDirs?.(
      this.rev,
      dirs.map((a) => `${this.display}/${a}`),
      paths,
    );
    dirs.forEach((a) => this.dirs.add(a));
    const got = await this.files.readMany(paths.map((p) => [this.rev, p]));
    todo.forEach((f, i) => this.texts.set(f, got[i]));
  }

  loadAll(): Promise<void> {
    return this.load(this.apps, this.apps.map(this.fileOf));
  }
}

export function corruptState(envPath: string, error: string): Problem {
  const file = `${envPath}/${STATE_FILE}`;
  return {
    file,
    code: "corrupt-state",
    message:
      `${STATE_FILE} of the env repo ${error}; capstan will not overwrite files it cannot account for — ` +
      `restore it from the env repo's history (git log -- ${file}) or delete it together with the files it listed`,
  };
}

export interface RemovedEnv {
  name: string;
  /** Apps of this source repository recorded there. */
  apps: string[];
  snapshot: Snapshot;
}

/**
 * Environments under `<root>/` at `rev` that capstan.yaml does not define and whose
 * state records apps of `sourceRepo` (other source repos' environments are theirs).
 */
export async function removedEnvsAt(
  files: EnvFiles,
  rev: string | undefined,
  root: string,
  configured: Environment[],
  sourceRepo: string,
): Promise<RemovedEnv[]> {
  if (!rev) return [];
  const known = new Set(configured.map((e) => e.name));
  const out: RemovedEnv[] = [];
  const names = (await files.list(rev, [root]))
    .filter((e) => e.type === "tree")
    .map((e) => e.path.slice(root.length + 1))
    .filter((n) => !known.has(n));
  await prefetchEnvs(
    files,
    names.map((n) => [rev, `${root}/${n}`]),
  );
  for (const name of names) {
    const snapshot = await readEnvAt(files, rev, `${root}/${name}`);
    if (snapshot.state === undefined && !snapshot.problem) continue;
    const apps = Object.entries(snapshot.state?.apps ?? {})
      .filter(([, a]) => a.sourceRepo === sourceRepo)
      .map(([n]) => n);
    if (apps.length || snapshot.problem) out.push({ name, apps, snapshot });
  }
  return out;
}

/** A stand-in Environment for a removed one: no app binds to it, so planning prunes them all. */
export function removedEnvironment(name: string, kubeVersion: string): Environment {
  return {
    name,
    autoDeploy: false,
    approval: "none",
    kubeVersion,
    policies: [],
    allowLiteralSecrets: false,
    createNamespaces: false,
    guardrails: [],
    index: -1,
  };
}

export function isEmptyState(s: EnvState): boolean {
  return Object.keys(s.apps).length === 0;
}
