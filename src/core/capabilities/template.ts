/**
 * The template dialect: Handlebars 4.7 where every `{{expr}}` is rewritten, at
 * load time, into `{{__json expr}}` — the value is emitted JSON-encoded, one
 * flow value on one line — so no property value can change the structure of
 * the YAML a template produces. Triple-stash, partials and decorators are
 * rejected; a mustache must stand as a whole YAML value; block helpers stand on
 * their own lines.
 */
import Handlebars from "handlebars";
import { BUILTIN_BLOCK_HELPERS, HELPERS, jsonValue } from "./helpers.ts";
import { compileDirect, type DirectFn } from "./direct.ts";
import { referenceMode } from "../../reference-mode.ts";
import { precompiledTemplateAst } from "./precompiled.ts";

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Mustache = hbs.AST.MustacheStatement;
type Block = hbs.AST.BlockStatement;

export interface TemplateIssue {
  line: number;
  col: number;
  message: string;
}

export type TemplateFn = (context: Record<string, unknown>) => string;

const env = Handlebars.create();
for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn);
env.registerHelper("__json", (v: unknown) => jsonValue(v));
// Handlebars' own non-block helpers are not part of the dialect.
env.unregisterHelper("lookup");
env.unregisterHelper("log");
env.unregisterHelper("blockHelperMissing");
env.unregisterHelper("helperMissing");
env.registerHelper("helperMissing", function (...a: unknown[]) {
  const opts = a[a.length - 1] as { name?: string };
  throw new Error(`unknown helper "${opts.name ?? "?"}"`);
});

const KNOWN: Record<string, boolean> = { __json: true };
for (const n of [...Object.keys(HELPERS), ...BUILTIN_BLOCK_HELPERS]) KNOWN[n] = true;

/**
 * Compiles template text; issues (with 1-based line/col) instead of a function when the
 * text breaks the dialect. `direct`, when the template allows it, builds the same value
 * as rendering `fn` and parsing the text, without the text (see direct.ts).
 */
export function compileTemplate(text: string): {
  fn?: TemplateFn;
  direct?: DirectFn;
  issues: TemplateIssue[];
} {
  const issues: TemplateIssue[] = [];
  let ast: Program;
  try {
    // a built-in template's AST from the build (precompiled.ts), else Handlebars' parse
    ast = (precompiledTemplateAst(text) as Program | undefined) ?? env.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /line (\d+)/.exec(msg);
    return {
      issues: [
        { line: m ? Number(m[1]) : 1, col: 1, message: `template syntax: ${syntaxDetail(msg)}` },
      ],
    };
  }
  const lines = text.split("\n");
  rewriteProgram(ast, lines, issues);
  if (issues.length) return { issues };
  // before env.compile, which annotates the AST in place; none in reference mode
  const direct = referenceMode() ? undefined : compileDirect(ast);
  const compiled = env.compile(ast, {
    noEscape: true,
    strict: false,
    knownHelpers: KNOWN,
    knownHelpersOnly: true,
  });
  const fn: TemplateFn = (context) => compiled(context, runtimeOptions(context));
  return { fn, direct, issues };
}

/**
 * Handlebars' per-call setup copies every helper and wraps each one in a closure
 * that copies `options` on every helper call (to pass `lookupProperty`, which only
 * the `lookup` helper reads — not part of the dialect). That setup cost more than
 * rendering. We hand the runtime the state its setup would build — the same
 * helpers, hooks and prototype-access policy (own properties only) — once, through
 * its "already set up" (`partial`) path, and the `@root` data frame it would create.
 */
const setup = (() => {
  const helpers: Record<string, unknown> = { ...env.helpers };
  const hooks: Record<string, unknown> = {};
  for (const name of ["helperMissing", "blockHelperMissing"])
    if (helpers[name]) {
      hooks[name] = helpers[name];
      delete helpers[name];
    }
  const lookup = (keys: string[]) => {
    const o = Object.create(null) as Record<string, boolean>;
    for (const k of keys) o[k] = false;
    return o;
  };
  const protoAccessControl = {
    properties: { whitelist: lookup(["__proto__"]), defaultValue: false },
    methods: {
      whitelist: lookup([
        "constructor",
        "__defineGetter__",
        "__defineSetter__",
        "__lookupGetter__",
      ]),
      defaultValue: false,
    },
  };
  return { partial: true, helpers, hooks, protoAccessControl };
})();

function runtimeOptions(context: unknown): Handlebars.RuntimeOptions {
  return { ...setup, data: { root: context } } as Handlebars.RuntimeOptions;
}

/** Handlebars' parse errors: the first line and the "Expecting …" line, without the ASCII pointer. */
function syntaxDetail(msg: string): string {
  const parts = msg.split("\n").filter(Boolean);
  return parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : (parts[0] ?? msg);
}

function rewriteProgram(p: Program, lines: string[], issues: TemplateIssue[]): void {
  // An `{{else if}}` chain is a block nested in the inverse; it shares the outer closing tag.
  const chained = (p as Program & { chained?: boolean }).chained === true;
  for (const st of p.body) rewriteNode(st, lines, issues, chained);
}

function at(n: Node): { line: number; col: number } {
  return { line: n.loc?.start.line ?? 1, col: (n.loc?.start.column ?? 0) + 1 };
}

function rewriteNode(n: Node, lines: string[], issues: TemplateIssue[], chained = false): void {
  switch (n.type) {
    case "MustacheStatement": {
      const m = n as Mustache & { escaped?: boolean };
      if (m.escaped === false) {
        issues.push({
          ...at(n),
          message:
            "{{{ }}} (unescaped output) is not allowed: every {{value}} is emitted JSON-encoded",
        });
        return;
      }
      const standsAsValue = checkStandsAsValue(m, lines);
      if (standsAsValue) {
        issues.push({ ...at(n), message: standsAsValue });
        return;
      }
      const unknown = unknownHelpers(m);
      if (unknown.length) {
        issues.push({
          ...at(n),
          message: `unknown helper "${unknown[0]}" (helpers: ${Object.keys(HELPERS).sort().join(", ")})`,
        });
        return;
      }
      wrapInJson(m);
      return;
    }
    case "BlockStatement": {
      const b = n as Block;
      const name =
        b.path.type === "PathExpression" ? (b.path as hbs.AST.PathExpression).original : "";
      if (!BUILTIN_BLOCK_HELPERS.includes(name)) {
        issues.push({
          ...at(n),
          message: `block helper "#${name}" is not allowed (use #if, #unless, #each or #with)`,
        });
        return;
      }
      const bad = checkOwnLine(b, lines, chained);
      const unknownInBlock = b.params.flatMap((p) => unknownIn(p));
      if (unknownInBlock.length)
        issues.push({ ...at(n), message: `unknown helper "${unknownInBlock[0]}"` });
      if (bad) issues.push({ ...at(n), message: bad });
      if (b.program) rewriteProgram(b.program, lines, issues);
      if (b.inverse) rewriteProgram(b.inverse, lines, issues);
      return;
    }
    case "PartialStatement":
    case "PartialBlockStatement":
      issues.push({ ...at(n), message: "partials are not allowed in capability templates" });
      return;
    case "DecoratorBlock":
    case "Decorator":
      issues.push({ ...at(n), message: "decorators are not allowed in capability templates" });
      return;
    default:
      return;
  }
}

/** `{{x}}` must be a whole YAML value: after `key: ` or `- ` (or alone), nothing after it. */
function checkStandsAsValue(m: Mustache, lines: string[]): string | undefined {
  const loc = m.loc;
  if (!loc) return undefined;
  if (loc.start.line !== loc.end.line) return "a {{value}} must be on one line";
  const line = lines[loc.start.line - 1] ?? "";
  const before = line.slice(0, loc.start.column);
  const after = line.slice(loc.end.column);
  const okBefore = /^\s*(?:-\s+)*(?:(?:[A-Za-z0-9_.\/-]+|"[^"]*"|'[^']*'):\s+)?$/.test(before);
  const okAfter = /^\s*(?:#.*)?$/.test(after);
  if (okBefore && okAfter) return undefined;
  return 'a {{value}} must stand as a whole YAML value (after `key: ` or `- `, nothing else on the line); build strings with helpers, e.g. {{concat a ":" b}}';
}

function checkOwnLine(b: Block, lines: string[], chained: boolean): string | undefined {
  const loc = b.loc;
  if (!loc) return undefined;
  const open = lines[loc.start.line - 1] ?? "";
  const close = lines[loc.end.line - 1] ?? "";
  if (!/^\s*{{~?\s*(#|else\b)[^]*}}\s*$/.test(open) || (open.match(/}}/g) ?? []).length !== 1)
    return "a block helper ({{#…}}) must stand on its own line";
  if (chained) return undefined;
  if (!/^\s*{{~?\s*\/[^}]*}}\s*$/.test(close))
    return "a block's closing tag ({{/…}}) must stand on its own line";
  return undefined;
}

function helperName(e: hbs.AST.Expression): string {
  return e.type === "PathExpression" ? (e as hbs.AST.PathExpression).original : "";
}

/** Helper names used in sub-expressions of `e` that the dialect does not have. */
function unknownIn(e: hbs.AST.Expression): string[] {
  if (e.type !== "SubExpression") return [];
  const s = e as hbs.AST.SubExpression;
  const name = helperName(s.path);
  const own = KNOWN[name] ? [] : [name];
  return [
    ...own,
    ...s.params.flatMap(unknownIn),
    ...(s.hash?.pairs ?? []).flatMap((p) => unknownIn(p.value)),
  ];
}

function unknownHelpers(m: Mustache): string[] {
  const isCall = m.params.length > 0 || (m.hash && m.hash.pairs.length > 0);
  const own = isCall && !KNOWN[helperName(m.path)] ? [helperName(m.path)] : [];
  return [
    ...own,
    ...m.params.flatMap(unknownIn),
    ...(m.hash?.pairs ?? []).flatMap((p) => unknownIn(p.value)),
  ];
}

function wrapInJson(m: Mustache): void {
  const isHelperCall = m.params.length > 0 || (m.hash && m.hash.pairs.length > 0);
  const inner: hbs.AST.Expression = isHelperCall
    ? ({
        type: "SubExpression",
        path: m.path,
        params: m.params,
        hash: m.hash,
        loc: m.loc,
      } as hbs.AST.SubExpression)
    : m.path;
  const jsonPath: hbs.AST.PathExpression = {
    type: "PathExpression",
    data: false,
    depth: 0,
    parts: ["__json"],
    original: "__json",
    loc: m.loc,
  } as hbs.AST.PathExpression;
  (m as { path: hbs.AST.Expression }).path = jsonPath;
  (m as { params: hbs.AST.Expression[] }).params = [inner];
  (m as { hash: hbs.AST.Hash | undefined }).hash = undefined as unknown as hbs.AST.Hash;
}
