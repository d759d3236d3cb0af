import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  replaceScalar
} from "./chunk-YMX43CZZ.js";
import {
  matchFiles,
  readConfigFile
} from "./chunk-FCP2IWXA.js";
import {
  loadConfig
} from "./chunk-SSJMW5PP.js";
import "./chunk-DFIP6AYO.js";
import "./chunk-G6D3CCKW.js";
import {
  require_dist
} from "./chunk-NAEY2JMF.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-UUCA4ZKB.js";
import {
  UsageError,
  UserError
} from "./chunk-N5T7JROX.js";
import "./chunk-QRKMIM66.js";
import {
  __toESM
} from "./chunk-XYNQLYSQ.js";

// src/tools/set-image.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@[a-z0-9]+([+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$/;
var TAG = /^:[\w][\w.-]{0,127}$/;
var DIGEST = /^@[a-z0-9]+([+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
function parseImageArg(arg) {
  const m = /^([^/=]+)\/([^/=]+)=(.+)$/.exec(arg);
  if (!m)
    throw new UsageError(
      `expected APP/COMPONENT=IMAGE[:TAG|@DIGEST] (or =:TAG, =@DIGEST), got "${arg}"`
    );
  const image = m[3];
  if (!IMAGE.test(image) && !TAG.test(image) && !DIGEST.test(image))
    throw new UsageError(`"${image}" is not an image reference (registry/name[:tag][@sha256:\u2026])`);
  return { app: m[1], component: m[2], image };
}
function imageRepository(image) {
  const noDigest = image.split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
function newImage(current, wanted) {
  if (TAG.test(wanted)) return imageRepository(current) + wanted;
  if (DIGEST.test(wanted)) {
    const noDigest = current.split("@")[0];
    return noDigest + wanted;
  }
  return wanted;
}
var get = (n, key) => (0, import_yaml.isMap)(n) ? n.get(key, true) : void 0;
var str = (n) => (0, import_yaml.isScalar)(n) && typeof n.value === "string" ? n.value : void 0;
function setImages(sourceDir, changes) {
  const config = loadConfig(readConfigFile(sourceDir));
  const files = matchFiles(sourceDir, config.apps);
  const texts = /* @__PURE__ */ new Map();
  const results = [];
  const problems = [];
  const seenApps = /* @__PURE__ */ new Set();
  for (const ch of changes) {
    let found = false;
    for (const file of files) {
      let text = texts.get(file) ?? readFileSync(join(sourceDir, file), "utf8");
      const docs = (0, import_yaml.parseAllDocuments)(text);
      if (!Array.isArray(docs)) continue;
      for (const doc of docs) {
        const root = doc.contents;
        const name = str(get(get(root, "metadata"), "name"));
        if (str(get(root, "kind")) !== "Application" || name === void 0) continue;
        seenApps.add(name);
        if (name !== ch.app) continue;
        found = true;
        const comps = get(get(root, "spec"), "components");
        const items = (0, import_yaml.isSeq)(comps) ? comps.items : [];
        const comp = items.find((c) => str(get(c, "name")) === ch.component);
        if (!comp) {
          problems.push({
            file,
            code: "set-image",
            app: ch.app,
            message: `Application "${ch.app}" has no component "${ch.component}" (components: ${items.map((c) => str(get(c, "name"))).filter(Boolean).join(", ") || "none"})`
          });
          continue;
        }
        const node = get(get(comp, "properties"), "image");
        const current = str(node);
        if (!node || current === void 0 || !node.range) {
          problems.push({
            file,
            code: "set-image",
            app: ch.app,
            component: ch.component,
            path: `/spec/components/${items.indexOf(comp)}/properties/image`,
            message: `component "${ch.component}" of "${ch.app}" has no properties.image string to update`
          });
          continue;
        }
        const after = newImage(current, ch.image);
        const line = text.slice(0, node.range[0]).split("\n").length;
        if (after !== current) {
          text = replaceScalar(text, node, after);
          texts.set(file, text);
        }
        results.push({ ...ch, file, line, before: current, after, changed: after !== current });
        break;
      }
      if (found) break;
    }
    if (!found)
      problems.push({
        code: "set-image",
        app: ch.app,
        message: `no Application "${ch.app}" in ${config.apps.join(", ")} (${files.length} file(s); applications: ${[...seenApps].sort().join(", ") || "none"})`
      });
  }
  if (problems.length) throw new UserError(problems);
  for (const [file, text] of texts) writeFileSync(join(sourceDir, file), text);
  return results;
}
export {
  imageRepository,
  parseImageArg,
  setImages
};
