import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  redact
} from "./chunk-FN2YLOUV.js";
import {
  ExternalError
} from "./chunk-N5T7JROX.js";

// src/adapters/github.ts
function stickyMarker(marker) {
  return `<!-- capstan:${marker} -->`;
}
function parseGitHubRepoUrl(url, host = "github.com") {
  const h = host.toLowerCase().replace(/\./g, "\\.");
  const m = new RegExp(`^https?://(?:[^@/]+@)?${h}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`, "i").exec(
    url
  ) ?? new RegExp(`^(?:ssh://)?git@${h}[:/]([^/]+)/([^/]+?)(?:\\.git)?/?$`, "i").exec(url);
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : void 0;
}
var DESCRIPTION_MAX = 140;
var GitHubApi = class {
  owner;
  repo;
  #token;
  #baseUrl;
  #octokit;
  constructor(opts) {
    this.owner = opts.owner;
    this.repo = opts.repo;
    this.#token = opts.token;
    this.#baseUrl = opts.baseUrl?.replace(/\/+$/, "");
  }
  /**
   * The client, loaded on first use: Octokit and its HTTP stack cost ~50 ms to load, and
   * most runs (nothing to propose, no token) never call GitHub.
   */
  #client() {
    this.#octokit ??= import("./github-DO7F3KVD.js").then(
      ({ getOctokit }) => getOctokit(this.#token, this.#baseUrl ? { baseUrl: this.#baseUrl } : {})
    );
    return this.#octokit;
  }
  /** The repository's default branch. */
  async defaultBranch() {
    const { data } = await this.#call(
      "read the repository",
      (o) => o.rest.repos.get({ owner: this.owner, repo: this.repo })
    );
    return data.default_branch;
  }
  /** The open pull request from branch `head` (of this repository) into `base`, if any. */
  async findOpenPr(head, base) {
    const { data } = await this.#call(
      `list pull requests from ${head}`,
      (o) => o.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: "open",
        head: `${this.owner}:${head}`,
        base,
        per_page: 100
      })
    );
    const pr = data.find((p) => p.head.ref === head && p.base.ref === base);
    return pr ? toPr(pr) : void 0;
  }
  /**
   * Opens the pull request, or updates the one already open for `head` → `base`
   * (title and body, only when they differ). Never creates a duplicate.
   */
  async createOrUpdatePr(req) {
    let existing = await this.findOpenPr(req.head, req.base);
    let action;
    if (!existing) {
      try {
        const o = await this.#client();
        const { data } = await o.rest.pulls.create({
          owner: this.owner,
          repo: this.repo,
          head: req.head,
          base: req.base,
          title: req.title,
          body: req.body
        });
        existing = toPr(data);
        action = "created";
      } catch (e) {
        existing = statusOf(e) === 422 ? await this.findOpenPr(req.head, req.base) : void 0;
        if (!existing) throw this.#error(`open a pull request from ${req.head}`, e);
        action = "unchanged";
      }
    } else {
      action = "unchanged";
    }
    if (action !== "created" && (existing.title !== req.title || normalise(existing.body) !== normalise(req.body))) {
      const number = existing.number;
      const { data } = await this.#call(
        `update pull request #${number}`,
        (o) => o.rest.pulls.update({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          title: req.title,
          body: req.body
        })
      );
      existing = toPr(data);
      action = "updated";
    }
    if (req.labels?.length) await this.addLabels(existing.number, req.labels);
    return { ...existing, action };
  }
  /** Closes a pull request, optionally explaining why in a comment first. */
  async closePr(number, comment) {
    if (comment) {
      await this.#call(
        `comment on pull request #${number}`,
        (o) => o.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          body: comment
        })
      );
    }
    await this.#call(
      `close pull request #${number}`,
      (o) => o.rest.pulls.update({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        state: "closed"
      })
    );
  }
  /**
   * Keeps one comment per `marker` on an issue or pull request: creates it, updates it
   * in place when the body changed, and writes nothing when it is identical.
   */
  async upsertStickyComment(issueNumber, marker, body) {
    const hidden = stickyMarker(marker);
    const text = body.includes(hidden) ? body : `${hidden}
${body}`;
    const found = await this.#findComment(issueNumber, hidden);
    if (!found) {
      await this.#call(
        `comment on #${issueNumber}`,
        (o) => o.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: issueNumber,
          body: text
        })
      );
      return "created";
    }
    if (normalise(found.body) === normalise(text)) return "unchanged";
    await this.#call(
      `update comment ${found.id} on #${issueNumber}`,
      (o) => o.rest.issues.updateComment({
        owner: this.owner,
        repo: this.repo,
        comment_id: found.id,
        body: text
      })
    );
    return "updated";
  }
  async setCommitStatus(s) {
    const description = s.description && s.description.length > DESCRIPTION_MAX ? `${s.description.slice(0, DESCRIPTION_MAX - 1)}\u2026` : s.description;
    await this.#call(
      `set the commit status ${s.context} on ${s.sha.slice(0, 7)}`,
      (o) => o.rest.repos.createCommitStatus({
        owner: this.owner,
        repo: this.repo,
        sha: s.sha,
        state: s.state,
        context: s.context,
        ...description !== void 0 ? { description } : {},
        ...s.targetUrl !== void 0 ? { target_url: s.targetUrl } : {}
      })
    );
  }
  /**
   * The newest commit reachable from `sha` that changed `path` (GET /commits?path=&sha=):
   * what the env repo's history says about one folder, without a clone.
   */
  async lastCommitTouching(path, sha) {
    const { data } = await this.#call(
      `list the commits that changed ${path}`,
      (o) => o.rest.repos.listCommits({
        owner: this.owner,
        repo: this.repo,
        sha,
        path,
        per_page: 1
      })
    );
    const c = data[0];
    return c ? { sha: c.sha, date: c.commit.committer?.date ?? c.commit.author?.date } : void 0;
  }
  /**
   * The commits from `tip` back to `until` (both included), newest first, reading at most
   * `maxPages` pages of 100; `until` not met within them ends the list there.
   */
  async commitsBetween(until, tip, maxPages = 3) {
    const out = [];
    for (let page = 1; page <= maxPages; page++) {
      const { data } = await this.#call(
        `list the commits of ${tip.slice(0, 7)}`,
        (o) => o.rest.repos.listCommits({
          owner: this.owner,
          repo: this.repo,
          sha: tip,
          per_page: 100,
          page
        })
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
  async listCommitStatuses(sha) {
    try {
      const o = await this.#client();
      const all = await o.paginate(o.rest.repos.listCommitStatusesForRef, {
        owner: this.owner,
        repo: this.repo,
        ref: sha,
        per_page: 100
      });
      return all.map((s) => ({
        sha,
        state: s.state,
        context: s.context,
        createdAt: s.created_at
      }));
    } catch (e) {
      throw this.#error(`list the commit statuses of ${sha.slice(0, 7)}`, e);
    }
  }
  async addLabels(issueNumber, labels) {
    if (!labels.length) return;
    await this.#call(
      `label #${issueNumber}`,
      (o) => o.rest.issues.addLabels({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber,
        labels
      })
    );
  }
  /** The first comment containing `hidden`, reading pages of 100 until found. */
  async #findComment(issueNumber, hidden) {
    const o = await this.#client();
    const pages = o.paginate.iterator(o.rest.issues.listComments, {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      per_page: 100
    });
    try {
      for await (const page of pages) {
        const hit = page.data.find((c) => c.body?.includes(hidden));
        if (hit) return { id: hit.id, body: hit.body ?? "" };
      }
    } catch (e) {
      throw this.#error(`list the comments of #${issueNumber}`, e);
    }
    return void 0;
  }
  async #call(what, fn) {
    try {
      return await fn(await this.#client());
    } catch (e) {
      throw this.#error(what, e);
    }
  }
  #error(what, e) {
    const status = statusOf(e);
    const detail = e instanceof Error ? e.message : String(e);
    const message = `GitHub API: could not ${what} in ${this.owner}/${this.repo}${status ? ` (HTTP ${status})` : ""}: ${detail}`;
    return new ExternalError(redact(message, [this.#token]), status);
  }
};
function toPr(p) {
  return {
    number: p.number,
    url: p.html_url,
    head: p.head.ref,
    headSha: p.head.sha,
    base: p.base.ref,
    title: p.title,
    body: p.body ?? ""
  };
}
function statusOf(e) {
  if (typeof e !== "object" || e === null || !("status" in e)) return void 0;
  const s = e.status;
  return typeof s === "number" ? s : void 0;
}
function normalise(text) {
  return text.replace(/\r\n/g, "\n");
}

export {
  stickyMarker,
  parseGitHubRepoUrl,
  GitHubApi
};
