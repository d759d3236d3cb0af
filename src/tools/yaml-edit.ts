/**
 * Surgical YAML edits: the `yaml` Document API finds the node, the change is a
 * splice of the original text, so every other byte (comments, quoting, flow or
 * block style, indentation, CRLF) stays as it was.
 */
import { isMap, isScalar, isSeq, parse, Scalar, type Document, type Node } from "yaml";

/** `value` as a YAML scalar: in the original style when given, plain when that reads back the same. */
export function scalarText(value: string, style?: Scalar.Type): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style !== Scalar.QUOTE_DOUBLE && isPlainSafe(value)) return value;
  return JSON.stringify(value);
}

function isPlainSafe(v: string): boolean {
  if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@~+=-]*$/.test(v) || v.endsWith(":")) return false;
  try {
    return parse(v) === v;
  } catch {
    return false;
  }
}

/** Replaces the scalar `node` of `text` with `value`, keeping its quoting style. */
export function replaceScalar(text: string, node: Node, value: string): string {
  if (!isScalar(node) || !node.range) throw new Error("not a scalar with a source range");
  const [start, end] = node.range;
  const style =
    node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? node.type : undefined;
  return text.slice(0, start) + scalarText(value, style) + text.slice(end);
}

const lineStart = (text: string, at: number): number => text.lastIndexOf("\n", at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const i = text.indexOf("\n", at);
  return i < 0 ? text.length : i + 1;
};

/**
 * Appends `item` (already YAML text: one flow value, or block lines for a
 * block sequence) to the top-level sequence at `key`, or adds `key:` at the end
 * with `initial` items first when the document has none.
 */
export function appendToTopLevelSeq(
  text: string,
  doc: Document,
  key: string,
  item: { flow: string; block: string[] },
  initial: string[] = [],
): string {
  const nl = text.includes("\r\n") ? "\r\n" : "\n";
  const seq = doc.get(key, true) as Node | undefined;
  if (seq === undefined || seq === null) {
    const items = [
      ...initial.map((i) => [`- ${i}`]),
      [`- ${item.block[0]}`, ...item.block.slice(1).map((l) => `  ${l}`)],
    ];
    const lines = [`${key}:`, ...items.flat().map((l) => `  ${l}`)];
    const sep = text.length && !text.endsWith("\n") ? nl : "";
    return text + sep + lines.join(nl) + nl;
  }
  if (!isSeq(seq) || !seq.range) throw new Error(`${key} is not a sequence`);
  if (seq.flow) {
    const close = text.lastIndexOf("]", seq.range[1]);
    let before = close - 1;
    while (before > seq.range[0] && /\s/.test(text[before]!)) before--;
    const empty = text[before] === "[";
    return text.slice(0, before + 1) + (empty ? "" : ", ") + item.flow + text.slice(before + 1);
  }
  const first = seq.items[0] as Node | undefined;
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!first?.range || !last?.range) throw new Error(`${key} is empty`);
  // The column of the first item's `- `: items start 2 columns to its right.
  const dashCol = seq.range[0] - lineStart(text, seq.range[0]);
  const indent = " ".repeat(dashCol);
  const at = lineEnd(text, last.range[1]);
  const lines = [
    `${indent}- ${item.block[0]}`,
    ...item.block.slice(1).map((l) => `${indent}  ${l}`),
  ];
  const pre = at === text.length && !text.endsWith("\n") ? nl : "";
  return text.slice(0, at) + pre + lines.join(nl) + nl + text.slice(at);
}

export { isMap, isScalar, isSeq };
