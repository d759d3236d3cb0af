/** Where the env repo is, from what a user wrote: `owner/name`, a URL, or a path. */
import { resolve } from "node:path";

/**
 * `owner/name` → `<server>/owner/name.git`; URLs (`https://`, `file://`, `git@host:`)
 * as written; anything else a path relative to `base` (the source folder).
 */
export function envRepoLocation(value: string, serverUrl: string, base: string): string {
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith("."))
    return `${serverUrl.replace(/\/+$/, "")}/${value.replace(/\.git$/, "")}.git`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[^/\\]+@[^/\\]+:/.test(value)) return value;
  return resolve(base, value);
}
