import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  isSafeRelPath
} from "./chunk-HX64S4PU.js";
import {
  emitYaml,
  inlineString
} from "./chunk-UUCA4ZKB.js";

// src/writer/posted-objects.ts
var NS_SENTINEL = "capstan-posted-namespace-0d9f4c27";
var NS_LINE = `
  namespace: ${NS_SENTINEL}
`;
function postObjects(objects) {
  const texts = [];
  const namespaces = [];
  for (const o of objects) {
    const meta = o.metadata;
    const ns = meta.namespace;
    if (typeof ns === "string") {
      meta.namespace = NS_SENTINEL;
      try {
        texts.push(JSON.stringify(o));
      } finally {
        meta.namespace = ns;
      }
      namespaces.push(ns);
    } else {
      texts.push(JSON.stringify(o));
      namespaces.push(null);
    }
  }
  return { texts, namespaces };
}
function receiveObjects(p) {
  return p.texts.map((t, i) => withNamespace(JSON.parse(t), p.namespaces[i]));
}
function withNamespace(o, ns) {
  return ns === null ? o : { ...o, metadata: { ...o.metadata, namespace: ns } };
}
var AppObjects = class {
  app;
  seen = /* @__PURE__ */ new Map();
  /** The objects of `app` as rendered (real namespaces), each with its entry. */
  receive(app, p) {
    if (app !== this.app) {
      this.seen.clear();
      this.app = app;
    }
    const objects = [];
    const entries = [];
    p.texts.forEach((t, i) => {
      let e = this.seen.get(t);
      if (!e) {
        const swappable = t.indexOf(NS_SENTINEL) === t.lastIndexOf(NS_SENTINEL);
        e = { obj: JSON.parse(t), swappable };
        this.seen.set(t, e);
      }
      entries.push(e);
      objects.push(withNamespace(e.obj, p.namespaces[i]));
    });
    return { objects, entries };
  }
  /** Whether `check` passes for the object (as rendered), asked once per Kubernetes version. */
  static valid(e, obj, kubeVersion, check) {
    const known = e.valid?.get(kubeVersion);
    if (known !== void 0) return known;
    const ok = check(obj);
    (e.valid ??= /* @__PURE__ */ new Map()).set(kubeVersion, ok);
    return ok;
  }
  /** The object's YAML (as rendered, with `ns` as its namespace): emitYaml's bytes. */
  static text(e, obj, ns) {
    if (ns === null) return e.yaml ??= emitYaml(obj);
    const value = e.swappable ? inlineString(ns) : void 0;
    if (value === void 0) return emitYaml(obj);
    const yaml = e.yaml ??= emitYaml(e.obj);
    const at = yaml.indexOf(NS_LINE);
    if (at < 0) return emitYaml(obj);
    return `${yaml.slice(0, at)}
  namespace: ${value}
${yaml.slice(at + NS_LINE.length)}`;
  }
};

// src/writer/staged-writer.ts
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync
} from "node:fs";
import { basename, dirname, join, normalize, sep } from "node:path";
function checkPath(rel) {
  if (!isSafeRelPath(rel))
    throw new Error(`refusing to write outside the environment folder: ${rel}`);
}
function stageDirOf(dir) {
  return join(dirname(dir), `.${basename(dir)}.capstan-stage`);
}
var EnvStage = class {
  constructor(dir, stateFile) {
    this.dir = dir;
    this.stateFile = stateFile;
    this.fresh = !existsSync(dir);
    this.stageDir = stageDirOf(dir);
    this.base = withSlash(dir);
    this.stageBase = withSlash(this.stageDir);
  }
  /** true when the folder did not exist: everything goes to `stageDir`, renamed once */
  fresh;
  stageDir;
  /** staged files (relative paths), in staging order */
  staged = /* @__PURE__ */ new Set();
  /** folders created here (outermost first), removed again on rollback */
  madeDirs = [];
  /** folders made (or found) already: one mkdir per folder, not per file */
  knownDirs = /* @__PURE__ */ new Set();
  started = false;
  /** `dir` and `stageDir` with a trailing `/` */
  base;
  stageBase;
  start() {
    if (this.started) return;
    this.started = true;
    if (!this.fresh) return;
    rmSync(this.stageDir, { recursive: true, force: true });
    this.mkdir(dirname(this.stageDir));
    mkdirSync(this.stageDir);
    this.madeDirs.push(this.stageDir);
    this.knownDirs.add(this.stageDir);
  }
  mkdir(folder) {
    if (this.knownDirs.has(folder)) return;
    const made = mkdirSync(folder, { recursive: true });
    if (made && !(this.fresh && made.startsWith(this.stageDir))) this.madeDirs.push(made);
    this.knownDirs.add(folder);
  }
  /**
   * Where a file is written while staged. `rel` passed `checkPath`, so it is already normal
   * (no empty, `.` or `..` segment): joined by concatenation, a string per file fewer to
   * normalize — there are tens of thousands in a full render.
   */
  stagedPath(rel) {
    return this.fresh ? `${this.stageBase}${rel}` : `${this.base}${rel}.capstan-tmp`;
  }
  stage(rel, text) {
    checkPath(rel);
    this.start();
    const cut = rel.lastIndexOf("/");
    this.mkdir(
      cut < 0 ? this.fresh ? this.stageDir : this.dir : `${this.fresh ? this.stageBase : this.base}${rel.slice(0, cut)}`
    );
    const path = this.stagedPath(rel);
    this.staged.add(rel);
    writeFileSync(path, text);
  }
  unstage(rel) {
    if (!this.staged.delete(rel)) return;
    rmSync(this.stagedPath(rel), { force: true });
  }
  /** Puts the staged files in place and makes the deletions; the count of each. */
  commit(deletes) {
    const written = this.staged.size;
    if (this.fresh) {
      if (this.started) {
        renameSync(this.stageDir, this.dir);
        this.madeDirs.length = 0;
      }
    } else {
      const order = [...this.staged].filter((r) => r !== this.stateFile);
      if (this.staged.has(this.stateFile)) order.push(this.stateFile);
      for (const rel of order) {
        const abs = join(this.dir, rel);
        renameSync(`${abs}.capstan-tmp`, abs);
      }
    }
    this.staged.clear();
    let deleted = 0;
    for (const rel of deletes) {
      const abs = join(this.dir, rel);
      if (existsSync(abs)) {
        rmSync(abs);
        deleted++;
        removeEmptyDirs(dirname(abs), this.dir);
      }
    }
    return { written, deleted };
  }
  /** Removes everything staged and every folder made: the output folder is as it was. */
  rollback() {
    if (!this.fresh) for (const rel of this.staged) rmSync(this.stagedPath(rel), { force: true });
    this.staged.clear();
    for (const d of this.madeDirs.reverse()) rmSync(d, { recursive: true, force: true });
    this.madeDirs.length = 0;
  }
};
function withSlash(dir) {
  const d = normalize(dir);
  return d.endsWith(sep) ? d : `${d}${sep}`;
}
function removeEmptyDirs(d, stop) {
  while (d.startsWith(stop) && d !== stop) {
    if (readdirSync(d).length) return;
    rmdirSync(d);
    d = dirname(d);
  }
}
var Stager = class {
  envs = [];
  failure;
  /** Registers environment folder `dir` under index `env`. */
  open(env, dir, stateFile) {
    this.envs[env] = new EnvStage(dir, stateFile);
  }
  stage(env, files) {
    if (this.failure) return;
    const e = this.envs[env];
    let current = "";
    try {
      for (const [rel, text] of files) {
        current = rel;
        e.stage(rel, text);
      }
    } catch (err) {
      const x = err;
      if (!x.code) throw err;
      this.failure = { file: join(e.dir, current), code: x.code, message: x.message };
    }
  }
  /**
   * Stages what is left, then — when no write failed — puts every environment's files in
   * place. On a failure, everything staged is removed and the failure returned.
   */
  finish(plans) {
    try {
      for (const p of plans) p.deletes.forEach(checkPath);
      for (const p of plans) {
        const e = this.envs[p.env];
        for (const rel of p.drop) e.unstage(rel);
        this.stage(p.env, p.writes);
      }
    } catch (err) {
      this.rollback();
      throw err;
    }
    if (this.failure) {
      this.rollback();
      return { failure: this.failure };
    }
    let written = 0;
    let deleted = 0;
    for (const p of plans) {
      const r = this.envs[p.env].commit(p.deletes);
      written += r.written;
      deleted += r.deleted;
    }
    return { written, deleted };
  }
  rollback() {
    for (const e of this.envs) e?.rollback();
  }
};

// src/writer/worker-protocol.ts
var STOP = 0;
var DONE = 1;
var PROCESSED = 2;
var SLOTS = 3;
function changedFiles(files, hashes, old) {
  const out = [];
  for (const [p, t] of files) if (old?.[p] !== hashes[p]) out.push([p, t]);
  return out;
}

export {
  postObjects,
  receiveObjects,
  AppObjects,
  Stager,
  STOP,
  DONE,
  PROCESSED,
  SLOTS,
  changedFiles
};
