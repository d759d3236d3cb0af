/**
 * An unknown property that a newer version of the same capability has: the lock (or
 * the version the application names) holds an older one. The hint says which version
 * has it and how to move there. Pure: the registry, the resolved capability, ajv errors.
 */
import type { ErrorObject } from "ajv";
import type { Capability } from "../capabilities/types.ts";
import { compareSemVer } from "./semver.ts";
import { schemaProperties } from "../common/suggest.ts";

interface Versions {
  versions(name: string): Capability[];
}

/** `ajvProblems` messages for these errors get this suffix (by the unknown property's name). */
export function newerVersionHints(
  registry: Versions,
  cap: Capability,
  ref: string,
  errors: ErrorObject[],
): Map<string, string> {
  const hints = new Map<string, string>();
  const newer = registry
    .versions(cap.name)
    .filter((c) => c.kind === cap.kind && compareSemVer(c.semver, cap.semver) > 0);
  if (!newer.length) return hints;
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const prop = String((e.params as { additionalProperty: string }).additionalProperty);
    // The oldest newer version that has it: the smallest move.
    const has = [...newer]
      .reverse()
      .find((c) => schemaProperties(c.parameters, e.instancePath).includes(prop));
    if (!has) continue;
    const how = ref.includes("@")
      ? `write ${cap.name}@${has.version} (the application names ${ref})`
      : `capstan.lock holds ${cap.version}: capstan lock --update moves to the newest version`;
    hints.set(prop, `; ${cap.name}@${has.version} has "${prop}" — ${how}`);
  }
  return hints;
}

/** Appends each hint to the `unknown property "X"` problem it belongs to. */
export function withHints<P extends { message: string }>(
  problems: P[],
  hints: Map<string, string>,
): P[] {
  if (!hints.size) return problems;
  return problems.map((p) => {
    const m = /^unknown property "([^"]*)"/.exec(p.message);
    const hint = m ? hints.get(m[1]!) : undefined;
    return hint ? { ...p, message: p.message + hint } : p;
  });
}
