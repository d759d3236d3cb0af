/**
 * Reads a source repository from disk into the core's SourceInput: capstan.yaml,
 * the app files its globs match, capability packs and CRD files. Text is decoded
 * as strict UTF-8; symlinks inside capability packs are refused.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  type Dirent,
} from "node:fs";
import { join, relative, resolve, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError, type Problem } from "../core/common/errors.ts";
import { globBase, globSelector } from "../core/common/glob.ts";
import type { CapabilityPack, SourceFile, SourceInput } from "../core/model/source.ts";
import type { Config } from "../core/model/config.ts";
import { LOCK_FILE } from "../core/model/lock.ts";

export const CONFIG_FILE = "capstan.yaml";
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const decoder = new TextDecoder("utf-8", { fatal: true });

/** The built-in pack: `capabilities/` next to `dist/` (bundled) or the repo root (sources). */
export function builtinPackDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const c of [resolve(here, "../capabilities"), resolve(here, "../../capabilities")])
    if (existsSync(join(c, "webservice"))) return c;
  return resolve(here, "../capabilities");
}

export function readText(abs: string, display: string, problems: Problem[]): string | undefined {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    // open, size, read, close: one stat per file
    fd = openSync(abs, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file: display,
        code: "too-large",
        message: `file is ${(size / 1048576).toFixed(1)} MiB; capstan reads files up to ${MAX_FILE_BYTES / 1048576} MiB`,
      });
      return undefined;
    }
    buf = readAll(fd, size);
  } catch (e) {
    problems.push({
      file: display,
      code: "read",
      message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    });
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeText(buf, display, problems);
}

/** The bytes of an open file of `size` bytes (as stat said; read to the end when 0). */
function readAll(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, null);
    if (n === 0) return buf.subarray(0, off);
    off += n;
  }
  // grown since the stat: read the rest as readFileSync would
  const more = readFileSync(fd);
  return more.length ? Buffer.concat([buf, more]) : buf;
}

/** Strict UTF-8 (a leading BOM dropped); a problem at the first invalid byte otherwise. */
export function decodeText(buf: Buffer, display: string, problems: Problem[]): string | undefined {
  if (buf.length > MAX_FILE_BYTES) {
    problems.push({
      file: display,
      code: "too-large",
      message: `file is ${(buf.length / 1048576).toFixed(1)} MiB; capstan reads files up to ${MAX_FILE_BYTES / 1048576} MiB`,
    });
    return undefined;
  }
  try {
    let text = decoder.decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch {
    const at = firstInvalidUtf8(buf);
    problems.push({
      file: display,
      line: at.line,
      col: at.col,
      code: "encoding",
      message: "file is not valid UTF-8",
    });
    return undefined;
  }
}

function firstInvalidUtf8(buf: Buffer): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < buf.length;) {
    const b = buf[i]!;
    const n =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (n === 0) return { line, col };
    try {
      decoder.decode(buf.subarray(i, i + n));
    } catch {
      return { line, col };
    }
    if (b === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += n;
  }
  return { line, col };
}

/** All regular files under `dir`, relative, `/`-separated, sorted; skips `.git`, `node_modules` and the git pack cache. */
export function walk(
  dir: string,
  opts: { refuseSymlinks?: string; skipDir?: (rel: string) => boolean } = {},
  problems: Problem[] = [],
): string[] {
  const out: string[] = [];
  const rec = (abs: string) => {
    let entries: Dirent[];
    try {
      // entry types come with the listing: no lstat per entry
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const st of entries) {
      const name = st.name;
      if (name === ".git" || name === "node_modules" || name === ".capstan-cache") continue;
      const p = join(abs, name);
      if (st.isSymbolicLink()) {
        if (opts.refuseSymlinks)
          problems.push({
            file: `${opts.refuseSymlinks}${relative(dir, p).split(sep).join("/")}`,
            code: "symlink",
            message:
              "symbolic links are not allowed in capability packs (a pack may only use files inside its own folder)",
          });
        continue;
      }
      if (st.isDirectory()) {
        if (!opts.skipDir?.(relative(dir, p).split(sep).join("/"))) rec(p);
      } else if (st.isFile()) out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  rec(dir);
  return out;
}

/** `readPack`'s option for every render: `<name>/<version>/tests`, a capability's golden cases, left unread. */
export const NO_GOLDEN_CASES = { goldenCases: false };
const GOLDEN_CASES = /^[^/]+\/[^/]+\/tests$/;

/**
 * A capability pack's files. `goldenCases: false` (every render): the `tests/` folders
 * are not read — rendering never uses them and the lock's digests leave them out; in the
 * built-in pack they are 243 of 410 files (docs/performance.md, "What the design does").
 */
export function readPack(
  dir: string,
  source: string,
  displayRoot: string,
  problems: Problem[],
  commit?: string,
  opts: { goldenCases?: boolean } = {},
): CapabilityPack {
  const files = new Map<string, string>();
  const skipDir = opts.goldenCases === false ? (rel: string) => GOLDEN_CASES.test(rel) : undefined;
  for (const rel of walk(dir, { refuseSymlinks: displayRoot, skipDir }, problems)) {
    const t = readText(join(dir, rel), displayRoot + rel, problems);
    if (t !== undefined) files.set(rel, t);
  }
  return { source, displayRoot, files, commit };
}

let builtin: { pack: CapabilityPack; problems: Problem[] } | undefined;

/**
 * The built-in pack, read from disk once per process (it is part of the installed
 * capstan, not of the source): `capstan diff` loads a base and a head that both use it.
 */
export function readBuiltinPack(problems: Problem[]): CapabilityPack {
  if (!builtin) {
    const own: Problem[] = [];
    const pack = readPack(
      builtinPackDir(),
      "builtin",
      "<builtin>/",
      own,
      undefined,
      NO_GOLDEN_CASES,
    );
    builtin = { pack, problems: own };
  }
  problems.push(...builtin.problems);
  return builtin.pack;
}

export function matchFiles(root: string, patterns: string[]): string[] {
  const found = new Set<string>();
  const selector = globSelector(patterns);
  for (const pat of selector.include) {
    const base = globBase(pat);
    const start = base ? join(root, base) : root;
    if (!existsSync(start)) continue;
    for (const rel of walk(start)) {
      const full = base ? `${base}/${rel}` : rel;
      if (selector.test(full)) found.add(full);
    }
  }
  return [...found].sort();
}

/**
 * Reads the whole source. `config` is parsed by the caller first (loadConfig)
 * so that the globs and pack list are known; git packs come from `gitPacks`.
 */
export function readSource(
  root: string,
  config: Config,
  configFile: SourceFile,
  identity: { sourceRepo: string; commit: string },
  gitPacks: Map<number, CapabilityPack> = new Map(),
  /** The Applications, already read (`readAppFilesInSlices`). */
  preread?: { apps: SourceFile[]; problems: Problem[] },
): SourceInput {
  const problems: Problem[] = [...(preread?.problems ?? [])];
  const apps = preread?.apps ?? readAppFiles(root, matchFiles(root, config.apps), problems);
  const packs: CapabilityPack[] = [];
  config.capabilities.forEach((c, i) => {
    if (c.kind === "builtin") packs.push(readBuiltinPack(problems));
    else if (c.kind === "path") {
      const abs = resolve(root, c.path);
      const rootReal = realpathSync(root);
      if (!existsSync(abs)) {
        problems.push({
          file: configFile.file,
          code: "config",
          path: `/capabilities/${i}/path`,
          message: `capability folder "${c.path}" does not exist`,
        });
        return;
      }
      const real = realpathSync(abs);
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        problems.push({
          file: configFile.file,
          code: "config",
          path: `/capabilities/${i}/path`,
          message: `capability folder "${c.path}" is outside the source repository`,
        });
        return;
      }
      const display = c.path.replace(/\/?$/, "/");
      packs.push(readPack(abs, `path:${c.path}`, display, problems, undefined, NO_GOLDEN_CASES));
    } else {
      const p = gitPacks.get(i);
      if (p) packs.push(p);
      else
        problems.push({
          file: configFile.file,
          code: "config",
          path: `/capabilities/${i}`,
          message: `git capability pack ${c.url}@${c.ref} was not fetched`,
        });
    }
  });
  const crdFiles: SourceFile[] = [];
  for (const rel of matchFiles(root, config.schemas)) {
    const t = readText(join(root, rel), rel, problems);
    if (t !== undefined) crdFiles.push({ file: rel, text: t });
  }
  let lock: SourceFile | undefined;
  if (existsSync(join(root, LOCK_FILE))) {
    const t = readText(join(root, LOCK_FILE), LOCK_FILE, problems);
    if (t !== undefined) lock = { file: LOCK_FILE, text: t };
  }
  if (problems.length) throw new UserError(problems);
  return { config: configFile, apps, packs, crdFiles, lock, ...identity };
}

function readAppFiles(root: string, rels: string[], problems: Problem[]): SourceFile[] {
  const apps: SourceFile[] = [];
  for (const rel of rels) {
    const t = readText(join(root, rel), rel, problems);
    if (t !== undefined) apps.push({ file: rel, text: t });
  }
  return apps;
}

/**
 * The Applications `readSource` reads, a slice of files at a time with a turn of the event
 * loop between slices: git processes a flow started meanwhile move on while files are read.
 */
export async function readAppFilesInSlices(
  root: string,
  config: Config,
  slice: number,
): Promise<{ apps: SourceFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const rels = matchFiles(root, config.apps);
  const apps: SourceFile[] = [];
  for (let i = 0; i < rels.length; i += slice) {
    apps.push(...readAppFiles(root, rels.slice(i, i + slice), problems));
    await new Promise((r) => setImmediate(r));
  }
  return { apps, problems };
}

export function readConfigFile(root: string): SourceFile {
  const problems: Problem[] = [];
  const abs = join(root, CONFIG_FILE);
  if (!existsSync(abs))
    throw new UserError([
      {
        file: CONFIG_FILE,
        code: "config",
        message: `no ${CONFIG_FILE} in ${root}; run \`capstan init\` or pass --source DIR`,
      },
    ]);
  const t = readText(abs, CONFIG_FILE, problems);
  if (t === undefined) throw new UserError(problems);
  return { file: CONFIG_FILE, text: t };
}
