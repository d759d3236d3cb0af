import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  UserError
} from "./chunk-N5T7JROX.js";
import "./chunk-XYNQLYSQ.js";

// src/cli/validate-json.ts
async function validateJson(run, write = (s) => process.stdout.write(s)) {
  const out = { valid: false, problems: [], notices: [], warnings: [] };
  const info = [];
  const reporter = {
    info: (l) => info.push(l),
    notice: (l) => out.notices.push(l),
    warn: (l) => out.warnings.push(l),
    problems: (ps) => out.problems.push(...ps)
  };
  let code;
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
export {
  validateJson
};
