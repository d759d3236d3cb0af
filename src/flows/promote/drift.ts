/**
 * The drift note of a promotion pull request (docs/promotion.md "Drift"): files of the
 * target environment whose bytes differ from what capstan last rendered there — the
 * sha256 its state.json records — because someone edited (or deleted) them in the env
 * repo by hand. The promotion rewrites only files whose rendered output changes, so a
 * reviewer should know which hand edits stay and which it overwrites.
 */
import { type EnvState } from "../../core/plan/layout.ts";
import { sha256 } from "../../core/common/text.ts";
import { NAMESPACES_APP } from "../../core/plan/namespaces.ts";

export interface Drift {
  app: string;
  /** paths relative to the environment folder: edited, or missing */
  edited: string[];
  missing: string[];
}

/** `files`: the environment folder at the target's tip, paths relative to it. */
export function driftOf(files: Map<string, Buffer>, state: EnvState | undefined): Drift[] {
  const out: Drift[] = [];
  for (const [app, a] of Object.entries(state?.apps ?? {})) {
    if (app === NAMESPACES_APP) continue;
    const d: Drift = { app, edited: [], missing: [] };
    for (const [p, hash] of Object.entries(a.files)) {
      const buf = files.get(p);
      if (!buf) d.missing.push(p);
      else if (sha256(buf.toString("utf8")) !== hash) d.edited.push(p);
    }
    if (d.edited.length || d.missing.length) out.push(d);
  }
  return out.sort((x, y) => (x.app < y.app ? -1 : x.app > y.app ? 1 : 0));
}

/** The drift section of the pull request body ("" when there is none). */
export function driftMarkdown(to: string, drift: Drift[], changes: Map<string, unknown>): string {
  if (!drift.length) return "";
  const out = [
    `### Drift in \`${to}\``,
    "",
    `These files differ from what capstan last rendered in \`${to}\` (edited or deleted in the env repo by hand):`,
    "",
  ];
  for (const d of drift.slice(0, 50)) {
    const list = [
      ...d.edited.map(
        (p) => `\`${p}\` edited${changes.has(p) ? " (overwritten by this promotion)" : " (kept)"}`,
      ),
      ...d.missing.map(
        (p) =>
          `\`${p}\` deleted${changes.has(p) ? " (restored by this promotion)" : " (stays deleted)"}`,
      ),
    ];
    out.push(
      `- **${d.app}**: ${list.slice(0, 20).join(", ")}${list.length > 20 ? `, … ${list.length - 20} more` : ""}`,
    );
  }
  if (drift.length > 50) out.push(`- … ${drift.length - 50} more apps`);
  out.push("");
  return out.join("\n");
}
