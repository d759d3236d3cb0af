/**
 * GitHub: the only place Octokit runs. Pull requests on the env repo, the sticky
 * preview comment, commit statuses, labels.
 *
 * API errors become `ExternalError` carrying the HTTP status; they are recognised by
 * status code, never by message text. The token lives in a private field and is
 * scrubbed from every error message.
 */
import type { getOctokit } from "@actions/github";
import { ExternalError } from "../core/common/errors.ts";
import { redact } from "./git-exec.ts";

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubOptions {
  token: string;
  owner: string;
  repo: string;
  /** API root, e.g. `https://api.github.com` (default) or a test server. */
  baseUrl?: string;
}

export interface PullRequest {
  number: number;
  url: string;
  head: string;
  headSha: string;
  base: string;
  title: string;
  body: string;
}

export interface PrRequest {
  head: string;
  base: string;
  title: string;
  body: string;
  labels?: string[];
}

export type CommitState = "error" | "failure" | "pending" | "success";

export interface CommitStatus {
  sha: string;
  state: CommitState;
  context: string;
  description?: string;
  targetUrl?: string;
}

export interface CommitRef {
  sha: string;
  /** committer date, ISO 8601 */
  date?: string;
}

/** A commit status as read back: `createdAt` is when it was set (ISO 8601). */
export interface ReadStatus {
  sha: string;
  state: CommitState;
  context: string;
  createdAt: string;
}

/** The hidden HTML comment that identifies capstan's sticky comment of one kind. */
export function stickyMarker(marker: string): string {
  return `<!-- capstan:${marker} -->`;
}

/** `{ owner, repo }` of a GitHub repository URL on `host`, or undefined for anything else. */
export function parseGitHubRepoUrl(
  url: string,
  host = "github.com",
): { owner: string; repo: string } | undefined {
  const h = host.toLowerCase().replace(/\./g, "\\.");
  const m =
    new RegExp(`^https?://(?:[^@/]+@)?${h}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`, "i").exec(
      url,
    ) ?? new RegExp(`^(?:ssh://)?git@${h}[:/]([^/]+)/([^/]+?)(?:\\.git)?/?$`, "i").exec(url);
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined;
}

const DESCRIPTION_MAX = 140;

export class GitHubApi {
  readonly owner: string;
  readonly repo: string;
  readonly #token: string;
  readonly #baseUrl?: string;
  #octokit?: Promise<Octokit>;

  constructor(opts: GitHubOptions) {
    this.owner = opts.owner;
    this.repo = opts.repo;
    this.#token = opts.token;
    this.#baseUrl = opts.baseUrl?.replace(/\/+$/, "");
  }

  /**
   * The client, loaded on first use: Octokit and its HTTP stack cost ~50 ms to load, and
   * most runs (nothing to propose, no token) never call GitHub.
   */
  #client(): Promise<Octokit> {
    this.#octokit ??= import("@actions/github").then(({ getOctokit }) =>
      getOctokit(this.#token, this.#baseUrl ? { baseUrl: this.#baseUrl } : {}),
    );
    return this.#octokit;
  }

  /** The repository's default branch. */
  async defaultBranch(): Promise<string> {
    const { data } = await this.#call("read the repository", (o) =>
      o.rest.repos.get({ owner: this.owner, repo: this.repo }),
    );
    return data.default_branch;
  }

  /** The open pull request from branch `head` (of this repository) into `base`, if any. */
  async findOpenPr(head: string, base: string): Promise<PullRequest | undefined> {
    const { data } = await this.#call(`list pull requests from ${head}`, (o) =>
      o.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: "open",
        head: `${this.owner}:${head}`,
        base,
        per_page: 100,
      }),
    );
    const pr = data.find((p) => p.head.ref === head && p.base.ref === base);
    return pr ? toPr(pr) : undefined;
  }

  /**
   * Opens the pull request, or updates the one already open for `head` → `base`
   * (title and body, only when they differ). Never creates a duplicate.
   */
  async createOrUpdatePr(
    req: PrRequest,
  ): Promise<PullRequest & { action: "created" | "updated" | "unchanged" }> {
    let existing = await this.findOpenPr(req.head, req.base);
    let action: "created" | "updated" | "unchanged";
    if (!existing) {
      try {
        const o = await this.#client();
        const { data } = await o.rest.pulls.create({
          owner: this.owner,
          repo: this.repo,
          head: req.head,
          base: req.base,
          title: req.title,
          body: req.body,
        });
        existing = toPr(data);
        action = "created";
      } catch (e) {
        // 422: another run opened it between our look-up and now. Find it and update it.
        existing = statusOf(e) === 422 ? await this.findOpenPr(req.head, req.base) : undefined;
        if (!existing) throw this.#error(`open a pull request from ${req.head}`, e);
        action = "unchanged";
      }
    } else {
      action = "unchanged";
    }
    if (
      action !== "created" &&
      (existing.title !== req.title || normalise(existing.body) !== normalise(req.body))
    ) {
      const number = existing.number;
      const { data } = await this.#call(`update pull request #${number}`, (o) =>
        o.rest.pulls.update({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          title: req.title,
          body: req.body,
        }),
      );
      existing = toPr(data);
      action = "updated";
    }
    if (req.labels?.length) await this.addLabels(existing.number, req.labels);
    return { ...existing, action };
  }

  /** Closes a pull request, optionally explaining why in a comment first. */
  async closePr(number: number, comment?: string): Promise<void> {
    if (comment) {
      await this.#call(`comment on pull request #${number}`, (o) =>
        o.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          body: comment,
        }),
      );
    }
    await this.#call(`close pull request #${number}`, (o) =>
      o.rest.pulls.update({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        state: "closed",
      }),
    );
  }

  /**
   * Keeps one comment per `marker` on an issue or pull request: creates it, updates it
   * in place when the body changed, and writes nothing when it is identical.
   */
  async upsertStickyComment(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<"created" | "updated" | "unchanged"> {
    const hidden = stickyMarker(marker);
    const text = body.includes(hidden) ? body : `${hidden}\n${body}`;
    const found = await this.#findComment(issueNumber, hidden);
    if (!found) {
      await this.#call(`comment on #${issueNumber}`, (o) =>
        o.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: issueNumber,
          body: text,
        }),
      );
      return "created";
    }
    if (normalise(found.body) === normalise(text)) return "unchanged";
    await this.#call(`update comment ${found.id} on #${issueNumber}`, (o) =>
      o.rest.issues.updateComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: found.id,
        body: text,
      }),
    );
    return "updated";
  }

  async setCommitStatus(s: CommitStatus): Promise<void> {
    const description =
      s.description && s.description.length > DESCRIPTION_MAX
        ? `${s.description.slice(0, DESCRIPTION_MAX - 1)}…`
        : s.description;
    await this.#call(`set the commit status ${s.context} on ${s.sha.slice(0, 7)}`, (o) =>
      o.rest.repos.createCommitStatus({
        owner: this.owner,
        repo: this.repo,
        sha: s.sha,
        state: s.state,
        context: s.context,
        ...(description !== undefined ? { description } : {}),
        ...(s.targetUrl !== undefined ? { target_url: s.targetUrl } : {}),
      }),
    );
  }

  /**
   * The newest commit reachable from `sha` that changed `path` (GET /commits?path=&sha=):
   * what the env repo's history says about one folder, without a clone.
   */
  async lastCommitTouching(path: string, sha: string): Promise<CommitRef | undefined> {
    const { data } = await this.#call(`list the commits that changed ${path}`, (o) =>
      o.rest.repos.listCommits({
        owner: this.owner,
        repo: this.repo,
        sha,
        path,
        per_page: 1,
      }),
    );
    const c = data[0];
    return c ? { sha: c.sha, date: c.commit.committer?.date ?? c.commit.author?.date } : undefined;
  }

  /**
   * The commits from `tip` back to `until` (both included), newest first, reading at most
   * `maxPages` pages of 100; `until` not met within them ends the list there.
   */
  async commitsBetween(until: string, tip: string, maxPages = 3): Promise<string[]> {
    const out: string[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const { data } = await this.#call(`list the commits of ${tip.slice(0, 7)}`, (o) =>
        o.rest.repos.listCommits({
          owner: this.owner,
          repo: this.repo,
          sha: tip,
          per_page: 100,
          page,
        }),
      );
      for (const c of data) {
        out.push(c.sha);
        if (c.sha === until) return out;
      }
      if (data.length < 100) break;
    }
    return out;
  }

  /** Every commit status set on `sha`, newest first (GET /commits/{ref}/statuses). */
  async listCommitStatuses(sha: string): Promise<ReadStatus[]> {
    try {
      const o = await this.#client();
      const all = await o.paginate(o.rest.repos.listCommitStatusesForRef, {
        owner: this.owner,
        repo: this.repo,
        ref: sha,
        per_page: 100,
      });
      return all.map((s) => ({
        sha,
        state: s.state as CommitState,
        context: s.context,
        createdAt: s.created_at,
      }));
    } catch (e) {
      throw this.#error(`list the commit statuses of ${sha.slice(0, 7)}`, e);
    }
  }

  async addLabels(issueNumber: number, labels: string[]): Promise<void> {
    if (!labels.length) return;
    await this.#call(`label #${issueNumber}`, (o) =>
      o.rest.issues.addLabels({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        labels,
      }),
    );
  }

  /** The first comment containing `hidden`, reading pages of 100 until found. */
  async #findComment(
    issueNumber: number,
    hidden: string,
  ): Promise<{ id: number; body: string } | undefined> {
    const o = await this.#client();
    const pages = o.paginate.iterator(o.rest.issues.listComments, {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    try {
      for await (const page of pages) {
        const hit = page.data.find((c) => c.body?.includes(hidden));
        if (hit) return { id: hit.id, body: hit.body ?? "" };
      }
    } catch (e) {
      throw this.#error(`list the comments of #${issueNumber}`, e);
    }
    return undefined;
  }

  async #call<T>(what: string, fn: (o: Octokit) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.#client());
    } catch (e) {
      throw this.#error(what, e);
    }
  }

  #error(what: string, e: unknown): ExternalError {
    const status = statusOf(e);
    const detail = e instanceof Error ? e.message : String(e);
    const message = `GitHub API: could not ${what} in ${this.owner}/${this.repo}${status ? ` (HTTP ${status})` : ""}: ${detail}`;
    return new ExternalError(redact(message, [this.#token]), status);
  }
}

interface ApiPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  head: { ref: string; sha: string };
  base: { ref: string };
}

function toPr(p: ApiPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    head: p.head.ref,
    headSha: p.head.sha,
    base: p.base.ref,
    title: p.title,
    body: p.body ?? "",
  };
}

/** The HTTP status of an Octokit RequestError (or anything shaped like one). */
function statusOf(e: unknown): number | undefined {
  if (typeof e !== "object" || e === null || !("status" in e)) return undefined;
  const s = (e as { status: unknown }).status;
  return typeof s === "number" ? s : undefined;
}

/** GitHub stores bodies with CRLF sometimes; compare on LF. */
function normalise(text: string): string {
  return text.replace(/\r\n/g, "\n");
}
