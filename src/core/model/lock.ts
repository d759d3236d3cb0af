import { parseYamlWithDocs, YamlError } from "../../yaml/fast.ts";
import { emitYaml } from "../../yaml/emit.ts";
import type { Problem } from "../common/errors.ts";
import type { Capability } from "../capabilities/types.ts";
import type { SourceFile } from "./source.ts";

export interface LockEntry {
  name: string;
  version: string;
  source: string;
  commit?: string;
  digest: string;
}

export interface Lock {
  entries: LockEntry[];
}

export const LOCK_FILE = "capstan.lock";

export function parseLock(f: SourceFile): { lock?: Lock; problems: Problem[] } {
  try {
    const v = parseYamlWithDocs(f.text)[0]?.value as
      { lockVersion?: unknown; capabilities?: unknown } | undefined;
    if (!v || v.lockVersion !== 1 || !Array.isArray(v.capabilities))
      return {
        problems: [
          {
            file: f.file,
            line: 1,
            col: 1,
            code: "lock",
            message: "not a capstan.lock (lockVersion: 1); regenerate it with `capstan lock`",
          },
        ],
      };
    const entries: LockEntry[] = [];
    for (const e of v.capabilities as Record<string, unknown>[]) {
      if (
        typeof e?.name !== "string" ||
        typeof e.version !== "string" ||
        typeof e.digest !== "string" ||
        typeof e.source !== "string"
      )
        return {
          problems: [
            {
              file: f.file,
              code: "lock",
              message:
                "a capstan.lock entry needs name, version, source and digest; regenerate it with `capstan lock`",
            },
          ],
        };
      entries.push({
        name: e.name,
        version: e.version,
        source: e.source,
        digest: e.digest,
        commit: typeof e.commit === "string" ? e.commit : undefined,
      });
    }
    return { lock: { entries }, problems: [] };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        problems: [{ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message }],
      };
    throw e;
  }
}

export function lockFromCapabilities(caps: Capability[]): Lock {
  const seen = new Set<string>();
  const entries: LockEntry[] = [];
  for (const c of caps) {
    const k = `${c.name}@${c.version}`;
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push({
      name: c.name,
      version: c.version,
      source: c.source,
      digest: c.digest,
      ...(c.commit ? { commit: c.commit } : {}),
    });
  }
  entries.sort((a, b) =>
    a.name < b.name
      ? -1
      : a.name > b.name
        ? 1
        : a.version < b.version
          ? -1
          : a.version > b.version
            ? 1
            : 0,
  );
  return { entries };
}

export function emitLock(lock: Lock): string {
  return (
    "# capstan.lock: resolved capability versions and their content digests.\n# Written by `capstan lock`; do not edit by hand.\n" +
    emitYaml({ lockVersion: 1, capabilities: lock.entries })
  );
}

/**
 * Checks the resolved capabilities against the lock: a locked version whose
 * content changed is an integrity error; with `frozen`, a capability the lock
 * does not list (or a missing lock) is an error too.
 */
export function checkLock(
  used: Capability[],
  lock: Lock | undefined,
  lockFile: string,
  frozen: boolean,
): { problems: Problem[]; notices: string[] } {
  const problems: Problem[] = [];
  const notices: string[] = [];
  if (!lock) {
    if (frozen)
      problems.push({
        file: lockFile,
        code: "lock",
        message:
          "capstan.lock is missing; run `capstan lock` and commit it (or run without --frozen)",
      });
    else if (used.length)
      notices.push(
        "no capstan.lock: capability versions were resolved to the newest available; run `capstan lock` to pin them",
      );
    return { problems, notices };
  }
  const seen = new Set<string>();
  for (const c of used) {
    const id = `${c.name}@${c.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const e = lock.entries.find((x) => x.name === c.name && x.version === c.version);
    if (!e) {
      if (frozen)
        problems.push({
          file: lockFile,
          code: "lock",
          capability: id,
          message: `capstan.lock does not list ${id} (from ${c.source}); run \`capstan lock\` and commit it`,
        });
      else notices.push(`capstan.lock does not list ${id}; run \`capstan lock\` to pin it`);
      continue;
    }
    if (e.digest !== c.digest)
      problems.push({
        file: lockFile,
        code: "integrity",
        capability: id,
        message: `integrity error: the content of ${id} (${c.source}) changed since capstan.lock was written (locked ${e.digest.slice(0, 19)}…, found ${c.digest.slice(0, 19)}…); a published version must never change — publish a new version, or run \`capstan lock --update\` if the change is intended`,
      });
  }
  return { problems, notices };
}
