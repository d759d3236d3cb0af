/**
 * `capstan set image APP/COMPONENT=IMAGE[:TAG|@DIGEST]`: the image bump an
 * application's CI makes in the config repository. Edits the Application file
 * in place: only the image scalar changes (comments, quoting and layout kept).
 * `APP/COMPONENT=:TAG` or `=@sha256:…` keeps the repository and swaps the tag or digest.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from "yaml";
import { loadConfig } from "../core/model/config.ts";
import { UsageError, UserError } from "../core/common/errors.ts";
import { matchFiles, readConfigFile } from "../adapters/source-files.ts";
import { replaceScalar } from "./yaml-edit.ts";

export interface ImageChange {
  app: string;
  component: string;
  image: string;
}

export interface ImageResult extends ImageChange {
  file: string;
  line: number;
  before: string;
  after: string;
  changed: boolean;
}

/** Image references: [registry[:port]/]path[:tag][@sha256:hex]. */
const IMAGE =
  /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@[a-z0-9]+([+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$/;
const TAG = /^:[\w][\w.-]{0,127}$/;
const DIGEST = /^@[a-z0-9]+([+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;

export function parseImageArg(arg: string): ImageChange {
  const m = /^([^/=]+)\/([^/=]+)=(.+)$/.exec(arg);
  if (!m)
    throw new UsageError(
      `expected APP/COMPONENT=IMAGE[:TAG|@DIGEST] (or =:TAG, =@DIGEST), got "${arg}"`,
    );
  const image = m[3]!;
  if (!IMAGE.test(image) && !TAG.test(image) && !DIGEST.test(image))
    throw new UsageError(`"${image}" is not an image reference (registry/name[:tag][@sha256:…])`);
  return { app: m[1]!, component: m[2]!, image };
}

/** The repository part of an image reference (no tag, no digest). */
export function imageRepository(image: string): string {
  const noDigest = image.split("@")[0]!;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

function newImage(current: string, wanted: string): string {
  if (TAG.test(wanted)) return imageRepository(current) + wanted;
  if (DIGEST.test(wanted)) {
    // keep the tag for readers (`repo:1.2@sha256:…`); the digest is what pulls
    const noDigest = current.split("@")[0]!;
    return noDigest + wanted;
  }
  return wanted;
}

const get = (n: unknown, key: string): Node | undefined =>
  isMap(n) ? (n.get(key, true) as Node | undefined) : undefined;
const str = (n: unknown): string | undefined =>
  isScalar(n) && typeof n.value === "string" ? n.value : undefined;

/** Applies the image changes to the source's Application files; writes only files that change. */
export function setImages(sourceDir: string, changes: ImageChange[]): ImageResult[] {
  const config = loadConfig(readConfigFile(sourceDir));
  const files = matchFiles(sourceDir, config.apps);
  const texts = new Map<string, string>();
  const results: ImageResult[] = [];
  const problems: UserError["problems"] = [];
  const seenApps = new Set<string>();
  for (const ch of changes) {
    let found = false;
    for (const file of files) {
      let text = texts.get(file) ?? readFileSync(join(sourceDir, file), "utf8");
      const docs = parseAllDocuments(text);
      if (!Array.isArray(docs)) continue;
      for (const doc of docs) {
        const root = doc.contents;
        const name = str(get(get(root, "metadata"), "name"));
        if (str(get(root, "kind")) !== "Application" || name === undefined) continue;
        seenApps.add(name);
        if (name !== ch.app) continue;
        found = true;
        const comps = get(get(root, "spec"), "components");
        const items = isSeq(comps) ? comps.items : [];
        const comp = items.find((c) => str(get(c, "name")) === ch.component);
        if (!comp) {
          problems.push({
            file,
            code: "set-image",
            app: ch.app,
            message: `Application "${ch.app}" has no component "${ch.component}" (components: ${
              items
                .map((c) => str(get(c, "name")))
                .filter(Boolean)
                .join(", ") || "none"
            })`,
          });
          continue;
        }
        const node = get(get(comp, "properties"), "image");
        const current = str(node);
        if (!node || current === undefined || !node.range) {
          problems.push({
            file,
            code: "set-image",
            app: ch.app,
            component: ch.component,
            path: `/spec/components/${items.indexOf(comp)}/properties/image`,
            message: `component "${ch.component}" of "${ch.app}" has no properties.image string to update`,
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
        break; // one change edits one document; re-parse for the next
      }
      if (found) break;
    }
    if (!found)
      problems.push({
        code: "set-image",
        app: ch.app,
        message: `no Application "${ch.app}" in ${config.apps.join(", ")} (${files.length} file(s); applications: ${
          [...seenApps].sort().join(", ") || "none"
        })`,
      });
  }
  if (problems.length) throw new UserError(problems);
  for (const [file, text] of texts) writeFileSync(join(sourceDir, file), text);
  return results;
}
