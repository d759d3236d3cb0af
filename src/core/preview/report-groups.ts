/**
 * Identical changes, grouped: 300 apps given the same image bump are one diff
 * shown once "and 299 more like it". Two object changes are alike when they are the
 * same kind of change to the same kind of object with the same diff once each side's
 * own app name, environment and namespace are set aside (and the hunk line numbers,
 * which shift with unrelated lines). Pure: diffs in, groups in report order out.
 */
import type { AppDiff, ObjectChange } from "./diff.ts";

export interface Member {
  diff: AppDiff;
  object: ObjectChange;
}

export interface ChangeGroup {
  /** the change whose diff is shown (the first in report order) */
  first: Member;
  /** the others like it, in report order */
  others: Member[];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `name` as a whole word (not inside a longer run of letters, digits and `_`). */
function word(name: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])${escapeRe(name)}(?![A-Za-z0-9_])`, "g");
}

function likeness(m: Member): string {
  const o = m.object;
  let text = o.diff.replace(/^@@ [^@]* @@/gm, "@@");
  const names = [
    [m.diff.app, "\0app"],
    [o.id.namespace ?? "", "\0ns"],
    [m.diff.env, "\0env"],
  ].filter(([n]) => n) as [string, string][];
  // Longer names first, so that `shop` inside `shop-staging` is never replaced alone.
  names.sort((a, b) => b[0].length - a[0].length);
  for (const [n, mark] of names) text = text.replace(word(n), mark);
  return [o.change, o.id.apiVersion, o.id.kind, (o.hiddenKeys ?? []).join(","), text].join("\n");
}

/** Every object change, grouped with those alike; groups in order of their first member. */
export function groupChanges(diffs: AppDiff[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const d of diffs)
    for (const o of d.objects) {
      const m = { diff: d, object: o };
      const k = likeness(m);
      const g = groups.get(k);
      if (g) g.others.push(m);
      else groups.set(k, { first: m, others: [] });
    }
  return [...groups.values()];
}
