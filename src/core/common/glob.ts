/**
 * The `apps` and `schemas` globs of capstan.yaml (README.md), matched by picomatch — the
 * semantics of npm's tools: `*`, `**`, `?`, `{a,b}`, `[a-z]`, extglobs, and a leading `!`
 * that excludes what the list's other patterns select. `dot: true`: `*` and `**` match
 * dotfiles and dot folders, as capstan always did.
 */
import picomatch from "picomatch";

const OPTIONS: picomatch.PicomatchOptions = { dot: true };

/** One pattern (no `!`) as a RegExp over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  return picomatch.makeRe(pattern, OPTIONS);
}

/** The fixed directory prefix of a pattern (where a walk can start), e.g. `apps` for `apps/**\/*.yaml`. */
export function globBase(pattern: string): string {
  const scan = picomatch.scan(pattern);
  if (scan.isGlob) return scan.base;
  const slash = scan.base.lastIndexOf("/");
  return slash < 0 ? "" : scan.base.slice(0, slash);
}

/**
 * A list of patterns: a path is selected when it matches a pattern and no `!pattern`.
 * `include` are the patterns without `!` (to walk from their bases).
 */
export function globSelector(patterns: readonly string[]): {
  include: string[];
  test: (path: string) => boolean;
} {
  const include = patterns.filter((p) => !p.startsWith("!"));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const yes = include.map(globToRegExp);
  const no = exclude.map(globToRegExp);
  return {
    include,
    test: (path) => yes.some((re) => re.test(path)) && !no.some((re) => re.test(path)),
  };
}
