import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  planEnv,
  prepare
} from "./chunk-JBLNTRAF.js";
import {
  templateProblems
} from "./chunk-3427PZOU.js";
import {
  UserError
} from "./chunk-N5T7JROX.js";

// src/flows/validate/validate.ts
async function validateAll(src, envs, opts, reporter) {
  const prep = await prepare(src, envs, opts);
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  const problems = templateProblems(src.registry.all());
  let objects = 0;
  for (const env of envs) {
    const r = planEnv(src, env, {}, { force: true, bookkeeping: false });
    problems.push(...r.problems);
    for (const n of new Set(r.notices)) reporter.notice(n);
    if (r.plan) objects += r.plan.apps.reduce((n, a) => n + a.added.length, 0);
  }
  if (problems.length) throw new UserError(problems);
  return objects;
}

export {
  validateAll
};
