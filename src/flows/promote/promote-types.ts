/** What a promotion takes and gives back (promote.ts), and what one attempt carries. */
import type { RetryOptions } from "../../adapters/retry.ts";
import { type AppDiff } from "../../core/preview/diff.ts";
import type { AppOutcome } from "../../core/plan/plan.ts";
import { type PromotionWords } from "./promote-pr.ts";
import { type GitHubTarget } from "../shared/pull-requests.ts";
import { type Verification } from "./verify.ts";

export interface PromoteOptions {
  /** the source folder (holding capstan.yaml), absolute */
  source: string;
  /** the env repo: a URL, a bare path, or a local non-bare repository used in place; default capstan.yaml's envRepo.url */
  envRepo?: string;
  from: string;
  to: string;
  /** only these apps (partial promotion) */
  apps?: string[];
  /** render `to` at this explicit source revision (a rollback when it is older than what `to` runs) */
  revision?: string;
  /** push the promotion branch (a local non-bare repository without it: committed in place; a URL without it: dry run) */
  push: boolean;
  token?: string;
  sourceRepo?: string;
  committer?: { name: string; email: string };
  frozen?: boolean;
  workdir?: string;
  github?: GitHubTarget;
  gitEnv?: Record<string, string>;
  retry?: Partial<Pick<RetryOptions, "maxAttempts" | "baseMs" | "maxMs">>;
  /** promote even when `to`'s gates (verify in capstan.yaml) do not pass; the PR says so */
  force?: boolean;
  /** the clock `verify.minAge` is measured with (milliseconds since the epoch) */
  now?: () => number;
}

export type PromoteStatus = "proposed" | "nothing-to-promote" | "unverified";

export interface PromoteResult {
  from: string;
  to: string;
  /** the promotion branch */
  branch: string;
  /** `to`'s branch (the pull request's base) */
  base: string;
  status: PromoteStatus;
  mode: "push" | "in-place" | "dry-run";
  rollback: boolean;
  /** the newest source commit `to` will run */
  revision?: string;
  /** the newest source commit `to` runs now */
  current?: string;
  /** app → source commit rendered */
  commits: Record<string, string>;
  apps: AppOutcome[];
  diffs: AppDiff[];
  /** head of the promotion branch */
  commit?: string;
  pushed: boolean;
  /** `to`'s gates as read (undefined: `to` declares no verify) */
  verification?: Verification;
  /** promoted although the gates did not pass (`--force`) */
  forced: boolean;
  /** pushed straight to `to`'s branch (autoPromote), no pull request */
  direct: boolean;
  title?: string;
  body?: string;
  pr?: {
    number?: number;
    url?: string;
    action: "created" | "updated" | "unchanged" | "closed" | "printed" | "none";
  };
  envRepo: string;
}

export interface Attempt {
  result: PromoteResult;
  words?: PromotionWords;
}

/** What an attempt decided per app before planning (decide()). */
export interface Decision {
  /** app → source commit to render */
  targets: Map<string, string>;
  revision: string;
  current?: string;
  pruneCandidates: string[];
  notices: string[];
  rollback: boolean;
}
