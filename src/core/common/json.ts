/** Plain JSON values as capstan reads them from YAML and JSON documents. */
export type Obj = Record<string, unknown>;

/** A mapping: an object that is neither null nor an array. */
export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
