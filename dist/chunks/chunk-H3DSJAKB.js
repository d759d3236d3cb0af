import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  LOCK_FILE
} from "./chunk-JA3C57HL.js";
import {
  UserError
} from "./chunk-25T5DTZY.js";

// src/adapters/source-files.ts
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync
} from "node:fs";
import { join, relative, resolve, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";

// src/core/glob.ts
function globToRegExp(pattern) {
  let re = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        if (pattern[i + 2] === "/") {
          re += "(?:[^/]+/)*";
          i += 3;
        } else {
          re += ".*";
          i += 2;
        }
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end > i) {
        const alts = pattern.slice(i + 1, end).split(",").map(escapeRe);
        re += `(?:${alts.join("|")})`;
        i = end + 1;
        continue;
      }
      re += "\\{";
    } else {
      re += escapeRe(c);
    }
    i++;
  }
  return new RegExp(`^${re}$`);
}
function escapeRe(s) {
  return s.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}
function globBase(pattern) {
  const parts = pattern.split("/");
  const fixed = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?{]/.test(p)) break;
    fixed.push(p);
  }
  return fixed.join("/");
}

// src/adapters/source-files.ts
var CONFIG_FILE = "capstan.yaml";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true });
function builtinPackDir() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const c of [resolve(here, "../capabilities"), resolve(here, "../../capabilities")])
    if (existsSync(join(c, "webservice"))) return c;
  return resolve(here, "../capabilities");
}
function readText(abs, display, problems) {
  let buf;
  let fd;
  try {
    fd = openSync(abs, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file: display,
        code: "too-large",
        message: `file is ${(size / 1048576).toFixed(1)} MiB; capstan reads files up to ${MAX_FILE_BYTES / 1048576} MiB`
      });
      return void 0;
    }
    buf = readAll(fd, size);
  } catch (e) {
    problems.push({
      file: display,
      code: "read",
      message: `cannot read: ${e.code ?? e.message}`
    });
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  return decodeText(buf, display, problems);
}
function readAll(fd, size) {
  if (size === 0) return readFileSync(fd);
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, null);
    if (n === 0) return buf.subarray(0, off);
    off += n;
  }
  const more = readFileSync(fd);
  return more.length ? Buffer.concat([buf, more]) : buf;
}
function decodeText(buf, display, problems) {
  if (buf.length > MAX_FILE_BYTES) {
    problems.push({
      file: display,
      code: "too-large",
      message: `file is ${(buf.length / 1048576).toFixed(1)} MiB; capstan reads files up to ${MAX_FILE_BYTES / 1048576} MiB`
    });
    return void 0;
  }
  try {
    let text = decoder.decode(buf);
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return text;
  } catch {
    const at = firstInvalidUtf8(buf);
    problems.push({
      file: display,
      line: at.line,
      col: at.col,
      code: "encoding",
      message: "file is not valid UTF-8"
    });
    return void 0;
  }
}
function firstInvalidUtf8(buf) {
  let line = 1;
  let col = 1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const n = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    if (n === 0) return { line, col };
    try {
      decoder.decode(buf.subarray(i, i + n));
    } catch {
      return { line, col };
    }
    if (b === 10) {
      line++;
      col = 1;
    } else col++;
    i += n;
  }
  return { line, col };
}
function walk(dir, opts = {}, problems = []) {
  const out = [];
  const rec = (abs) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const st of entries) {
      const name = st.name;
      if (name === ".git" || name === "node_modules" || name === ".capstan-cache") continue;
      const p = join(abs, name);
      if (st.isSymbolicLink()) {
        if (opts.refuseSymlinks)
          problems.push({
            file: `${opts.refuseSymlinks}${relative(dir, p).split(sep).join("/")}`,
            code: "symlink",
            message: "symbolic links are not allowed in capability packs (a pack may only use files inside its own folder)"
          });
        continue;
      }
      if (st.isDirectory()) rec(p);
      else if (st.isFile()) out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  rec(dir);
  return out;
}
function readPack(dir, source, displayRoot, problems, commit) {
  const files = /* @__PURE__ */ new Map();
  for (const rel of walk(dir, { refuseSymlinks: displayRoot }, problems)) {
    const t = readText(join(dir, rel), displayRoot + rel, problems);
    if (t !== void 0) files.set(rel, t);
  }
  return { source, displayRoot, files, commit };
}
var builtin;
function readBuiltinPack(problems) {
  if (!builtin) {
    const own = [];
    builtin = { pack: readPack(builtinPackDir(), "builtin", "<builtin>/", own), problems: own };
  }
  problems.push(...builtin.problems);
  return builtin.pack;
}
function matchFiles(root, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pat of patterns) {
    const re = globToRegExp(pat);
    const base = globBase(pat);
    const start = base ? join(root, base) : root;
    if (!existsSync(start)) continue;
    for (const rel of walk(start)) {
      const full = base ? `${base}/${rel}` : rel;
      if (re.test(full)) found.add(full);
    }
  }
  return [...found].sort();
}
function readSource(root, config, configFile, identity, gitPacks = /* @__PURE__ */ new Map()) {
  const problems = [];
  const apps = [];
  for (const rel of matchFiles(root, config.apps)) {
    const t = readText(join(root, rel), rel, problems);
    if (t !== void 0) apps.push({ file: rel, text: t });
  }
  const packs = [];
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
          message: `capability folder "${c.path}" does not exist`
        });
        return;
      }
      const real = realpathSync(abs);
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        problems.push({
          file: configFile.file,
          code: "config",
          path: `/capabilities/${i}/path`,
          message: `capability folder "${c.path}" is outside the source repository`
        });
        return;
      }
      packs.push(readPack(abs, `path:${c.path}`, c.path.replace(/\/?$/, "/"), problems));
    } else {
      const p = gitPacks.get(i);
      if (p) packs.push(p);
      else
        problems.push({
          file: configFile.file,
          code: "config",
          path: `/capabilities/${i}`,
          message: `git capability pack ${c.url}@${c.ref} was not fetched`
        });
    }
  });
  const crdFiles = [];
  for (const rel of matchFiles(root, config.schemas)) {
    const t = readText(join(root, rel), rel, problems);
    if (t !== void 0) crdFiles.push({ file: rel, text: t });
  }
  let lock;
  if (existsSync(join(root, LOCK_FILE))) {
    const t = readText(join(root, LOCK_FILE), LOCK_FILE, problems);
    if (t !== void 0) lock = { file: LOCK_FILE, text: t };
  }
  if (problems.length) throw new UserError(problems);
  return { config: configFile, apps, packs, crdFiles, lock, ...identity };
}
function readConfigFile(root) {
  const problems = [];
  const abs = join(root, CONFIG_FILE);
  if (!existsSync(abs))
    throw new UserError([
      {
        file: CONFIG_FILE,
        code: "config",
        message: `no ${CONFIG_FILE} in ${root}; run \`capstan init\` or pass --source DIR`
      }
    ]);
  const t = readText(abs, CONFIG_FILE, problems);
  if (t === void 0) throw new UserError(problems);
  return { file: CONFIG_FILE, text: t };
}

export {
  globToRegExp,
  globBase,
  CONFIG_FILE,
  builtinPackDir,
  readText,
  decodeText,
  readPack,
  readBuiltinPack,
  matchFiles,
  readSource,
  readConfigFile
};
