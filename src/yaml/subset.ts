/**
 * What every part of the subset parser (fast.ts) shares: giving up, the characters it
 * never handles, document markers and comments, indicator characters, and adding a key.
 */

/** Thrown inside the fast path to hand the stream to the `yaml` library. */
class Unsupported {}
export const UNSUPPORTED = new Unsupported();
export function bail(): never {
  throw UNSUPPORTED;
}

/** Characters the fast path never handles: tabs, stray CRs, controls, C1, line/paragraph separators, BOMs. */
export const ODD_CHARS =
  /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

/** Strings the fast path leaves to the `yaml` library (see ODD_CHARS). */
export function hasOddChars(s: string): boolean {
  return ODD_CHARS.test(s);
}

/** `---` or `...` followed by end of line or a space. */
export function isMarker(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    s.charCodeAt(1) === c && s.charCodeAt(2) === c && (s.length === 3 || s.charCodeAt(3) === 32)
  );
}

/** True when s[i..] is blank or a comment (a `#` after at least one space, or at i === 0). */
export function onlyComment(s: string, i: number): boolean {
  const start = i;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  if (i === s.length) return true;
  return s.charCodeAt(i) === 35 && (i > start || i === 0);
}

/** Adds a key to a mapping being built; a duplicate key gives up (the `yaml` library reports it). */
export function setProp(obj: Record<string, unknown>, key: string, value: unknown): void {
  // values are never undefined here: a key read as undefined is not there yet (cheap check first)
  if (obj[key] !== undefined && Object.prototype.hasOwnProperty.call(obj, key)) bail(); // duplicate: let `yaml` report it
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    obj[key] = value;
  }
}

export function isBlockIndicator(c: number): boolean {
  return c === 124 || c === 62; // | >
}

/** c-indicator characters, except `-` (handled separately) and quotes. */
export function isIndicator(c: number): boolean {
  switch (c) {
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
    default:
      return false;
  }
}

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}
