/**
 * A source commit's author, author date, subject and body, read from the raw commit
 * object of a local repository (for hydrator.metadata and the env README.md).
 */
import { GitExit, gitRunner } from "./git-exec.ts";

/**
 * Author (`Name <email>`), author date (ISO 8601 in the author's time zone, as `%aI`), subject and
 * body of commit `sha`; undefined when it is not in `dir`.
 */
export async function commitMessageInfo(
  dir: string,
  sha: string,
): Promise<{ author: string; date: string; subject: string; body: string } | undefined> {
  let raw: string;
  try {
    raw = await gitRunner({ cwd: dir })(["cat-file", "commit", sha]);
  } catch (e) {
    if (e instanceof GitExit) return undefined;
    throw e;
  }
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
