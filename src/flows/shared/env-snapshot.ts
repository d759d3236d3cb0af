/**
 * Reading an environment folder of the env repo at a commit (not from the worktree,
 * so several branches can be read before anything is written): its state.json and
 * kustomization.yaml, and the environments present that capstan.yaml no longer has.
 */
import { fileAt, filesAt } from "../../adapters/git-objects.ts";
import type { Environment } from "../../core/config.ts";
import type { PreviousEnv } from "../../core/engine.ts";
import type { Problem } from "../../core/errors.ts";
import { parseState, STATE_FILE, type EnvState } from "../../core/layout.ts";
import { HYDRATOR_FILE, README_FILE } from "../../core/hydrator.ts";

export interface Snapshot extends PreviousEnv {
  problem?: Problem;
}

/** `<root>/<env>` at `rev` (undefined = an empty branch). */
export async function readEnvAt(
  dir: string,
  rev: string | undefined,
  envPath: string,
): Promise<Snapshot> {
  if (!rev) return {};
  const [kustomization, text, readme, hydrator] = await Promise.all(
    ["kustomization.yaml", STATE_FILE, README_FILE, HYDRATOR_FILE].map((f) =>
      fileAt(dir, rev, `${envPath}/${f}`),
    ),
  );
  const base = { kustomization, readme, hydrator };
  if (text === undefined) return base;
  const parsed = parseState(text);
  if ("error" in parsed) return { ...base, problem: corruptState(envPath, parsed.error) };
  return { ...base, state: parsed };
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
  dir: string,
  rev: string | undefined,
  root: string,
  configured: Environment[],
  sourceRepo: string,
): Promise<RemovedEnv[]> {
  if (!rev) return [];
  const known = new Set(configured.map((e) => e.name));
  const out: RemovedEnv[] = [];
  const re = new RegExp(`^${escape(root)}/([^/]+)/\\.capstan/state\\.json$`);
  for (const f of await filesAt(dir, rev, root)) {
    const name = re.exec(f)?.[1];
    if (!name || known.has(name)) continue;
    const snapshot = await readEnvAt(dir, rev, `${root}/${name}`);
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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
