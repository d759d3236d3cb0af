/** Helpers on plain strings used across capstan: content hashes and a locale-free order. */
import * as crypto from "node:crypto";

/** One-shot `crypto.hash` where Node has it (20.12+): faster for small texts (docs/performance.md). */
const oneShot = (crypto as { hash?: (alg: string, data: string, enc: "hex") => string }).hash;

/** The sha256 of a text's UTF-8 bytes, as lowercase hex. */
export function sha256(text: string): string {
  return oneShot
    ? oneShot("sha256", text, "hex")
    : crypto.createHash("sha256").update(text).digest("hex");
}

/** Orders strings by UTF-16 code unit, the same on every machine (no locale). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
