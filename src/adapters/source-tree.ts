/**
 * Reads a source repository at a git revision (not the working tree) into the
 * core's SourceInput: the same files `source-files.ts` reads from disk, taken
 * from the revision's tree with one `git ls-tree` + `git cat-file --batch` pair
 * per revision. Used by the preview to render a pull request's base and head.
 *
 * For pull requests from forks, `capabilitiesFrom` names a trusted revision (the
 * base) whose capability packs, capstan.lock and capstan.yaml `capabilities:`
 * list are used instead of the head's.
 */
import { posix } from "node:path";
import { loadConfig, type CapabilitySourceRef, type Config } from "../core/model/config.ts";
import { ExternalError, UserError, type Problem } from "../core/common/errors.ts";
import { globBase, globSelector } from "../core/common/glob.ts";
import { LOCK_FILE } from "../core/model/lock.ts";
import type { CapabilityPack, SourceFile, SourceInput } from "../core/model/source.ts";
import { GitExit, gitRunner } from "./git-exec.ts";
import { CONFIG_FILE, decodeText, readBuiltinPack } from "./source-files.ts";
import { readTreeAt, type BlobCache } from "./source-repo.ts";

export interface SourceLocation {
  /** the repository's top-level folder */
  top: string;
  /** the source folder relative to `top`, `/`-terminated, "" at the root */
  prefix: string;
}

/** Where the source folder sits in its git repository. */
export async function locateSource(source: string): Promise<SourceLocation> {
  const git = gitRunner({ cwd: source });
  try {
    // One process: the top-level folder, then the prefix (an empty line at the top).
    const [top = "", prefix = ""] = (await git(["rev-parse", "--show-toplevel", "--show-prefix"]))
      .split("\n")
      .map((l) => l.trim());
    return { top, prefix };
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw new ExternalError(`git: ${source} is not inside a git repository: ${detail}`);
  }
}

export interface TreeSourceOptions {
  loc: SourceLocation;
  rev: string;
  sourceRepo: string;
  commit: string;
  /** a trusted revision to take capability packs, the lock and the capabilities list from */
  capabilitiesFrom?: string;
  gitPacks?: Map<number, CapabilityPack>;
  /** blobs already read (another revision, the working tree): read again only what is new */
  blobs?: BlobCache;
  /** read only these Application files (paths in the source), not every one `apps` matches */
  onlyApps?: string[];
}

/** Files of `rev` below the source folder: path relative to the source → bytes. */
async function readBelow(
  loc: SourceLocation,
  rev: string,
  paths: string[],
  blobs?: BlobCache,
): Promise<Map<string, Buffer>> {
  const specs = paths.map((p) => (p ? `${loc.prefix}${p}` : loc.prefix || "."));
  const raw = await readTreeAt(loc.top, rev, [...new Set(specs)], blobs);
  const out = new Map<string, Buffer>();
  for (const [p, b] of raw) if (p.startsWith(loc.prefix)) out.set(p.slice(loc.prefix.length), b);
  return out;
}

/** capstan.yaml at `rev`, or undefined when the revision has none. */
export async function readConfigAt(
  loc: SourceLocation,
  rev: string,
  blobs?: BlobCache,
): Promise<{ file: SourceFile; config: Config } | undefined> {
  const files = await readBelow(loc, rev, [CONFIG_FILE], blobs);
  const buf = files.get(CONFIG_FILE);
  if (!buf) return undefined;
  const problems: Problem[] = [];
  const text = decodeText(buf, CONFIG_FILE, problems);
  if (text === undefined) throw new UserError(problems);
  const file = { file: CONFIG_FILE, text };
  return { file, config: loadConfig(file) };
}

/** The entries of `all` at or under one of `specs` (paths relative to the source, "" = all). */
function below(all: Map<string, Buffer>, specs: string[]): Map<string, Buffer> {
  if (specs.includes("")) return all;
  const out = new Map<string, Buffer>();
  for (const [p, b] of all)
    if (specs.some((s) => p === s || p.startsWith(s.endsWith("/") ? s : s + "/"))) out.set(p, b);
  return out;
}

const skipped = (p: string): boolean =>
  p.split("/").some((s) => s === "node_modules" || s === ".git");

function match(paths: Iterable<string>, patterns: string[]): string[] {
  const selector = globSelector(patterns);
  return [...paths].filter((p) => !skipped(p) && selector.test(p)).sort();
}

/** A path pack's folder relative to the source, or undefined when it leaves the repository. */
function packDir(loc: SourceLocation, path: string): string | undefined {
  const joined = posix.normalize(posix.join(loc.prefix, path));
  if (joined === ".." || joined.startsWith("../") || posix.isAbsolute(path)) return undefined;
  const rel = posix.relative(loc.prefix.replace(/\/$/, "") || ".", joined);
  return rel === "" ? "" : rel.replace(/\/?$/, "/");
}

/**
 * The source at `rev`, or undefined when `rev` has no capstan.yaml (capstan is new
 * in the pull request: everything the head renders is added).
 */
export async function readSourceAt(opts: TreeSourceOptions): Promise<SourceInput | undefined> {
  const { loc, rev } = opts;
  const cfg = await readConfigAt(loc, rev, opts.blobs);
  if (!cfg) return undefined;
  const capsRev = opts.capabilitiesFrom ?? rev;
  const capsConfig =
    capsRev === rev ? cfg.config : (await readConfigAt(loc, capsRev, opts.blobs))?.config;
  const capRefs = capsConfig?.capabilities ?? [{ kind: "builtin" as const }];
  const problems: Problem[] = [];

  const specBases = opts.onlyApps
    ? [...opts.onlyApps, ...globSelector(cfg.config.schemas).include.map(globBase)]
    : globSelector([...cfg.config.apps, ...cfg.config.schemas]).include.map(globBase);
  const fileSpecs = specBases.some((b) => b === "") ? [""] : specBases;
  const capSpecs = [...packFolders(loc, capRefs, problems), LOCK_FILE];
  const { files, capFiles } = await readTrees(opts, capsRev, fileSpecs, capSpecs);
  const apps = decodeMatching(files, cfg.config.apps, problems);
  const crdFiles = decodeMatching(files, cfg.config.schemas, problems);
  const packs = readPacks(opts, capRefs, capFiles, capsRev, problems);
  let lock: SourceFile | undefined;
  const lockBuf = capFiles.get(LOCK_FILE);
  if (lockBuf) {
    const t = decodeText(lockBuf, LOCK_FILE, problems);
    if (t !== undefined) lock = { file: LOCK_FILE, text: t };
  }
  if (problems.length) throw new UserError(problems);
  return {
    config: cfg.file,
    apps,
    packs,
    crdFiles,
    lock,
    sourceRepo: opts.sourceRepo,
    commit: opts.commit,
  };
}

/** The folders of the path packs, relative to the source; one outside the repository is a problem. */
function packFolders(
  loc: SourceLocation,
  capRefs: CapabilitySourceRef[],
  problems: Problem[],
): string[] {
  const packPaths: string[] = [];
  capRefs.forEach((c, i) => {
    if (c.kind !== "path") return;
    const dir = packDir(loc, c.path);
    if (dir === undefined)
      problems.push({
        file: CONFIG_FILE,
        code: "config",
        path: `/capabilities/${i}/path`,
        message: `capability folder "${c.path}" is outside the source repository`,
      });
    else packPaths.push(dir.replace(/\/$/, ""));
  });
  return packPaths;
}

/** The source's files under `fileSpecs` at `rev`, and the capability files under `capSpecs` at `capsRev`. */
async function readTrees(
  opts: TreeSourceOptions,
  capsRev: string,
  fileSpecs: string[],
  capSpecs: string[],
): Promise<{ files: Map<string, Buffer>; capFiles: Map<string, Buffer> }> {
  const { loc, rev } = opts;
  if (capsRev === rev) {
    // One tree listing for both, split by folder again.
    const all = await readBelow(loc, rev, [...fileSpecs, ...capSpecs], opts.blobs);
    return { files: below(all, fileSpecs), capFiles: below(all, capSpecs) };
  }
  const files = await readBelow(loc, rev, fileSpecs, opts.blobs);
  const capFiles = await readBelow(loc, capsRev, capSpecs, opts.blobs);
  return { files, capFiles };
}

/** The files matching `patterns`, in path order, decoded as text. */
function decodeMatching(
  files: Map<string, Buffer>,
  patterns: string[],
  problems: Problem[],
): SourceFile[] {
  const out: SourceFile[] = [];
  for (const p of match(files.keys(), patterns)) {
    const t = decodeText(files.get(p)!, p, problems);
    if (t !== undefined) out.push({ file: p, text: t });
  }
  return out;
}

/** The capability packs of the `capabilities:` list, in its order. */
function readPacks(
  opts: TreeSourceOptions,
  capRefs: CapabilitySourceRef[],
  capFiles: Map<string, Buffer>,
  capsRev: string,
  problems: Problem[],
): CapabilityPack[] {
  const packs: CapabilityPack[] = [];
  capRefs.forEach((c, i) => {
    if (c.kind === "builtin") {
      packs.push(readBuiltinPack(problems));
    } else if (c.kind === "path") {
      const dir = packDir(opts.loc, c.path);
      if (dir === undefined) return;
      const pack = readPathPack(c.path, dir, capFiles, problems);
      if (!pack)
        problems.push({
          file: CONFIG_FILE,
          code: "config",
          path: `/capabilities/${i}/path`,
          message: `capability folder "${c.path}" does not exist at ${capsRev}`,
        });
      else packs.push(pack);
    } else {
      const p = opts.gitPacks?.get(i);
      if (p) packs.push(p);
      else
        problems.push({
          file: CONFIG_FILE,
          code: "config",
          path: `/capabilities/${i}`,
          message: `git capability pack ${c.url}@${c.ref} was not fetched`,
        });
    }
  });
  return packs;
}

/** A path pack: the files under `dir`, decoded; undefined when there are none. */
function readPathPack(
  path: string,
  dir: string,
  capFiles: Map<string, Buffer>,
  problems: Problem[],
): CapabilityPack | undefined {
  const display = path.replace(/\/?$/, "/");
  const packFiles = new Map<string, string>();
  for (const [p, b] of capFiles) {
    if (!p.startsWith(dir) || skipped(p)) continue;
    const t = decodeText(b, display + p.slice(dir.length), problems);
    if (t !== undefined) packFiles.set(p.slice(dir.length), t);
  }
  if (!packFiles.size) return undefined;
  return {
    source: `path:${path}`,
    displayRoot: display,
    files: new Map([...packFiles].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
}
