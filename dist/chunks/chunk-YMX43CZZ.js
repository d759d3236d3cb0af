import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  require_dist
} from "./chunk-NAEY2JMF.js";
import {
  __toESM
} from "./chunk-XYNQLYSQ.js";

// src/tools/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
function scalarText(value, style) {
  if (style === import_yaml.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style !== import_yaml.Scalar.QUOTE_DOUBLE && isPlainSafe(value)) return value;
  return JSON.stringify(value);
}
function isPlainSafe(v) {
  if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@~+=-]*$/.test(v) || v.endsWith(":")) return false;
  try {
    return (0, import_yaml.parse)(v) === v;
  } catch {
    return false;
  }
}
function replaceScalar(text, node, value) {
  if (!(0, import_yaml.isScalar)(node) || !node.range) throw new Error("not a scalar with a source range");
  const [start, end] = node.range;
  const style = node.type === import_yaml.Scalar.QUOTE_DOUBLE || node.type === import_yaml.Scalar.QUOTE_SINGLE ? node.type : void 0;
  return text.slice(0, start) + scalarText(value, style) + text.slice(end);
}
var lineStart = (text, at) => text.lastIndexOf("\n", at - 1) + 1;
var lineEnd = (text, at) => {
  const i = text.indexOf("\n", at);
  return i < 0 ? text.length : i + 1;
};
function appendToTopLevelSeq(text, doc, key, item, initial = []) {
  const nl = text.includes("\r\n") ? "\r\n" : "\n";
  const seq = doc.get(key, true);
  if (seq === void 0 || seq === null) {
    const items = [
      ...initial.map((i) => [`- ${i}`]),
      [`- ${item.block[0]}`, ...item.block.slice(1).map((l) => `  ${l}`)]
    ];
    const lines2 = [`${key}:`, ...items.flat().map((l) => `  ${l}`)];
    const sep = text.length && !text.endsWith("\n") ? nl : "";
    return text + sep + lines2.join(nl) + nl;
  }
  if (!(0, import_yaml.isSeq)(seq) || !seq.range) throw new Error(`${key} is not a sequence`);
  if (seq.flow) {
    const close = text.lastIndexOf("]", seq.range[1]);
    let before = close - 1;
    while (before > seq.range[0] && /\s/.test(text[before])) before--;
    const empty = text[before] === "[";
    return text.slice(0, before + 1) + (empty ? "" : ", ") + item.flow + text.slice(before + 1);
  }
  const first = seq.items[0];
  const last = seq.items[seq.items.length - 1];
  if (!first?.range || !last?.range) throw new Error(`${key} is empty`);
  const dashCol = seq.range[0] - lineStart(text, seq.range[0]);
  const indent = " ".repeat(dashCol);
  const at = lineEnd(text, last.range[1]);
  const lines = [
    `${indent}- ${item.block[0]}`,
    ...item.block.slice(1).map((l) => `${indent}  ${l}`)
  ];
  const pre = at === text.length && !text.endsWith("\n") ? nl : "";
  return text.slice(0, at) + pre + lines.join(nl) + nl + text.slice(at);
}

export {
  scalarText,
  replaceScalar,
  appendToTopLevelSeq
};
