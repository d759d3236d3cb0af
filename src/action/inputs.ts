/** The Action's inputs, read once at the edge into one typed object. */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { UsageError } from "../core/common/errors.ts";
import { envRepoLocation } from "../flows/shared/env-repo-location.ts";

export { envRepoLocation };

export type ActionCommand = "render" | "preview" | "promote" | "validate";

export interface Inputs {
  command: ActionCommand;
  source: string;
  sourceRepo?: string;
  sourceCommit?: string;
  environments?: string[];
  frozen: boolean;
  token?: string;
  /** values to mask in every log line */
  secrets: string[];
  /** preview: the `source` input as given (names the sticky comment's marker) */
  previewSource: string;
  /** preview: post the sticky comment — `auto` skips it for pull requests from forks */
  previewComment: "auto" | "true" | "false";
  /** render: the env repo as a URL or local path (`owner/name` is expanded with `serverUrl`); default capstan.yaml's envRepo.url */
  envRepo?: string;
  /** render: author and committer of capstan's commits */
  committer: { name: string; email: string };
  /** render: plan and print, never commit or push */
  dryRun: boolean;
  allowMassDeletion: boolean;
  pruneRemovedEnvs: boolean;
  /** REST API root (input github-api-url, default GITHUB_API_URL, else https://api.github.com) */
  githubApiUrl: string;
  /** web root (input server-url, default GITHUB_SERVER_URL, else https://github.com) */
  serverUrl: string;
  /** promote: the environment promoted from (input from) */
  from?: string;
  /** promote: the environments promoted to (input to, comma or space separated; none = every one that promotes from `from`) */
  to?: string[];
  /** promote: promote although the target's gates (verify) do not pass (input force) */
  force: boolean;
  /** promote: only these apps (input apps, comma or space separated) */
  apps?: string[];
  /** promote: an explicit source revision (input revision; older than what `to` runs = rollback) */
  revision?: string;
}

const COMMANDS: ActionCommand[] = ["render", "preview", "promote", "validate"];

const DEFAULT_COMMITTER = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

/** A boolean input: `true`/`false` (any case), or its default when empty. */
function bool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v) return dflt;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new UsageError(`input ${name}: "${v}" is not true or false`);
}

/** `owner/name` → `<server>/owner/name.git`; a URL or a path (`./deploy`) is kept. */
export function readInputs(): Inputs {
  const command = (core.getInput("command") || "render") as ActionCommand;
  if (!COMMANDS.includes(command))
    throw new UsageError(`input command: "${command}" is not one of ${COMMANDS.join(", ")}`);
  const token = core.getInput("token") || undefined;
  const envs = core.getInput("environments");
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const serverUrl =
    core.getInput("server-url") || process.env.GITHUB_SERVER_URL || "https://github.com";
  const envRepo = core.getInput("env-repo").trim();
  const committerName = core.getInput("committer-name").trim();
  const committerEmail = core.getInput("committer-email").trim();
  if (!committerName !== !committerEmail)
    throw new UsageError(
      "inputs committer-name and committer-email go together: set both or neither",
    );
  return {
    command,
    source: resolve(workspace, core.getInput("source") || "."),
    sourceRepo: process.env.GITHUB_REPOSITORY || undefined,
    sourceCommit: process.env.GITHUB_SHA || undefined,
    environments: envs ? envs.split(/[\s,]+/).filter(Boolean) : undefined,
    frozen: bool("frozen", true),
    token,
    secrets: token ? [token] : [],
    previewSource: core.getInput("source") || ".",
    previewComment: previewComment(core.getInput("comment") || "auto"),
    envRepo: envRepo ? envRepoLocation(envRepo, serverUrl, workspace) : undefined,
    committer: committerName ? { name: committerName, email: committerEmail } : DEFAULT_COMMITTER,
    dryRun: bool("dry-run", false),
    allowMassDeletion: bool("allow-mass-deletion", false),
    pruneRemovedEnvs: bool("prune-removed-envs", false),
    githubApiUrl:
      core.getInput("github-api-url") || process.env.GITHUB_API_URL || "https://api.github.com",
    serverUrl,
    from: core.getInput("from").trim() || undefined,
    to: splitList(core.getInput("to")),
    force: bool("force", false),
    apps: splitList(core.getInput("apps")),
    revision: core.getInput("revision").trim() || undefined,
  };
}

function splitList(v: string): string[] | undefined {
  const l = v.split(/[\s,]+/).filter(Boolean);
  return l.length ? l : undefined;
}

function previewComment(v: string): Inputs["previewComment"] {
  if (v === "auto" || v === "true" || v === "false") return v;
  throw new UsageError(`input comment: "${v}" is not one of auto, true, false`);
}
