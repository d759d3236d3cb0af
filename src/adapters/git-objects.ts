/**
 * Read-only questions to a local repository's object database: what a ref points at,
 * a commit's tree and parents, a file or a file list at a revision. Nothing here
 * fetches, deepens or writes, so it is safe on an env repo clone between fetches
 * (the render flow reads remote-tracking refs it fetched itself).
 */
import { ExternalError } from "../core/errors.ts";
import { GitExit, gitRunner } from "./git-exec.ts";

async function run(dir: string, what: string, args: string[]): Promise<string> {
  try {
    return await gitRunner({ cwd: dir })(args);
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw new ExternalError(`git: could not ${what}: ${detail}`);
  }
}

async function succeeds(dir: string, args: string[]): Promise<boolean> {
  try {
    await gitRunner({ cwd: dir })(args);
    return true;
  } catch (e) {
    if (e instanceof GitExit) return false;
    throw e;
  }
}

/** The commit `ref` names, or undefined when there is no such ref. */
export async function revParse(dir: string, ref: string): Promise<string | undefined> {
  if (!(await succeeds(dir, ["rev-parse", "--verify", "-q", `${ref}^{commit}`]))) return undefined;
  return (await run(dir, `resolve ${ref}`, ["rev-parse", "--verify", `${ref}^{commit}`])).trim();
}

/**
 * The tree and parents recorded in a commit object. Read from the raw object, so the
 * parents are known even at the boundary of a shallow clone.
 */
export async function commitInfo(
  dir: string,
  sha: string,
): Promise<{ tree: string; parents: string[] }> {
  const raw = await run(dir, `read commit ${sha}`, ["cat-file", "commit", sha]);
  const header = raw.split("\n\n")[0] ?? "";
  let tree = "";
  const parents: string[] = [];
  for (const line of header.split("\n")) {
    if (line.startsWith("tree ")) tree = line.slice(5);
    else if (line.startsWith("parent ")) parents.push(line.slice(7));
  }
  return { tree, parents };
}

/** The text of `path` at commit `rev`, or undefined when it does not exist there. */
export async function fileAt(dir: string, rev: string, path: string): Promise<string | undefined> {
  if (!(await succeeds(dir, ["cat-file", "-e", `${rev}:${path}`]))) return undefined;
  return run(dir, `read ${path}`, ["cat-file", "blob", `${rev}:${path}`]);
}

/** Paths of the files at commit `rev` under `prefix` (a folder), sorted. */
export async function filesAt(dir: string, rev: string, prefix: string): Promise<string[]> {
  const out = await run(dir, `list ${prefix}`, [
    "ls-tree",
    "-r",
    "-z",
    "--name-only",
    "--full-tree",
    rev,
    "--",
    prefix,
  ]);
  return out
    .split("\0")
    .filter(Boolean)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Author (`Name <email>`), author date (ISO 8601 in the author's time zone, as `%aI`), subject and
 * body of commit `sha`, read from the raw object; undefined when it is not in `dir`.
 */
export async function commitMessageInfo(
  dir: string,
  sha: string,
): Promise<{ author: string; date: string; subject: string; body: string } | undefined> {
  if (!(await succeeds(dir, ["cat-file", "-e", `${sha}^{commit}`]))) return undefined;
  const raw = await run(dir, `read commit ${sha}`, ["cat-file", "commit", sha]);
  const cut = raw.indexOf("\n\n");
  const header = cut < 0 ? raw : raw.slice(0, cut);
  const message = cut < 0 ? "" : raw.slice(cut + 2);
  const m = /^author (.*) (\d+) ([+-])(\d\d)(\d\d)$/m.exec(header);
  if (!m) return undefined;
  const offsetMin = (m[3] === "-" ? -1 : 1) * (Number(m[4]) * 60 + Number(m[5]));
  const local = new Date((Number(m[2]) + offsetMin * 60) * 1000).toISOString().slice(0, 19);
  const date = `${local}${m[3]}${m[4]}:${m[5]}`; // as git's %aI prints it
  const [subject = "", ...rest] = message.replace(/\s+$/, "").split("\n");
  return { author: m[1]!, date, subject, body: rest.join("\n").trim() };
}
