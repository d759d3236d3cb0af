import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/yaml/emit.ts
var PRIORITY_KEYS = ["apiVersion", "kind", "metadata", "name", "namespace"];
var PRIORITY = new Set(PRIORITY_KEYS);
var SPACES = [""];
function spaces(n) {
  let s = SPACES[n];
  if (s === void 0) {
    s = " ".repeat(n);
    SPACES[n] = s;
  }
  return s;
}
function emitYaml(value) {
  const kind = kindOf(value);
  if (kind === SCALAR) {
    if (typeof value === "string" && isBlockable(value)) return blockScalar("|", value, 2);
    return scalar(value) + "\n";
  }
  out = "";
  if (kind === ARRAY) {
    const arr = value;
    if (arr.length === 0) return "[]\n";
    emitSeq(arr, 0, "");
  } else {
    const obj = value;
    const keys = orderedKeys(obj);
    if (keys.length === 0) return "{}\n";
    emitMap(obj, keys, 0, "");
  }
  const text = out;
  out = "";
  return text;
}
var out = "";
function emitDocuments(values) {
  let out2 = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out2 += "---\n";
    out2 += emitYaml(values[i]);
  }
  return out2;
}
var SCALAR = 0;
var ARRAY = 1;
var OBJECT = 2;
function kindOf(v) {
  if (typeof v !== "object" || v === null) return SCALAR;
  if (Array.isArray(v)) return ARRAY;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return OBJECT;
  throw new TypeError(`emitYaml: cannot emit a ${describe(v)}`);
}
function describe(v) {
  if (typeof v === "object" && v !== null) {
    const ctor = v.constructor;
    return typeof ctor === "function" && ctor.name ? ctor.name : "object";
  }
  return typeof v;
}
function emitSeq(arr, ind, first) {
  const pad = spaces(ind);
  for (let i = 0; i < arr.length; i++) {
    const lead = i === 0 ? first : pad;
    const item = arr[i];
    const kind = kindOf(item);
    if (kind === ARRAY) {
      const a = item;
      if (a.length === 0) out += lead + "- []\n";
      else emitSeq(a, ind + 2, lead + "- ");
    } else if (kind === OBJECT) {
      const o = item;
      const keys = orderedKeys(o);
      if (keys.length === 0) out += lead + "- {}\n";
      else emitMap(o, keys, ind + 2, lead + "- ");
    } else if (typeof item === "string" && isBlockable(item)) {
      out += lead + "-" + blockScalar(" |", item, ind + 2);
    } else {
      out += lead + "- " + scalar(item) + "\n";
    }
  }
}
function emitMap(obj, keys, ind, first) {
  const pad = spaces(ind);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const item = obj[k];
    out += (i === 0 ? first : pad) + emitKey(k, pad) + ":";
    const kind = kindOf(item);
    if (kind === ARRAY) {
      const a = item;
      if (a.length === 0) out += " []\n";
      else {
        out += "\n";
        emitSeq(a, ind + 2, spaces(ind + 2));
      }
    } else if (kind === OBJECT) {
      const o = item;
      const ks = orderedKeys(o);
      if (ks.length === 0) out += " {}\n";
      else {
        out += "\n";
        emitMap(o, ks, ind + 2, spaces(ind + 2));
      }
    } else if (typeof item === "string" && isBlockable(item)) {
      out += blockScalar(" |", item, ind + 2);
    } else {
      out += " " + scalar(item) + "\n";
    }
  }
}
function emitKey(k, pad) {
  if (k.length > 1e3) return "? " + doubleQuote(k) + "\n" + pad;
  return isPlainSafe(k) ? k : doubleQuote(k);
}
function orderedKeys(obj) {
  const rest = [];
  let found = 0;
  for (const k of Object.keys(obj)) {
    if (PRIORITY.has(k)) found++;
    else rest.push(k);
  }
  rest.sort();
  if (found === 0) return rest;
  const head = [];
  for (const k of PRIORITY_KEYS) if (Object.prototype.hasOwnProperty.call(obj, k)) head.push(k);
  return head.concat(rest);
}
function inlineString(s) {
  return isBlockable(s) ? void 0 : scalar(s);
}
function scalar(v) {
  switch (typeof v) {
    case "string":
      return isPlainSafe(v) ? v : doubleQuote(v);
    case "number":
      if (!Number.isFinite(v)) throw new TypeError(`emitYaml: cannot emit the number ${v}`);
      return v === 0 ? "0" : String(v);
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v === null) return "null";
      break;
    default:
      break;
  }
  throw new TypeError(`emitYaml: cannot emit a ${describe(v)}`);
}
var SPECIAL_WORDS = /* @__PURE__ */ new Set([
  "null",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  ".inf",
  ".nan"
]);
function isPlainSafe(s) {
  const n = s.length;
  if (n === 0) return false;
  const c0 = s.charCodeAt(0);
  const digitOrDot = c0 >= 48 && c0 <= 57 || c0 === 46;
  if (!(isAlpha(c0) || digitOrDot || c0 === 95 || c0 === 47)) return false;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isAlpha(c) || c >= 48 && c <= 57 || c === 95 || c === 46 || c === 45 || c === 47 || c === 64)
      continue;
    if (c === 58) {
      const next = s.charCodeAt(i + 1);
      if (i + 1 === n || next === 32) return false;
    } else if (c === 32) {
      if (i + 1 === n) return false;
    } else {
      return false;
    }
  }
  if ((digitOrDot || c0 === 101 || c0 === 69) && NUMBERISH.test(s)) return false;
  if (c0 >= 48 && c0 <= 57 && TIMESTAMP.test(s)) return false;
  if (c0 === 46 && s.charCodeAt(1) === 46) return false;
  if (n <= 5 && SPECIAL_WORDS.has(s.toLowerCase())) return false;
  return true;
}
function isAlpha(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
var NUMBERISH = /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_.]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_.]*(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
var TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?$/;
function isBlockable(s) {
  const n = s.length;
  if (n < 2 || s.indexOf("\n") < 0) return false;
  if (s.charCodeAt(n - 1) === 10 && s.charCodeAt(n - 2) === 10) return false;
  let lineStart = true;
  let sawContent = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      if (i > 0 && s.charCodeAt(i - 1) === 32) return false;
      lineStart = true;
      continue;
    }
    if (lineStart && !sawContent && c === 32) return false;
    lineStart = false;
    sawContent = true;
    if (needsEscape(c)) return false;
    if (c >= 55296 && c <= 57343 && !validSurrogate(s, i)) return false;
  }
  if (s.charCodeAt(n - 1) === 32) return false;
  return sawContent;
}
function blockScalar(head, s, ind) {
  const pad = spaces(ind);
  const keep = s.charCodeAt(s.length - 1) === 10;
  const body = keep ? s.slice(0, -1) : s;
  let out2 = head + (keep ? "\n" : "-\n");
  let from = 0;
  for (; ; ) {
    const nl = body.indexOf("\n", from);
    const line = nl < 0 ? body.slice(from) : body.slice(from, nl);
    out2 += line.length === 0 ? "\n" : pad + line + "\n";
    if (nl < 0) return out2;
    from = nl + 1;
  }
}
function needsEscape(c) {
  return c < 32 || c >= 127 && c <= 159 || c === 8232 || c === 8233 || c === 65279 || c === 65534 || c === 65535;
}
function validSurrogate(s, i) {
  const c = s.charCodeAt(i);
  if (c <= 56319) {
    const d = s.charCodeAt(i + 1);
    return d >= 56320 && d <= 57343;
  }
  const b = s.charCodeAt(i - 1);
  return i > 0 && b >= 55296 && b <= 56319;
}
function hex4(c) {
  return "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
}
function doubleQuote(s) {
  let out2 = '"';
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let esc;
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = "\\\\";
    else if (c < 32 || c >= 127) {
      if (c === 10) esc = "\\n";
      else if (c === 9) esc = "\\t";
      else if (c === 13) esc = "\\r";
      else if (needsEscape(c)) esc = hex4(c);
      else if (c >= 55296 && c <= 57343) {
        if (!validSurrogate(s, i)) esc = hex4(c);
        else if (c <= 56319) i++;
      }
    }
    if (esc !== void 0) {
      out2 += s.slice(from, i) + esc;
      from = i + 1;
    }
  }
  return out2 + s.slice(from) + '"';
}

export {
  emitYaml,
  emitDocuments,
  inlineString
};
