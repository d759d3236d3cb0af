/**
 * Versions and ranges by the npm `semver` package, the semantics users know from npm:
 * capability versions (`capability.yaml` folders) and `requiredVersion` in capstan.yaml
 * (README.md). Ranges include prereleases (`includePrerelease`): a capstan
 * prerelease satisfies `>=0.1.0` the way it sorts.
 */
// The functions capstan uses, not the package's index: the index loads every function,
// range and class module (≈ 22 ms of each process's start; docs/performance.md).
import compare from "semver/functions/compare.js";
import parse from "semver/functions/parse.js";
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
}

/** A strict semver (a leading `v` allowed, build metadata ignored); undefined otherwise. */
export function parseSemVer(s: string): SemVer | undefined {
  const v = parse(s);
  if (!v) return undefined;
  return { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease.join(".") };
}

const text = (v: SemVer) =>
  `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ""}`;

/** Semver precedence: negative, 0 or positive. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  return compare(text(a), text(b));
}

type Comparator = (v: SemVer) => boolean;

/** Parses a range (`>=1.2.0 <2`, `^1.2`, `~1.2.3`, `1.x`, `a || b`); undefined when it is not one. */
export function parseRange(range: string): Comparator | undefined {
  if (!range.trim()) return undefined;
  const r = validRange(range, { includePrerelease: true });
  if (r === null) return undefined;
  return (v) => satisfies(text(v), r, { includePrerelease: true });
}
