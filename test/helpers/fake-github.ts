/**
 * A fake GitHub REST API on 127.0.0.1 for the endpoints `src/adapters/github.ts`
 * uses, with in-memory state. Every request is recorded (method, path, body) so
 * tests can assert that no write happened.
 */
import { execFileSync } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedApiRequest {
  method: string;
  /** Path and query, e.g. `/repos/acme/deploy/issues/1/comments?per_page=100&page=2`. */
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakePull {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
  head: string;
  headSha: string;
  base: string;
  labels: string[];
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
}

export interface FakeStatus {
  sha: string;
  state: string;
  context: string;
  description?: string;
  target_url?: string;
  /** ISO 8601, stamped with `now()` when posted */
  created_at: string;
}

export interface FakeGitHubState {
  defaultBranch: string;
  pulls: FakePull[];
  comments: FakeComment[];
  statuses: FakeStatus[];
  /** Labels of issues that are not pull requests. */
  issueLabels: Map<number, string[]>;
}

export interface FakeGitHub {
  /** Pass as `baseUrl`. */
  baseUrl: string;
  owner: string;
  repo: string;
  state: FakeGitHubState;
  requests: RecordedApiRequest[];
  /** Requests other than GET. */
  writes(): RecordedApiRequest[];
  /** Adds comments directly (not recorded as requests). */
  seedComments(issue: number, bodies: string[]): FakeComment[];
  /** Makes the next request matching `method` and `pathPattern` fail with `status`. */
  failNext(method: string, pathPattern: RegExp, status: number, message?: string): void;
  /** Answers the next request matching `method` and `pathPattern` with `status` and `json`, bypassing the state. */
  respondNext(method: string, pathPattern: RegExp, status: number, json: unknown): void;
  /**
   * The repository's git directory (a bare repo): `GET /commits` (with `sha`, `path`,
   * `per_page`, `page`) answers from its real history. Unset: 404.
   */
  gitDir?: string;
  /** The clock that stamps posted statuses (default Date.now). */
  now: () => number;
  /** Sets a commit status directly (recorded in state, not as a request), stamped `at` (default now()). */
  seedStatus(sha: string, context: string, state: string, at?: number): FakeStatus;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Every request must carry this token (`token X` or `Bearer X`), else 401. */
  token: string;
}

export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const owner = opts.owner ?? "acme";
  const repo = opts.repo ?? "deploy";
  const state: FakeGitHubState = {
    defaultBranch: "main",
    pulls: [],
    comments: [],
    statuses: [],
    issueLabels: new Map(),
  };
  const requests: RecordedApiRequest[] = [];
  const canned: { method: string; pattern: RegExp; status: number; json: unknown }[] = [];
  let nextId = 1000;
  let nextNumber = 1;
  let baseUrl = "";
  // eslint-disable-next-line prefer-const -- assigned once the handle exists
  let self: FakeGitHub;

  const pullJson = (p: FakePull): Record<string, unknown> => ({
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    html_url: `https://github.test/${owner}/${repo}/pull/${p.number}`,
    head: { ref: p.head, sha: p.headSha, label: `${owner}:${p.head}` },
    base: { ref: p.base },
    labels: p.labels.map((name) => ({ name })),
  });
  const commentJson = (c: FakeComment): Record<string, unknown> => ({
    id: c.id,
    body: c.body,
    html_url: `https://github.test/${owner}/${repo}/issues/${c.issue}#issuecomment-${c.id}`,
    user: { login: "capstan[bot]" },
  });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = undefined;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = req.method ?? "GET";
      requests.push({
        method,
        path: url.pathname + url.search,
        authorization: req.headers.authorization,
        body,
      });

      const send = (status: number, json: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
        res.end(json === undefined ? "" : JSON.stringify(json));
      };
      const auth = req.headers.authorization ?? "";
      if (auth !== `token ${opts.token}` && auth !== `Bearer ${opts.token}`) {
        send(401, { message: "Bad credentials" });
        return;
      }
      const c = canned.findIndex((f) => f.method === method && f.pattern.test(url.pathname));
      if (c >= 0) {
        const [f] = canned.splice(c, 1);
        send(f?.status ?? 500, f?.json);
        return;
      }
      const prefix = `/repos/${owner}/${repo}`;
      if (!url.pathname.startsWith(prefix)) {
        send(404, { message: "Not Found" });
        return;
      }
      const route = `${method} ${url.pathname.slice(prefix.length) || "/"}`;
      const input = (body ?? {}) as Record<string, unknown>;
      const str = (k: string): string | undefined =>
        typeof input[k] === "string" ? (input[k] as string) : undefined;
      let m: RegExpExecArray | null;

      if (route === "GET /") {
        send(200, {
          name: repo,
          full_name: `${owner}/${repo}`,
          default_branch: state.defaultBranch,
          private: true,
        });
      } else if (route === "GET /pulls") {
        const st = url.searchParams.get("state") ?? "open";
        const head = url.searchParams.get("head");
        const base = url.searchParams.get("base");
        const list = state.pulls.filter(
          (p) =>
            (st === "all" || p.state === st) &&
            (!head || `${owner}:${p.head}` === head) &&
            (!base || p.base === base),
        );
        send(200, list.map(pullJson));
      } else if (route === "POST /pulls") {
        const head = str("head") ?? "";
        const base = str("base") ?? "";
        if (state.pulls.some((p) => p.state === "open" && p.head === head && p.base === base)) {
          send(422, {
            message: "Validation Failed",
            errors: [{ message: `A pull request already exists for ${owner}:${head}.` }],
          });
          return;
        }
        const pr: FakePull = {
          number: nextNumber++,
          state: "open",
          title: str("title") ?? "",
          body: str("body") ?? "",
          head,
          headSha: "0".repeat(40),
          base,
          labels: [],
        };
        state.pulls.push(pr);
        send(201, pullJson(pr));
      } else if ((m = /^(GET|PATCH) \/pulls\/(\d+)$/.exec(route))) {
        const pr = state.pulls.find((p) => p.number === Number(m?.[2]));
        if (!pr) return send(404, { message: "Not Found" });
        if (m[1] === "PATCH") {
          pr.title = str("title") ?? pr.title;
          pr.body = str("body") ?? pr.body;
          const s = str("state");
          if (s === "open" || s === "closed") pr.state = s;
        }
        send(200, pullJson(pr));
      } else if ((m = /^GET \/issues\/(\d+)\/comments$/.exec(route))) {
        const issue = Number(m[1]);
        const perPage = Math.min(Number(url.searchParams.get("per_page") ?? "30"), 100);
        const page = Number(url.searchParams.get("page") ?? "1");
        const all = state.comments.filter((c) => c.issue === issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string): string =>
          `<${baseUrl}${prefix}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
        if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
        send(
          200,
          all.slice((page - 1) * perPage, page * perPage).map(commentJson),
          links.length ? { Link: links.join(", ") } : {},
        );
      } else if ((m = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
        const c: FakeComment = { id: nextId++, issue: Number(m[1]), body: str("body") ?? "" };
        state.comments.push(c);
        send(201, commentJson(c));
      } else if ((m = /^PATCH \/issues\/comments\/(\d+)$/.exec(route))) {
        const c = state.comments.find((x) => x.id === Number(m?.[1]));
        if (!c) return send(404, { message: "Not Found" });
        c.body = str("body") ?? c.body;
        send(200, commentJson(c));
      } else if ((m = /^POST \/issues\/(\d+)\/labels$/.exec(route))) {
        const issue = Number(m[1]);
        const labels = Array.isArray(input.labels)
          ? input.labels.filter((l): l is string => typeof l === "string")
          : [];
        const pr = state.pulls.find((p) => p.number === issue);
        const current = pr ? pr.labels : (state.issueLabels.get(issue) ?? []);
        for (const l of labels) if (!current.includes(l)) current.push(l);
        if (!pr) state.issueLabels.set(issue, current);
        send(
          200,
          current.map((name) => ({ name })),
        );
      } else if ((m = /^POST \/statuses\/([0-9a-f]{40})$/.exec(route))) {
        const s: FakeStatus = {
          sha: m[1] ?? "",
          state: str("state") ?? "",
          context: str("context") ?? "default",
          created_at: new Date(self.now()).toISOString(),
        };
        const d = str("description");
        const t = str("target_url");
        if (d !== undefined) s.description = d;
        if (t !== undefined) s.target_url = t;
        state.statuses.push(s);
        send(201, { id: nextId++, ...s });
      } else if ((m = /^GET \/commits\/([^/]+)\/statuses$/.exec(route))) {
        const sha = m[1];
        const perPage = Math.min(Number(url.searchParams.get("per_page") ?? "30"), 100);
        const page = Number(url.searchParams.get("page") ?? "1");
        const all = state.statuses
          .filter((x) => x.sha === sha)
          .reverse()
          .map((x, i) => ({ id: i + 1, ...x, updated_at: x.created_at }));
        send(200, all.slice((page - 1) * perPage, page * perPage));
      } else if (route === "GET /commits") {
        if (!self.gitDir) return send(404, { message: "Not Found: no git history" });
        const perPage = Math.min(Number(url.searchParams.get("per_page") ?? "30"), 100);
        const page = Number(url.searchParams.get("page") ?? "1");
        const args = ["log", "--format=%H %cI %aI", url.searchParams.get("sha") ?? "HEAD"];
        const p = url.searchParams.get("path");
        if (p) args.push("--", p);
        const lines = execFileSync("git", args, { cwd: self.gitDir, encoding: "utf8" })
          .split("\n")
          .filter(Boolean);
        send(
          200,
          lines.slice((page - 1) * perPage, page * perPage).map((l) => {
            const [sha, committed, authored] = l.split(" ");
            return {
              sha,
              commit: {
                committer: { name: "c", email: "c@example.test", date: committed },
                author: { name: "a", email: "a@example.test", date: authored },
                message: "",
              },
            };
          }),
        );
      } else {
        send(404, { message: `Not Found: ${route}` });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  self = {
    baseUrl,
    owner,
    repo,
    state,
    requests,
    now: () => Date.now(),
    seedStatus(sha, context, st, at) {
      const s: FakeStatus = {
        sha,
        context,
        state: st,
        created_at: new Date(at ?? self.now()).toISOString(),
      };
      state.statuses.push(s);
      return s;
    },
    writes: () => requests.filter((r) => r.method !== "GET"),
    seedComments(issue, bodies) {
      const made = bodies.map((body) => ({ id: nextId++, issue, body }));
      state.comments.push(...made);
      return made;
    },
    failNext(method, pattern, status, message = "failure") {
      canned.push({ method, pattern, status, json: { message } });
    },
    respondNext(method, pattern, status, json) {
      canned.push({ method, pattern, status, json });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return self;
}
