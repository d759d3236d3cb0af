/**
 * Promotion gates (docs/promotion.md "Verified promotion"): before promoting `from` → `to`,
 * read what the cluster reported about `from` through commit statuses on the env repo —
 * Flux's notification-controller (`kustomization/<name>/<uid prefix>`) and Argo CD
 * Notifications (`github.status`, a context the user chooses) both set them.
 *
 * Verified means, for every pattern of `verify.statuses`: some env-repo commit at or after
 * the one that last changed `<root>/<from>` (on `from`'s branch) carries a `success` status
 * whose context matches, and no matching context's newest status there is `failure` or
 * `error`. With `minAge`, the gates have been green at least that long (without statuses:
 * the commit that last changed `from` is at least that old). Check runs are not read:
 * both controllers report commit statuses.
 */
import type { GitHubApi, ReadStatus } from "../../adapters/github.ts";
import type { PromotionGates } from "../../core/model/config.ts";
import { globToRegExp } from "../../core/common/glob.ts";
import { short } from "../../core/preview/report.ts";

export type GateState = "success" | "pending" | "failure" | "error" | "missing";

export interface GateResult {
  pattern: string;
  state: GateState;
  /** the matching context the state is read from */
  context?: string;
  /** the env-repo commit that status is on */
  commit?: string;
  /** when the oldest success of that context was set (ISO 8601): what `minAge` counts from */
  since?: string;
}

export interface Verification {
  from: string;
  to: string;
  verified: boolean;
  /** the env-repo commit that last changed `from`'s folder */
  anchor?: string;
  /** `from`'s branch tip the commits were read from */
  tip?: string;
  gates: GateResult[];
  minAge?: { required: string; since?: string; ageMs?: number; ok: boolean };
  /** the gates were not read (`--force` without a GitHub API), and why */
  unchecked?: string;
}

export interface GateQuery {
  from: string;
  to: string;
  gates: PromotionGates;
  /** `<root>/<from>` */
  folder: string;
  /** `from`'s branch tip (a commit sha) */
  tip: string;
  /** milliseconds since the epoch (injectable for tests) */
  now: number;
}

/** Reads the gates of one promotion from the env repo's GitHub API. */
export async function checkGates(api: GitHubApi, q: GateQuery): Promise<Verification> {
  const anchor = await api.lastCommitTouching(q.folder, q.tip);
  const shas = anchor ? await api.commitsBetween(anchor.sha, q.tip) : [];
  const commits: { sha: string; statuses: ReadStatus[] }[] = [];
  if (q.gates.statuses.length)
    for (const sha of shas) commits.push({ sha, statuses: await api.listCommitStatuses(sha) });
  return evaluateGates(q, anchor, commits);
}

/**
 * The verdict from what was read: `commits` newest first (tip … anchor), each with its
 * statuses newest first. Pure.
 */
export function evaluateGates(
  q: Omit<GateQuery, "folder">,
  anchor: { sha: string; date?: string } | undefined,
  commits: { sha: string; statuses: ReadStatus[] }[],
): Verification {
  const gates = q.gates.statuses.map((p) => gateOf(p, commits));
  const v: Verification = {
    from: q.from,
    to: q.to,
    verified: gates.every((g) => g.state === "success"),
    anchor: anchor?.sha,
    tip: q.tip,
    gates,
  };
  if (q.gates.minAge !== undefined) {
    const times = gates.length ? gates.map((g) => g.since) : [anchor?.date];
    const since = times.every(Boolean)
      ? times.reduce((a, b) => (Date.parse(a!) >= Date.parse(b!) ? a : b))
      : undefined;
    const ageMs = since ? q.now - Date.parse(since) : undefined;
    const ok = ageMs !== undefined && ageMs >= (q.gates.minAgeMs ?? 0);
    v.minAge = { required: q.gates.minAge, since, ageMs, ok };
    v.verified &&= ok;
  }
  return v;
}

function gateOf(pattern: string, commits: { sha: string; statuses: ReadStatus[] }[]): GateResult {
  const re = globToRegExp(pattern);
  // Per matching context: its newest status, and its oldest success.
  const newest = new Map<string, ReadStatus>();
  const oldestSuccess = new Map<string, ReadStatus>();
  for (const c of commits)
    for (const s of c.statuses) {
      if (!re.test(s.context)) continue;
      if (!newest.has(s.context)) newest.set(s.context, s);
      if (s.state === "success") oldestSuccess.set(s.context, s);
    }
  if (!newest.size) return { pattern, state: "missing" };
  const contexts = [...newest.keys()].sort();
  const bad = contexts.find((c) => ["failure", "error"].includes(newest.get(c)!.state));
  if (bad) {
    const s = newest.get(bad)!;
    return { pattern, state: s.state, context: bad, commit: s.sha };
  }
  const good = contexts.find((c) => oldestSuccess.has(c));
  if (good) {
    const first = oldestSuccess.get(good)!;
    const latest = commits
      .flatMap((c) => c.statuses)
      .find((s) => s.context === good && s.state === "success")!;
    return { pattern, state: "success", context: good, commit: latest.sha, since: first.createdAt };
  }
  const s = newest.get(contexts[0]!)!;
  return { pattern, state: s.state, context: s.context, commit: s.sha };
}

/** `12m`, `3h05m`, `2d4h`: a duration for people. */
export function formatAge(ms: number): string {
  const m = Math.floor(Math.max(0, ms) / 60_000);
  if (m < 60) return m ? `${m}m` : `${Math.floor(Math.max(0, ms) / 1000)}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h${String(m % 60).padStart(2, "0")}m`;
  return `${Math.floor(h / 24)}d${h % 24}h`;
}

const ICON: Record<GateState, string> = {
  success: "✅",
  pending: "⏳",
  failure: "❌",
  error: "❌",
  missing: "❔",
};

/** Where statuses were read: `tip`, or `anchor..tip`. */
function range(v: Verification): string {
  if (!v.anchor) return v.tip ? `\`${short(v.tip)}\`` : "—";
  return v.anchor === v.tip
    ? `\`${short(v.anchor)}\``
    : `\`${short(v.anchor)}\`…\`${short(v.tip!)}\``;
}

/** The "Verification" section of a promotion pull request and of the job summary. */
export function verificationMarkdown(v: Verification): string {
  const out = [`### Verification of \`${v.from}\``, ""];
  if (v.unchecked) return [...out, `Not checked: ${v.unchecked}.`, ""].join("\n");
  out.push(
    `Env-repo commits read: ${range(v)} (from the commit that last changed \`${v.from}\` to its branch tip).`,
    "",
  );
  if (v.gates.length) {
    out.push("| required context | state | context | commit |", "|---|---|---|---|");
    for (const g of v.gates)
      out.push(
        `| \`${g.pattern}\` | ${ICON[g.state]} ${g.state} | ${g.context ? `\`${g.context}\`` : "—"} | ${g.commit ? `\`${short(g.commit)}\`` : "—"} |`,
      );
    out.push("");
  }
  if (v.minAge) out.push(`${v.minAge.ok ? "✅" : "⏳"} ${minAgeText(v)}`, "");
  out.push(v.verified ? "**Verified.**" : "**Not verified.**", "");
  return out.join("\n");
}

function minAgeText(v: Verification): string {
  const m = v.minAge!;
  const age = m.ageMs !== undefined ? formatAge(m.ageMs) : undefined;
  return age
    ? `minAge ${m.required}: ${v.from} has run this revision for ${age} (since ${m.since})`
    : `minAge ${m.required}: not counting yet (no gate has passed)`;
}

/** One line per gate, for the log. */
export function verificationLines(v: Verification): string[] {
  if (v.unchecked) return [`gates of ${v.to} not checked: ${v.unchecked}`];
  const lines = v.gates.map(
    (g) =>
      `  ${g.pattern}: ${g.state}` +
      (g.context ? ` (${g.context}` + (g.commit ? ` on ${short(g.commit)})` : ")") : "") +
      (g.state === "missing" ? ` — no matching status on ${range(v).replace(/`/g, "")}` : ""),
  );
  if (v.minAge) lines.push(`  ${minAgeText(v)}${v.minAge.ok ? "" : ` — not yet`}`);
  return [
    `${v.from} → ${v.to}: ${v.verified ? "verified" : "not verified"} (env-repo commits ${range(v).replace(/`/g, "")})`,
    ...lines,
  ];
}
