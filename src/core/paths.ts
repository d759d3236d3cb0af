/**
 * A relative path that stays inside its folder and out of `.git`. On its own (no imports)
 * so the write worker (src/commands/write-worker.ts) can use it and stay a few kB.
 */
export function isSafeRelPath(p: string): boolean {
  if (!p || p.startsWith("/") || p.includes("\\") || p.includes("\0")) return false;
  const parts = p.split("/");
  return parts.every((s) => s !== "" && s !== "." && s !== "..") && parts[0] !== ".git";
}
