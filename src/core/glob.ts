/** Glob patterns (`*`, `**`, `?`, `{a,b}`) → RegExp over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        // `**/` matches zero or more directories; a trailing `**` matches anything.
        if (pattern[i + 2] === "/") {
          re += "(?:[^/]+/)*";
          i += 3;
        } else {
          re += ".*";
          i += 2;
        }
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end > i) {
        const alts = pattern
          .slice(i + 1, end)
          .split(",")
          .map(escapeRe);
        re += `(?:${alts.join("|")})`;
        i = end + 1;
        continue;
      }
      re += "\\{";
    } else {
      re += escapeRe(c);
    }
    i++;
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/** The fixed directory prefix of a pattern (where a walk can start), e.g. `apps/` for `apps/**\/*.yaml`. */
export function globBase(pattern: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?{]/.test(p)) break;
    fixed.push(p);
  }
  return fixed.join("/");
}
