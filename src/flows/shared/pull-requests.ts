/**
 * Pull requests on the env repo, shared by render (approval environments) and
 * promote: the GitHub client when the env repo is on GitHub and a token is given,
 * and "open or update one PR — or print what would have been opened".
 */
import { GitHubApi, parseGitHubRepoUrl, type PrRequest } from "../../adapters/github.ts";
import type { Reporter } from "./reporter.ts";

export interface GitHubTarget {
  /** REST API root, e.g. https://api.github.com */
  apiUrl: string;
  /** Web root, e.g. https://github.com (links, and recognising GitHub-hosted env repos). */
  serverUrl: string;
}

export interface PrOutcome {
  number?: number;
  url?: string;
  action: "created" | "updated" | "unchanged" | "printed";
}

/** owner/repo of an env repo URL on that GitHub, else undefined. */
export function envRepoCoords(
  url: string | undefined,
  github: GitHubTarget | undefined,
): { owner: string; repo: string } | undefined {
  if (!github || !url) return undefined;
  return parseGitHubRepoUrl(url, new URL(github.serverUrl).host.replace(/:\d+$/, ""));
}

/** The API client for the env repo, when it is on GitHub and there is a token. */
export function envRepoApi(
  url: string | undefined,
  token: string | undefined,
  github: GitHubTarget | undefined,
): GitHubApi | undefined {
  const c = envRepoCoords(url, github);
  return c && token && github ? new GitHubApi({ token, ...c, baseUrl: github.apiUrl }) : undefined;
}

/** Opens or updates the one PR for `req.head` — or, without a client, prints it and says why. */
export async function deliverPullRequest(
  gh: GitHubApi | undefined,
  req: PrRequest,
  notOpened: string,
  reporter: Reporter,
): Promise<PrOutcome> {
  if (!gh) {
    reporter.info(
      `pull request (not opened: ${notOpened}) ${req.head} → ${req.base}:\ntitle: ${req.title}\n\n${req.body}`,
    );
    return { action: "printed" };
  }
  const res = await gh.createOrUpdatePr(req);
  return { number: res.number, url: res.url, action: res.action };
}
