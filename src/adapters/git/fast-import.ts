/**
 * Commits built without a work tree or an index: one `git fast-import` reads the changed
 * files inline, loads only the trees on their paths from the parent commit, writes the
 * new blobs, trees and commits, and prints each commit's sha. Unchanged files are never
 * read (a blob-less store does not have them), and every commit of a run — one per
 * environment, on several branches — costs the same single process. The initial render
 * of an empty repository (tens of thousands of files) goes through the same stream.
 */
import { createHash } from "node:crypto";
import type { GitProcess } from "./process.ts";
import { BIG_FILE_THRESHOLD } from "./push.ts";

export interface NewCommit {
  /** A scratch ref fast-import keeps the commit on (reset first, so no old tip leaks in). */
  ref: string;
  /** Parent: a sha, an index of an earlier commit of the same batch, or none (a root commit). */
  parent?: string | number;
  message: string;
  /** Repository path → new text, or null to delete it. */
  changes: Map<string, string | null>;
}

/** The id git gives a blob with these bytes (SHA-1 object format). */
export function blobId(bytes: Buffer): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** The author and committer lines git would write (`git var`), asked once per store. */
export async function identities(git: GitProcess): Promise<[string, string]> {
  const [author, committer] = await Promise.all(
    ["GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"].map(async (v) =>
      (await git({ args: ["var", v] })).stdout.toString("utf8").trim(),
    ),
  );
  return [author!, committer!];
}

export async function buildCommits(
  git: GitProcess,
  commits: NewCommit[],
  idents: Promise<[string, string]> = identities(git),
): Promise<string[]> {
  const [author, committer] = await idents;
  const chunks: Buffer[] = [];
  const text = (s: string): void => void chunks.push(Buffer.from(s, "utf8"));
  const data = (bytes: Buffer): void => {
    text(`data ${bytes.length}\n`);
    chunks.push(bytes);
    text("\n");
  };
  commits.forEach((c, i) => {
    text(`reset ${c.ref}\ncommit ${c.ref}\nmark :${i + 1}\n`);
    text(`author ${author}\ncommitter ${committer}\n`);
    data(Buffer.from(c.message, "utf8"));
    if (typeof c.parent === "number") text(`from :${c.parent + 1}\n`);
    else if (c.parent) text(`from ${c.parent}\n`);
    for (const [p, t] of [...c.changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (t === null) text(`D ${quotePath(p)}\n`);
      else {
        text(`M 100644 inline ${quotePath(p)}\n`);
        data(Buffer.from(t, "utf8"));
      }
    }
    text("\n");
  });
  commits.forEach((_, i) => text(`get-mark :${i + 1}\n`));
  text("done\n");
  const out = await git({
    // The objects stay in the pack fast-import writes (git would unpack a pack of fewer
    // than 100 objects into loose ones: inflating and deflating the states again), and the
    // push then sends them as they are. Deflated at level 1: the states are megabytes of
    // JSON, level 6 took twice the time for a pack 11 % smaller (docs/performance.md).
    args: [
      "-c",
      "fastimport.unpackLimit=0",
      "-c",
      "pack.compression=1",
      "fast-import",
      "--quiet",
      "--done",
      "--force",
      "--date-format=raw",
      `--big-file-threshold=${BIG_FILE_THRESHOLD}`,
    ],
    input: Buffer.concat(chunks),
  });
  const shas = out.stdout.toString("utf8").split("\n").filter(Boolean);
  if (shas.length !== commits.length) throw new Error(`fast-import printed ${shas.length} commits`);
  return shas;
}

/** A path as fast-import reads it: C-style quoted (any path may start with a quote). */
function quotePath(p: string): string {
  return `"${p.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
