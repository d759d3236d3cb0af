/** Small pieces every report format shares: counts, labels, escaping. Pure. */
import { ENV_FILES, type AppDiff, type ObjectChange } from "./diff.ts";

export interface ReportSide {
  /** what the user named: `main`, `origin/main`, `working tree` */
  label: string;
  commit: string;
}

/** How an environment's env-repo folder changes after the pull request merges. */
export type EnvTrigger = "merge" | "promotion" | "manual";

export const SIGN: Record<ObjectChange["change"], string> = {
  added: "+",
  removed: "−",
  changed: "~",
  renamed: "~",
};

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const short = (sha: string): string => sha.slice(0, 7);

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function counts(d: Pick<AppDiff, "added" | "changed" | "removed">, zero = "0"): string {
  const parts = [
    d.added ? `+${d.added}` : "",
    d.changed ? `~${d.changed}` : "",
    d.removed ? `−${d.removed}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : zero;
}

export function totals(diffs: AppDiff[]): { added: number; changed: number; removed: number } {
  return diffs.reduce(
    (t, d) => ({
      added: t.added + d.added,
      changed: t.changed + d.changed,
      removed: t.removed + d.removed,
    }),
    { added: 0, changed: 0, removed: 0 },
  );
}

/** "~3 objects", "+1 −1 objects", "~1 object". */
export function objectCount(diffs: AppDiff[]): string {
  const t = totals(diffs);
  return `${counts(t)} ${t.added + t.changed + t.removed === 1 ? "object" : "objects"}`;
}

/**
 * Distinct apps, environments and app × environment pairs with a rendered change. An
 * environment's own files (its kustomization.yaml, listed as `(environment)`) are no app.
 */
export function reach(diffs: AppDiff[]): { apps: number; envs: number; pairs: number } {
  const apps = diffs.filter((d) => d.app !== ENV_FILES);
  return {
    apps: new Set(apps.map((d) => d.app)).size,
    envs: new Set(diffs.map((d) => d.env)).size,
    pairs: new Set(apps.map((d) => `${d.env}\0${d.app}`)).size,
  };
}

/** "1 app across 3 environments" or "2 apps in 1 environment". */
export function reachText(diffs: AppDiff[]): string {
  const r = reach(diffs);
  return `${plural(r.apps, "app")} ${r.envs === 1 ? "in" : "across"} ${plural(r.envs, "environment")}`;
}

export function sideLabel(s: ReportSide): string {
  return s.commit && !/^0+$/.test(s.commit) ? `${s.label} \`${short(s.commit)}\`` : s.label;
}

/** "Secret changed: keys a, b (values hidden)", for a Secret's change. */
export function hiddenNote(o: ObjectChange): string | undefined {
  if (!o.hiddenKeys) return undefined;
  const word = o.change === "renamed" ? "renamed" : o.change;
  const keys = o.hiddenKeys.length
    ? `${o.hiddenKeys.length === 1 ? "key" : "keys"} ${o.hiddenKeys.join(", ")}`
    : "no value changed";
  return `Secret ${word}: ${keys} (values hidden)`;
}
