/**
 * Direct rendering: a capability template compiled, once, into a function that
 * builds the template's mapping as objects — no YAML text is produced and none is
 * parsed. It gives exactly what rendering the template with Handlebars and parsing
 * the text gives (see docs/performance.md, "Templates without text"):
 *
 * - The dialect makes templates line-structured: block helpers stand on their own
 *   lines (Handlebars removes those lines) and a `{{value}}` stands as a whole YAML
 *   value at the end of its line. So the text between blocks is whole lines, each
 *   scanned at compile time by the YAML fast path's own line scanner
 *   (`scanTemplateLine`); at render time only the control flow runs and the lines it
 *   emits are assembled by the same block rules the fast path parses with.
 * - Expressions follow Handlebars 4.7's compiled semantics: own-property lookups,
 *   `!= null` chaining for context paths and `&&` for `@data`, depths (`../`) pushed
 *   only when the context changes, block params (`as |x i|`) by lexical depth, the
 *   `if`/`unless`/`each`/`with` helpers' truthiness and iteration rules.
 * - A `{{value}}` is JSON-encoded by the text path and parsed back; here it is
 *   copied with the same JSON semantics (undefined → null, non-finite → null, ...).
 *
 * Whatever this cannot reproduce with certainty — at compile time (block scalars,
 * multi-line flow, hash arguments, ...) or at render time (a helper error, a
 * duplicate key, odd characters, irregular indentation) — returns undefined, and the
 * caller renders the text and parses it, which reproduces the result or the error.
 */
import { hasOddChars, scanTemplateLine, type TemplateLine } from "../../yaml/fast.ts";
import { HELPERS } from "./helpers.ts";

export type DirectFn = (input: Record<string, unknown>) => Record<string, unknown> | undefined;

type Program = hbs.AST.Program;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;

interface Data {
  [k: string]: unknown;
  _parent?: Data;
}
interface BlockParams {
  vals: unknown[] | undefined;
  up: BlockParams | undefined;
}
interface Scope {
  ctx: unknown;
  /** the contexts `../` reaches, as Handlebars keeps them (only for templates that use `../`) */
  depths: unknown[] | undefined;
  data: Data;
  bp: BlockParams | undefined;
}
type Ev = (s: Scope) => unknown;
/** One emitted line; `t` is how many of its `- ` markers the assembly has consumed. */
interface Rec {
  l: TemplateLine;
  t: number;
  v: unknown;
}
type Step = (s: Scope, out: Rec[]) => void;

/** Compile time: this template is left to the text path. */
class Unsupported extends Error {}
/** Render time: this render is left to the text path. */
const BAIL = new Error("direct render bailed");

const hasOwn = Object.prototype.hasOwnProperty;
/** Handlebars passes `container.nullContext` as `this` where the context is null. */
const NULL_CONTEXT = Object.seal({});
/** The `options` argument helpers receive last (the dialect's helpers only strip it). */
const OPTIONS = Object.freeze({ hash: Object.freeze({}) });

/** The compiled template, or undefined when it must be rendered as text. */
export function compileDirect(ast: Program): DirectFn | undefined {
  const c = new Compiler();
  let steps: Step[];
  try {
    steps = c.program(ast, [], true);
  } catch {
    // Unsupported, or anything unexpected: the template is rendered as text, which
    // reports its own problems
    return undefined;
  }
  const useDepths = c.useDepths;
  return (input) => {
    try {
      const out: Rec[] = [];
      const depths = useDepths ? [input] : undefined;
      const s: Scope = { ctx: input, depths, data: { root: input }, bp: undefined };
      runBody(steps, s, out);
      return assemble(out);
    } catch {
      // a helper's error, a duplicate key, ...: the text path reports it exactly
      return undefined;
    }
  };
}

function runBody(steps: Step[], s: Scope, out: Rec[]): void {
  for (const st of steps) st(s, out);
}

/** A program invoked with `ctx`: Handlebars' wrapProgram (depths pushed when the context changes). */
function enter(s: Scope, ctx: unknown, data: Data, vals: unknown[] | undefined): Scope {
  let depths = s.depths;
  // loose on purpose: Handlebars compares with !=
  if (depths && ctx != depths[0] && !(ctx === NULL_CONTEXT && depths[0] === null))
    depths = [ctx, ...depths];
  return { ctx, depths, data, bp: { vals, up: s.bp } };
}

function isEmpty(v: unknown): boolean {
  return (!v && v !== 0) || (Array.isArray(v) && v.length === 0);
}

function lookup(parent: unknown, name: string): unknown {
  const r = (parent as Record<string, unknown>)[name];
  if (r === null || r === undefined) return r;
  return hasOwn.call(parent, name) ? r : undefined;
}

class Compiler {
  useDepths = false;

  /** `scopes`: the block-param names of the enclosing programs, innermost first. */
  program(p: Program, outer: (string[] | undefined)[], main = false): Step[] {
    const scopes = [p.blockParams, ...outer];
    const steps: Step[] = [];
    let prefix = "";
    let suffix = "";
    let value: Ev | undefined;
    const endLine = (): void => {
      if (value) suffix = stripCR(suffix);
      else prefix = stripCR(prefix);
      const line = scanTemplateLine(prefix, value !== undefined, suffix);
      if (line === undefined) throw new Unsupported();
      if (line !== "skip") steps.push(lineStep(line, value));
      prefix = "";
      suffix = "";
      value = undefined;
    };
    for (const st of p.body) {
      switch (st.type) {
        case "ContentStatement": {
          const parts = (st as hbs.AST.ContentStatement).value.split("\n");
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) endLine();
            if (value) suffix += parts[i];
            else prefix += parts[i];
          }
          break;
        }
        case "MustacheStatement": {
          if (value) throw new Unsupported();
          value = this.mustache(st as hbs.AST.MustacheStatement, scopes);
          break;
        }
        case "CommentStatement":
          break;
        case "BlockStatement": {
          if (prefix !== "" || value) throw new Unsupported();
          steps.push(this.block(st as hbs.AST.BlockStatement, scopes));
          break;
        }
        default:
          throw new Unsupported();
      }
    }
    if (prefix !== "" || value) {
      // only the template's last line may end without a newline
      if (!main) throw new Unsupported();
      endLine();
    }
    return steps;
  }

  mustache(m: hbs.AST.MustacheStatement, scopes: (string[] | undefined)[]): Ev {
    const path = m.path as PathExpression;
    if (path.type !== "PathExpression" || path.original !== "__json" || m.params.length !== 1)
      throw new Unsupported();
    if (m.hash && m.hash.pairs.length) throw new Unsupported();
    return this.expr(m.params[0]!, scopes);
  }

  block(b: hbs.AST.BlockStatement, scopes: (string[] | undefined)[]): Step {
    const path = b.path as PathExpression;
    if (path.type !== "PathExpression" || b.params.length !== 1) throw new Unsupported();
    if (b.hash && b.hash.pairs.length) throw new Unsupported();
    const cond = this.expr(b.params[0]!, scopes);
    const fn = b.program ? this.program(b.program, scopes) : [];
    const inverse = b.inverse ? this.program(b.inverse, scopes) : [];
    const self = (s: Scope): unknown =>
      s.ctx !== null && s.ctx !== undefined ? s.ctx : NULL_CONTEXT;
    switch (path.original) {
      case "if":
      case "unless": {
        const [yes, no] = path.original === "if" ? [fn, inverse] : [inverse, fn];
        return (s, out) => {
          const v = cond(s);
          if (typeof v === "function") throw BAIL;
          const body = !v || isEmpty(v) ? no : yes;
          if (body.length) runBody(body, enter(s, self(s), s.data, undefined), out);
        };
      }
      case "with":
        return (s, out) => {
          const v = cond(s);
          if (typeof v === "function") throw BAIL;
          if (!isEmpty(v)) runBody(fn, enter(s, v, s.data, [v]), out);
          else if (inverse.length) runBody(inverse, enter(s, self(s), s.data, undefined), out);
        };
      case "each":
        return (s, out) => {
          const v = cond(s);
          if (typeof v === "function") throw BAIL;
          let n = 0;
          if (v && typeof v === "object") {
            const data: Data = { ...s.data, _parent: s.data };
            if (Array.isArray(v)) {
              n = v.length;
              for (let i = 0; i < n; i++) {
                if (!(i in v)) continue;
                data.key = i;
                data.index = i;
                data.first = i === 0;
                data.last = i === n - 1;
                runBody(fn, enter(s, v[i], data, [v[i], i]), out);
              }
            } else {
              if (Symbol.iterator in v) throw BAIL;
              const keys = Object.keys(v);
              n = keys.length;
              for (let i = 0; i < n; i++) {
                const k = keys[i]!;
                const item = (v as Record<string, unknown>)[k];
                data.key = k;
                data.index = i;
                data.first = i === 0;
                data.last = i === n - 1;
                runBody(fn, enter(s, item, data, [item, k]), out);
              }
            }
          }
          if (n === 0 && inverse.length)
            runBody(inverse, enter(s, self(s), s.data, undefined), out);
        };
      default:
        throw new Unsupported();
    }
  }

  expr(e: Expression, scopes: (string[] | undefined)[]): Ev {
    switch (e.type) {
      case "StringLiteral":
      case "NumberLiteral":
      case "BooleanLiteral": {
        const v = (e as hbs.AST.StringLiteral).value;
        return () => v;
      }
      case "UndefinedLiteral":
        return () => undefined;
      case "NullLiteral":
        return () => null;
      case "SubExpression":
        return this.call(e as hbs.AST.SubExpression, scopes);
      case "PathExpression":
        return this.path(e as PathExpression, scopes);
      default:
        throw new Unsupported();
    }
  }

  call(x: hbs.AST.SubExpression, scopes: (string[] | undefined)[]): Ev {
    const path = x.path as PathExpression;
    if (path.type !== "PathExpression" || path.data || path.depth || path.parts.length !== 1)
      throw new Unsupported();
    const name = path.parts[0]!;
    if (!hasOwn.call(HELPERS, name)) throw new Unsupported();
    if (x.hash && x.hash.pairs.length) throw new Unsupported();
    const fn = HELPERS[name]!;
    // fewer arguments than the helper declares: it would receive Handlebars' options object
    if (x.params.length < fn.length) throw new Unsupported();
    const args = x.params.map((p) => this.expr(p, scopes));
    switch (args.length) {
      case 1: {
        const [a] = args as [Ev];
        return (s) => fn(a(s), OPTIONS);
      }
      case 2: {
        const [a, b] = args as [Ev, Ev];
        return (s) => fn(a(s), b(s), OPTIONS);
      }
      case 3: {
        const [a, b, c] = args as [Ev, Ev, Ev];
        return (s) => fn(a(s), b(s), c(s), OPTIONS);
      }
      default:
        return (s) => fn(...args.map((a) => a(s)), OPTIONS);
    }
  }

  path(p: PathExpression, scopes: (string[] | undefined)[]): Ev {
    const parts = p.parts;
    const depth = p.depth;
    if (depth) this.useDepths = true;
    if (p.data) {
      // `@index`, `@root.x`, `@../key`: data frames, `&&` chaining
      return (s) => {
        let v: unknown = s.data;
        for (let d = depth; v && d > 0; d--) v = (v as Data)._parent;
        for (const part of parts) {
          if (!v) return v;
          v = lookup(v, part);
        }
        return v;
      };
    }
    const scoped = /^\.|this\b/.test(p.original);
    if (!depth && !scoped && parts.length) {
      const name = parts[0]!;
      for (let d = 0; d < scopes.length; d++) {
        const i = scopes[d]?.indexOf(name) ?? -1;
        if (i < 0) continue;
        const rest = parts.slice(1);
        return (s) => {
          let bp = s.bp;
          for (let k = d; k > 0; k--) bp = bp!.up;
          // Handlebars indexes the block-param frame unguarded: a missing one throws
          let v: unknown = bp!.vals![i];
          for (const part of rest) {
            if (v === null || v === undefined) return v;
            v = lookup(v, part);
          }
          return v;
        };
      }
    }
    if (parts.length === 1 && !depth) {
      const only = parts[0]!;
      return (s) => (s.ctx === null || s.ctx === undefined ? s.ctx : lookup(s.ctx, only));
    }
    return (s) => {
      let v: unknown = depth ? s.depths![depth] : s.ctx;
      for (const part of parts) {
        if (v === null || v === undefined) return v;
        v = lookup(v, part);
      }
      return v;
    };
  }
}

function stripCR(s: string): string {
  return s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}

function lineStep(l: TemplateLine, value: Ev | undefined): Step {
  if (value) return (s, out) => void out.push({ l, t: 0, v: jsonCopy(value(s)) });
  return (_s, out) => void out.push({ l, t: 0, v: undefined });
}

// ---------------------------------------------------------------- values

/** What JSON-encoding a value and parsing the text back gives. */
function jsonCopy(v: unknown): unknown {
  switch (typeof v) {
    case "string":
      if (hasOddChars(v)) throw BAIL;
      return v;
    case "number":
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case "boolean":
      return v;
    case "undefined":
    case "function":
    case "symbol":
      return null;
    case "object": {
      if (v === null) return null;
      if (Array.isArray(v)) {
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
          out[i] =
            x === undefined || typeof x === "function" || typeof x === "symbol"
              ? null
              : jsonCopy(x);
        }
        return out;
      }
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw BAIL;
      const o = v as Record<string, unknown>;
      if (typeof o.toJSON === "function") throw BAIL;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(o)) {
        const x = o[k];
        if (x === undefined || typeof x === "function" || typeof x === "symbol") continue;
        if (hasOddChars(k)) throw BAIL;
        setProp(out, k, jsonCopy(x));
      }
      return out;
    }
    default:
      throw BAIL; // bigint: JSON.stringify throws, the text path reports it
  }
}

/** A compile-time value used again: objects and lists are copied for every render. */
function fresh(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(fresh);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) setProp(out, k, fresh((v as Record<string, unknown>)[k]));
  return out;
}

function setProp(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else obj[key] = value;
}

// ---------------------------------------------------------------- assembly

/** The emitted lines → the document's value, by the fast path's block rules. */
function assemble(recs: Rec[]): Record<string, unknown> {
  if (recs.length === 0) throw BAIL;
  const b = new Assembler(recs);
  const v = b.node();
  if (b.pos < recs.length) throw BAIL;
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw BAIL;
  return v as Record<string, unknown>;
}

function col(x: Rec): number {
  return x.t < x.l.dashes.length ? x.l.dashes[x.t]! : x.l.tailCol;
}

function valueOf(x: Rec, v: "dyn" | { static: unknown }): unknown {
  return v === "dyn" ? x.v : fresh(v.static);
}

class Assembler {
  pos = 0;
  constructor(private readonly recs: Rec[]) {}

  node(): unknown {
    const x = this.recs[this.pos]!;
    if (x.t < x.l.dashes.length) return this.seq(col(x));
    const tail = x.l.tail;
    if (tail.kind === "key") return this.map(x.l.tailCol);
    if (tail.kind === "value") {
      this.pos++;
      return valueOf(x, tail.value);
    }
    throw BAIL;
  }

  seq(ind: number): unknown[] {
    const items: unknown[] = [];
    const recs = this.recs;
    while (this.pos < recs.length) {
      const x = recs[this.pos]!;
      const c = col(x);
      if (c !== ind || x.t >= x.l.dashes.length) {
        if (c > ind) throw BAIL;
        break;
      }
      x.t++;
      if (x.t === x.l.dashes.length && x.l.tail.kind === "empty") {
        this.pos++;
        items.push(this.childOrNull(ind, false));
      } else items.push(this.node());
    }
    return items;
  }

  map(ind: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const recs = this.recs;
    while (this.pos < recs.length) {
      const x = recs[this.pos]!;
      const c = col(x);
      if (c !== ind) {
        if (c > ind) throw BAIL;
        break;
      }
      const tail = x.l.tail;
      if (x.t < x.l.dashes.length || tail.kind !== "key") throw BAIL;
      if (hasOwn.call(obj, tail.key)) throw BAIL; // duplicate key: the parser's error
      let v: unknown;
      if (tail.value === "none") {
        this.pos++;
        v = this.childOrNull(ind, true);
      } else {
        v = valueOf(x, tail.value);
        this.pos++;
      }
      setProp(obj, tail.key, v);
    }
    return obj;
  }

  private childOrNull(ind: number, sameIndentSeq: boolean): unknown {
    const next = this.recs[this.pos];
    if (!next) return null;
    const c = col(next);
    if (c > ind) return this.node();
    if (sameIndentSeq && c === ind && next.t < next.l.dashes.length) return this.seq(ind);
    return null;
  }
}
