import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/core/common/errors.ts
function formatWhere(p) {
  let where = "";
  if (p.file) {
    where = p.file;
    if (p.line !== void 0) where += `:${p.line}:${p.col ?? 1}`;
  }
  const ctx = [];
  if (p.path) ctx.push(`at ${p.path}`);
  if (p.capability) ctx.push(`(${p.capability})`);
  if (p.app && !p.file) ctx.push(`app ${p.app}`);
  if (p.env) ctx.push(`env ${p.env}`);
  return [where, ...ctx].filter(Boolean).join(" ");
}
function formatProblem(p) {
  const where = formatWhere(p);
  return where ? `${where}: ${p.message}` : p.message;
}
var CapstanError = class extends Error {
  exitCode = 1;
};
var UserError = class extends CapstanError {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "UserError";
  }
  exitCode = 1;
};
var UsageError = class extends CapstanError {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var ExternalError = class extends CapstanError {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "ExternalError";
  }
  exitCode = 3;
};
var Problems = class {
  list = [];
  add(p) {
    this.list.push(p);
  }
  addAll(ps) {
    for (const p of ps) this.list.push(p);
  }
  get size() {
    return this.list.length;
  }
  throwIfAny() {
    if (this.list.length) throw new UserError(sortProblems(this.list));
  }
};
function sortProblems(ps) {
  return [...ps].sort(
    (a, b) => cmp(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  formatWhere,
  formatProblem,
  CapstanError,
  UserError,
  UsageError,
  ExternalError,
  Problems
};
