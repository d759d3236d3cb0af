import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  appendToTopLevelSeq,
  scalarText
} from "./chunk-YMX43CZZ.js";
import {
  fetchGitPack,
  gitPackSource,
  loadFromDir
} from "./chunk-DMFYGGHK.js";
import {
  CONFIG_FILE
} from "./chunk-FCP2IWXA.js";
import "./chunk-IOBEII3D.js";
import {
  usedCapabilities
} from "./chunk-JBLNTRAF.js";
import {
  loadPack,
  templateProblems
} from "./chunk-3427PZOU.js";
import "./chunk-SSJMW5PP.js";
import {
  LOCK_FILE,
  emitLock,
  lockFromCapabilities
} from "./chunk-DFIP6AYO.js";
import "./chunk-G6D3CCKW.js";
import {
  require_dist
} from "./chunk-NAEY2JMF.js";
import "./chunk-UTJQZLM3.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-HX64S4PU.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-FN2YLOUV.js";
import {
  UsageError,
  UserError
} from "./chunk-N5T7JROX.js";
import "./chunk-QRKMIM66.js";
import {
  __toESM
} from "./chunk-XYNQLYSQ.js";

// src/tools/capabilities-add.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function parsePackArg(arg, path) {
  const at = arg.lastIndexOf("@");
  const url = at > 0 ? arg.slice(0, at) : "";
  const ref = at > 0 ? arg.slice(at + 1) : "";
  const userinfoOnly = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(url) || /^[^/:]+$/.test(url);
  if (!url || !ref || /[\s:]/.test(ref) || userinfoOnly)
    throw new UsageError(
      `expected <git-url>@<ref> (a tag, branch or commit), e.g. https://github.com/acme/capabilities.git@v1.2.0; got "${arg}"`
    );
  return { kind: "git", url, ref, ...path ? { path } : {} };
}
async function addGitPack(sourceDir, ref, identity) {
  const fetched = await fetchGitPack(ref, { sourceDir });
  const loaded = loadPack(fetched.pack);
  const problems = [...loaded.problems, ...templateProblems(loaded.capabilities)];
  if (problems.length) throw new UserError(problems);
  if (!loaded.capabilities.length)
    throw new UserError([
      {
        code: "git-pack",
        message: `${gitPackSource(ref)} (commit ${fetched.commit.slice(0, 12)}) holds no capabilities (<name>/<version>/capability.yaml)${ref.path ? "" : "; is it in a subfolder? pass --path"}`
      }
    ]);
  const cfgPath = join(sourceDir, CONFIG_FILE);
  const before = readFileSync(cfgPath, "utf8");
  const doc = (0, import_yaml.parseDocument)(before);
  const existing = doc.toJS()?.capabilities;
  const same = (existing ?? []).some(
    (c) => typeof c === "object" && c !== null && c.git === ref.url && (c.path ?? "") === (ref.path ?? "")
  );
  if (same)
    throw new UserError([
      {
        file: CONFIG_FILE,
        code: "config",
        path: "/capabilities",
        message: `capstan.yaml already lists ${ref.url}${ref.path ? ` (path ${ref.path})` : ""}; edit its ref there`
      }
    ]);
  const fields = [
    ["git", ref.url],
    ["ref", ref.ref],
    ...ref.path ? [["path", ref.path]] : []
  ];
  const item = {
    flow: `{ ${fields.map(([k, v]) => `${k}: ${scalarText(v)}`).join(", ")} }`,
    block: fields.map(([k, v]) => `${k}: ${scalarText(v)}`)
  };
  let after;
  const expected = [...existing ?? ["builtin"], Object.fromEntries(fields)];
  try {
    after = appendToTopLevelSeq(before, doc, "capabilities", item, ["builtin"]);
    const check = (0, import_yaml.parse)(after).capabilities;
    if (JSON.stringify(check) !== JSON.stringify(expected)) throw new Error("splice mismatch");
  } catch {
    doc.set("capabilities", doc.createNode(expected));
    after = doc.toString({ lineWidth: 0 });
  }
  writeFileSync(cfgPath, after);
  try {
    const src = await loadFromDir({ source: sourceDir, ...identity });
    const used = usedCapabilities(src);
    if (used.problems.length) throw new UserError(used.problems);
    writeFileSync(join(sourceDir, LOCK_FILE), emitLock(lockFromCapabilities(used.caps)));
    return {
      source: gitPackSource(ref),
      commit: fetched.commit,
      capabilities: loaded.capabilities.map((c) => `${c.name}@${c.version}`),
      locked: used.caps.map((c) => `${c.name}@${c.version}`)
    };
  } catch (e) {
    writeFileSync(cfgPath, before);
    throw e;
  }
}
export {
  addGitPack,
  parsePackArg
};
