/**
 * `capstan capabilities add <git-url>@<ref> [--path P]`: fetch the pack (so a
 * typo fails before anything is written), append `{ git, ref, path }` to
 * capstan.yaml's `capabilities:` (comments and layout kept), and re-lock.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseDocument } from "yaml";
import { usedCapabilities } from "../core/plan/plan.ts";
import { UsageError, UserError } from "../core/common/errors.ts";
import { emitLock, lockFromCapabilities, LOCK_FILE } from "../core/model/lock.ts";
import { loadPack, templateProblems } from "../core/capabilities/load.ts";
import { CONFIG_FILE } from "../adapters/source-files.ts";
import { fetchGitPack, gitPackSource, type GitPackRef } from "../adapters/git-packs.ts";
import { loadFromDir } from "../flows/shared/load.ts";
import { appendToTopLevelSeq, scalarText } from "./yaml-edit.ts";

/** Splits `<url>@<ref>` at the last `@` that is not part of `user@host`. */
export function parsePackArg(arg: string, path?: string): GitPackRef {
  const at = arg.lastIndexOf("@");
  const url = at > 0 ? arg.slice(0, at) : "";
  const ref = at > 0 ? arg.slice(at + 1) : "";
  const userinfoOnly = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(url) || /^[^/:]+$/.test(url);
  if (!url || !ref || /[\s:]/.test(ref) || userinfoOnly)
    throw new UsageError(
      `expected <git-url>@<ref> (a tag, branch or commit), e.g. https://github.com/acme/capabilities.git@v1.2.0; got "${arg}"`,
    );
  return { kind: "git", url, ref, ...(path ? { path } : {}) };
}

export interface AddResult {
  source: string;
  commit: string;
  capabilities: string[];
  locked: string[];
}

export async function addGitPack(
  sourceDir: string,
  ref: GitPackRef,
  identity: { sourceRepo: string; commit: string },
): Promise<AddResult> {
  const fetched = await fetchGitPack(ref, { sourceDir });
  const loaded = loadPack(fetched.pack);
  const problems = [...loaded.problems, ...templateProblems(loaded.capabilities)];
  if (problems.length) throw new UserError(problems);
  if (!loaded.capabilities.length)
    throw new UserError([
      {
        code: "git-pack",
        message: `${gitPackSource(ref)} (commit ${fetched.commit.slice(0, 12)}) holds no capabilities (<name>/<version>/capability.yaml)${ref.path ? "" : "; is it in a subfolder? pass --path"}`,
      },
    ]);

  const cfgPath = join(sourceDir, CONFIG_FILE);
  const before = readFileSync(cfgPath, "utf8");
  const doc = parseDocument(before);
  const existing = (doc.toJS() as { capabilities?: unknown[] } | null)?.capabilities;
  const same = (existing ?? []).some(
    (c) =>
      typeof c === "object" &&
      c !== null &&
      (c as { git?: string }).git === ref.url &&
      ((c as { path?: string }).path ?? "") === (ref.path ?? ""),
  );
  if (same)
    throw new UserError([
      {
        file: CONFIG_FILE,
        code: "config",
        path: "/capabilities",
        message: `capstan.yaml already lists ${ref.url}${ref.path ? ` (path ${ref.path})` : ""}; edit its ref there`,
      },
    ]);
  const fields: [string, string][] = [
    ["git", ref.url],
    ["ref", ref.ref],
    ...(ref.path ? [["path", ref.path] as [string, string]] : []),
  ];
  const item = {
    flow: `{ ${fields.map(([k, v]) => `${k}: ${scalarText(v)}`).join(", ")} }`,
    block: fields.map(([k, v]) => `${k}: ${scalarText(v)}`),
  };
  let after: string;
  const expected = [...(existing ?? ["builtin"]), Object.fromEntries(fields)];
  try {
    // No `capabilities:` means [builtin]; keep that meaning explicit.
    after = appendToTopLevelSeq(before, doc, "capabilities", item, ["builtin"]);
    const check = (parse(after) as { capabilities?: unknown }).capabilities;
    if (JSON.stringify(check) !== JSON.stringify(expected)) throw new Error("splice mismatch");
  } catch {
    doc.set("capabilities", doc.createNode(expected));
    after = doc.toString({ lineWidth: 0 });
  }
  writeFileSync(cfgPath, after);
  try {
    const src = await loadFromDir({ source: sourceDir, ...identity });
    const used = usedCapabilities(src);
    if (used.problems.length) throw new UserError(used.problems);
    writeFileSync(join(sourceDir, LOCK_FILE), emitLock(lockFromCapabilities(used.caps)));
    return {
      source: gitPackSource(ref),
      commit: fetched.commit,
      capabilities: loaded.capabilities.map((c) => `${c.name}@${c.version}`),
      locked: used.caps.map((c) => `${c.name}@${c.version}`),
    };
  } catch (e) {
    writeFileSync(cfgPath, before); // nothing half-done
    throw e;
  }
}
