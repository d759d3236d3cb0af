/**
 * Typed errors. A user mistake is a `Problem` (what, and where); problems are
 * collected across a run and reported together as one `UserError` (exit 1).
 * Git and GitHub failures are `ExternalError` (exit 3); bad flags `UsageError` (exit 2).
 */

export interface Location {
  /** Path relative to the source root (or an absolute path outside it). */
  file?: string;
  line?: number;
  col?: number;
  /** JSON-pointer-ish property path inside the document, e.g. `/spec/components/0/properties/image`. */
  path?: string;
  /** `name@version` of the capability involved. */
  capability?: string;
  /** Application name, environment name, component name: context for the reader. */
  app?: string;
  env?: string;
  component?: string;
}

export interface Problem extends Location {
  message: string;
  /** Stable, machine-readable code, e.g. `schema`, `unknown-type`, `yaml`. */
  code: string;
}

export function formatWhere(p: Location): string {
  let where = "";
  if (p.file) {
    where = p.file;
    if (p.line !== undefined) where += `:${p.line}:${p.col ?? 1}`;
  }
  const ctx: string[] = [];
  if (p.path) ctx.push(`at ${p.path}`);
  if (p.capability) ctx.push(`(${p.capability})`);
  if (p.app && !p.file) ctx.push(`app ${p.app}`);
  if (p.env) ctx.push(`env ${p.env}`);
  return [where, ...ctx].filter(Boolean).join(" ");
}

export function formatProblem(p: Problem): string {
  const where = formatWhere(p);
  return where ? `${where}: ${p.message}` : p.message;
}

export class CapstanError extends Error {
  readonly exitCode: number = 1;
}

/** One or more user mistakes (invalid specs, config, render errors). Exit status 1. */
export class UserError extends CapstanError {
  override readonly exitCode = 1;
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "UserError";
  }
}

/** Bad command-line usage. Exit status 2. */
export class UsageError extends CapstanError {
  override readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Git or GitHub failed (auth, unreachable, races given up, API errors). Exit status 3. */
export class ExternalError extends CapstanError {
  override readonly exitCode = 3;
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ExternalError";
  }
}

/** Collects problems during a phase; `throwIfAny` raises them together. */
export class Problems {
  readonly list: Problem[] = [];
  add(p: Problem): void {
    this.list.push(p);
  }
  addAll(ps: Iterable<Problem>): void {
    for (const p of ps) this.list.push(p);
  }
  get size(): number {
    return this.list.length;
  }
  throwIfAny(): void {
    if (this.list.length) throw new UserError(sortProblems(this.list));
  }
}

export function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort(
    (a, b) =>
      cmp(a.file ?? "", b.file ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
