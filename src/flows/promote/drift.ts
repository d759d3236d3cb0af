/**
 * The drift note of a promotion pull request (docs/promotion.md "Drift"): files of the
 * target environment whose bytes differ from what capstan last rendered there — the
 * sha256 its state.json records — because someone edited (or deleted) them in the env
 * repo by hand. The promotion rewrites only files whose rendered output changes, so a
 * reviewer should know which hand edits stay and which it overwrites.
 */
import { type EnvState } from "../../core/plan/layout.ts";
import { withDetails } from "../../core/plan/state-file.ts";
import { sha256 } from "../../core/common/text.ts";
import { NAMESPACES_APP } from "../../core/plan/namespaces.ts";
import type { EnvTree } from "../transaction/env-tree.ts";

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

/** The promoted apps' files in the target, relative to its folder, and which apps they are. */
export interface PromotedFiles {
  files: Map<string, Buffer>;
  apps: string[];
}

/**
 * The files of these apps' folders in the target at its tip (`envDir` ends in `/`): what the
 * promotion renders, so the reads follow the change, not the environment's size.
 */
export async function promotedFiles(
  tree: EnvTree,
  tip: string | undefined,
  state: EnvState | undefined,
  envDir: string,
  apps: string[],
): Promise<PromotedFiles | undefined> {
  if (!tip || !state) return undefined;
  const present = apps.filter((a) => state.apps[a]);
  const files = new Map<string, Buffer>();
  if (!present.length) return { files, apps: present };
  const dirs = present.map((a) => `${envDir}${a}`);
  await tree.prefetchDirs(tip, dirs);
  const listed = (await tree.list(tip, dirs, true)).filter((e) => e.type === "blob");
  const texts = await tree.read(
    tip,
    listed.map((e) => e.path),
  );
  listed.forEach((e, i) => {
    if (texts[i] !== undefined) files.set(e.path.slice(envDir.length), Buffer.from(texts[i]!));
  });
  return { files, apps: present };
}

/**
 * The drift of the promoted apps only (`driftOf` over their entries of the state, whose
 * details are read for them alone).
 */
export async function promotedDrift(read: PromotedFiles, state: EnvState): Promise<Drift[]> {
  const apps = Object.fromEntries(read.apps.map((a) => [a, state.apps[a]!]));
  return withDetails(() => driftOf(read.files, { ...state, apps }), { state, apps: read.apps });
}
