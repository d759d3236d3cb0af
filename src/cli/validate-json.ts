/** `capstan validate --json`: one JSON object on stdout, for tools and editors. */
import { UserError, type Problem } from "../core/common/errors.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

export interface ValidateJson {
  valid: boolean;
  summary?: string;
  problems: Problem[];
  notices: string[];
  warnings: string[];
}

export async function validateJson(
  run: (reporter: Reporter) => Promise<number>,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  const out: ValidateJson = { valid: false, problems: [], notices: [], warnings: [] };
  const info: string[] = [];
  const reporter: Reporter = {
    info: (l) => info.push(l),
    notice: (l) => out.notices.push(l),
    warn: (l) => out.warnings.push(l),
    problems: (ps) => out.problems.push(...ps),
  };
  let code: number;
  try {
    code = await run(reporter);
    out.valid = code === 0 && !out.problems.length;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    out.problems.push(...e.problems);
    code = 1;
  }
  out.summary = info[info.length - 1];
  write(JSON.stringify(out, null, 2) + "\n");
  return code;
}
