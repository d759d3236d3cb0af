/**
 * A relative path that stays inside its folder and out of `.git`. On its own (no imports)
 * so the write worker (src/writer/write-worker.ts) can use it and stay a few kB.
 */
export function isSafeRelPath(p: string): boolean {
  // One scan (state.json holds a path per rendered file): no `\\` or NUL anywhere, and
  // every `/`-separated segment non-empty and neither `.` nor `..` nor `.git` in any
  // case — git refuses a `.git` component anywhere, and case-insensitive file systems
  // (macOS, Windows) would take `.GIT` for the repository's own folder.
  const n = p.length;
  if (n === 0) return false;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? p.charCodeAt(i) : 47;
    if (c === 92 || c === 0) return false;
    if (c !== 47) continue;
    const len = i - start;
    if (len === 0) return false;
    if (p.charCodeAt(start) === 46) {
      if (len === 1 || (len === 2 && p.charCodeAt(start + 1) === 46)) return false;
      // `| 32` lower-cases an ASCII letter: G/g, I/i, T/t
      if (
        len === 4 &&
        (p.charCodeAt(start + 1) | 32) === 103 &&
        (p.charCodeAt(start + 2) | 32) === 105 &&
        (p.charCodeAt(start + 3) | 32) === 116
      )
        return false;
    }
    start = i + 1;
  }
  return true;
}
