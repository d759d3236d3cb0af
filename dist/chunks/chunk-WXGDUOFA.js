import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  GitExit,
  gitRunner
} from "./chunk-TJCCMP7P.js";
import {
  ExternalError
} from "./chunk-25T5DTZY.js";

// src/adapters/git-objects.ts
async function run(dir, what, args) {
  try {
    return await gitRunner({ cwd: dir })(args);
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw new ExternalError(`git: could not ${what}: ${detail}`);
  }
}
async function succeeds(dir, args) {
  try {
    await gitRunner({ cwd: dir })(args);
    return true;
  } catch (e) {
    if (e instanceof GitExit) return false;
    throw e;
  }
}
async function revParse(dir, ref) {
  if (!await succeeds(dir, ["rev-parse", "--verify", "-q", `${ref}^{commit}`])) return void 0;
  return (await run(dir, `resolve ${ref}`, ["rev-parse", "--verify", `${ref}^{commit}`])).trim();
}
async function commitInfo(dir, sha) {
  const raw = await run(dir, `read commit ${sha}`, ["cat-file", "commit", sha]);
  const header = raw.split("\n\n")[0] ?? "";
  let tree = "";
  const parents = [];
  for (const line of header.split("\n")) {
    if (line.startsWith("tree ")) tree = line.slice(5);
    else if (line.startsWith("parent ")) parents.push(line.slice(7));
  }
  return { tree, parents };
}
async function fileAt(dir, rev, path) {
  if (!await succeeds(dir, ["cat-file", "-e", `${rev}:${path}`])) return void 0;
  return run(dir, `read ${path}`, ["cat-file", "blob", `${rev}:${path}`]);
}
async function filesAt(dir, rev, prefix) {
  const out = await run(dir, `list ${prefix}`, [
    "ls-tree",
    "-r",
    "-z",
    "--name-only",
    "--full-tree",
    rev,
    "--",
    prefix
  ]);
  return out.split("\0").filter(Boolean).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
async function commitMessageInfo(dir, sha) {
  if (!await succeeds(dir, ["cat-file", "-e", `${sha}^{commit}`])) return void 0;
  const raw = await run(dir, `read commit ${sha}`, ["cat-file", "commit", sha]);
  const cut = raw.indexOf("\n\n");
  const header = cut < 0 ? raw : raw.slice(0, cut);
  const message = cut < 0 ? "" : raw.slice(cut + 2);
  const m = /^author (.*) (\d+) ([+-])(\d\d)(\d\d)$/m.exec(header);
  if (!m) return void 0;
  const offsetMin = (m[3] === "-" ? -1 : 1) * (Number(m[4]) * 60 + Number(m[5]));
  const local = new Date((Number(m[2]) + offsetMin * 60) * 1e3).toISOString().slice(0, 19);
  const date = `${local}${m[3]}${m[4]}:${m[5]}`;
  const [subject = "", ...rest] = message.replace(/\s+$/, "").split("\n");
  return { author: m[1], date, subject, body: rest.join("\n").trim() };
}

export {
  revParse,
  commitInfo,
  fileAt,
  filesAt,
  commitMessageInfo
};
