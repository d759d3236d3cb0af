/**
 * A relative path that stays inside its folder and out of `.git`. On its own (no imports)
 * so the write worker (src/writer/write-worker.ts) can use it and stay a few kB.
 */
export function isSafeRelPath(p: string): boolean {
  // One scan (state.json holds a path per rendered file): no `\\` or NUL anywhere, and
  // every `/`-separated segment non-empty and neither `.` nor `..`; not under `.git`.
  const n = p.length;
  if (n === 0) return false;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? p.charCodeAt(i) : 47;
    if (c === 92 || c === 0) return false;
    if (c !== 47) continue;
    const len = i - start;
    if (len === 0) return false;
    if (p.charCodeAt(start) === 46 && (len === 1 || (len === 2 && p.charCodeAt(start + 1) === 46)))
      return false;
    if (start === 0 && len === 4 && p.startsWith(".git")) return false;
    start = i + 1;
  }
  return true;
}
