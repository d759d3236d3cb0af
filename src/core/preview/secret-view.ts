/**
 * A Secret's values never reach a report (the PR comment, the job summary, the
 * report file, `capstan diff`): the preview diffs a view of each Secret whose
 * `data` and `stringData` values read `(hidden)`, and names the keys whose value
 * changed. Pure: object text in, redacted text and key list out.
 */
import { emitYaml } from "../../yaml/emit.ts";
import { parseYaml } from "../../yaml/fast.ts";
import { isObj } from "../common/json.ts";

export const HIDDEN = "(hidden)";

interface SecretView {
  /** the object with every data/stringData value replaced by `(hidden)` */
  text: string;
  /** key → its value (`data` and `stringData` kept apart) */
  values: Map<string, string>;
}

const FIELDS = ["data", "stringData"] as const;

/** The redacted view of a core/v1 Secret; undefined for any other object or unreadable text. */
export function secretView(text: string): SecretView | undefined {
  if (!text.includes("Secret")) return undefined;
  let doc: unknown;
  try {
    doc = parseYaml(text)[0];
  } catch {
    return undefined;
  }
  if (!isObj(doc) || doc.kind !== "Secret" || doc.apiVersion !== "v1") return undefined;
  const values = new Map<string, string>();
  const copy: Record<string, unknown> = { ...doc };
  for (const field of FIELDS) {
    const m = doc[field];
    if (!isObj(m)) continue;
    const hidden: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m)) {
      values.set(k, `${field}\0${JSON.stringify(v)}`);
      hidden[k] = HIDDEN;
    }
    copy[field] = hidden;
  }
  return { text: emitYaml(copy), values };
}

/** Keys whose value differs between two views (added and removed keys included), sorted. */
export function changedKeys(
  before: SecretView | undefined,
  after: SecretView | undefined,
): string[] {
  const a = before?.values ?? new Map<string, string>();
  const b = after?.values ?? new Map<string, string>();
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
