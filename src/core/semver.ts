/** The small part of semver capstan needs: parse, compare, and `>=1.2.0 <2`, `^1.2`, `~1.2.3`, `1.x` ranges. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemVer(s: string): SemVer | undefined {
  const m = SEMVER.exec(s);
  if (!m) return undefined;
  return { major: +m[1]!, minor: +m[2]!, patch: +m[3]!, prerelease: m[4] ?? "" };
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (a.prerelease === b.prerelease) return 0;
  if (!a.prerelease) return 1;
  if (!b.prerelease) return -1;
  return comparePre(a.prerelease, b.prerelease);
}

function comparePre(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      if (+x !== +y) return +x - +y;
    } else if (nx !== ny) return nx ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

type Comparator = (v: SemVer) => boolean;

/** Parses a range; undefined when the syntax is not understood. */
export function parseRange(range: string): Comparator | undefined {
  const parts = range.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return undefined;
  const comps: Comparator[] = [];
  for (const part of parts) {
    const c = parseComparator(part);
    if (!c) return undefined;
    comps.push(c);
  }
  return (v) => comps.every((c) => c(v));
}

function partial(s: string): { v: SemVer; given: number } | undefined {
  const m = /^v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-([0-9A-Za-z.-]+))?$/.exec(s);
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]];
  let given = 0;
  for (const n of nums) {
    if (n === undefined || n === "x" || n === "*") break;
    given++;
  }
  const v = {
    major: given > 0 ? +m[1]! : 0,
    minor: given > 1 ? +m[2]! : 0,
    patch: given > 2 ? +m[3]! : 0,
    prerelease: m[4] ?? "",
  };
  return { v, given };
}

function bump(v: SemVer, at: number): SemVer {
  if (at === 0) return { major: v.major + 1, minor: 0, patch: 0, prerelease: "" };
  if (at === 1) return { major: v.major, minor: v.minor + 1, patch: 0, prerelease: "" };
  return { major: v.major, minor: v.minor, patch: v.patch + 1, prerelease: "" };
}

function parseComparator(part: string): Comparator | undefined {
  const m = /^(>=|<=|>|<|=|\^|~)?(.+)$/.exec(part);
  if (!m) return undefined;
  const op = m[1] ?? "";
  const p = partial(m[2]!);
  if (!p) return undefined;
  const { v, given } = p;
  const ge = (x: SemVer) => compareSemVer(x, v) >= 0;
  switch (op) {
    case ">=":
      return ge;
    case ">":
      return given < 3
        ? (x) => compareSemVer(x, bump(v, given - 1)) >= 0
        : (x) => compareSemVer(x, v) > 0;
    case "<":
      return (x) => compareSemVer(x, v) < 0;
    case "<=":
      return given < 3
        ? (x) => compareSemVer(x, bump(v, given - 1)) < 0
        : (x) => compareSemVer(x, v) <= 0;
    case "^": {
      const at = v.major > 0 || given < 2 ? 0 : v.minor > 0 || given < 3 ? 1 : 2;
      const hi = bump(v, at);
      return (x) => ge(x) && compareSemVer(x, hi) < 0;
    }
    case "~": {
      const hi = bump(v, given < 2 ? 0 : 1);
      return (x) => ge(x) && compareSemVer(x, hi) < 0;
    }
    default: {
      if (given === 0) return () => true;
      if (given === 3) return (x) => compareSemVer(x, v) === 0;
      const hi = bump(v, given - 1);
      return (x) => ge(x) && compareSemVer(x, hi) < 0;
    }
  }
}
