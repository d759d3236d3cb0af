import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  YamlError,
  parseYaml
} from "./chunk-NAEY2JMF.js";
import {
  UserError
} from "./chunk-N5T7JROX.js";
import "./chunk-XYNQLYSQ.js";

// src/tools/import.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
var KIND_OF = {
  ComponentDefinition: "ComponentType",
  TraitDefinition: "Trait",
  PolicyDefinition: "Policy"
};
var SUPPORTED_POLICIES = /* @__PURE__ */ new Set(["topology", "override"]);
var SUPPORTED_STEPS = /* @__PURE__ */ new Set(["deploy", "suspend"]);
function skipLexeme(s, i) {
  const c = s[i];
  if (c === "/" && s[i + 1] === "/") {
    const nl = s.indexOf("\n", i);
    return nl < 0 ? s.length : nl;
  }
  if (c === '"' || c === "'" || c === "`") {
    if (s.startsWith(c.repeat(3), i)) {
      const end = s.indexOf(c.repeat(3), i + 3);
      return end < 0 ? s.length : end + 3;
    }
    let j = i + 1;
    while (j < s.length && s[j] !== c && s[j] !== "\n") j += s[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  return i;
}
function matchBrace(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; ) {
    const j = skipLexeme(s, i);
    if (j !== i) {
      i = j;
      continue;
    }
    const c = s[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}
function fieldNames(body) {
  const names = [];
  let depth = 0;
  let atFieldStart = true;
  for (let i = 0; i < body.length; ) {
    const j = skipLexeme(body, i);
    if (j !== i) {
      if (depth === 0 && atFieldStart && (body[i] === '"' || body[i] === "'")) {
        const m = /^\s*[?!]?\s*:/.exec(body.slice(j));
        if (m) names.push(body.slice(i + 1, j - 1));
      }
      if (body[i] !== "/") atFieldStart = false;
      i = j;
      continue;
    }
    const c = body[i];
    if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    if (depth === 0 && atFieldStart && /[A-Za-z_$]/.test(c)) {
      const m = /^([A-Za-z_$][\w$-]*)\s*([?!])?\s*:(?!:)/.exec(body.slice(i));
      if (m && !m[1].startsWith("#") && !m[1].startsWith("_")) names.push(m[1]);
      atFieldStart = false;
      i += m ? m[0].length : 1;
      continue;
    }
    if (c === "\n" || c === ",") atFieldStart = depth === 0;
    else if (!/\s/.test(c) && depth === 0) atFieldStart = false;
    i++;
  }
  return [...new Set(names)];
}
function topLevelField(s, label) {
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < s.length; ) {
    const j = skipLexeme(s, i);
    if (j !== i) {
      i = j;
      lineStart = false;
      continue;
    }
    const c = s[i];
    if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    if (depth === 0 && lineStart && s.startsWith(label, i)) {
      const m = new RegExp(`^${label.replace(/[$#]/g, "\\$&")}\\s*[?!]?\\s*:(?!:)`).exec(
        s.slice(i)
      );
      if (m) return s.slice(i + m[0].length);
    }
    if (c === "\n") lineStart = true;
    else if (!/\s/.test(c)) lineStart = false;
    i++;
  }
  return void 0;
}
function cueParameterNames(template) {
  const rest = topLevelField(template, "parameter");
  if (rest === void 0) return { names: [], note: "the template has no parameter field" };
  const names = /* @__PURE__ */ new Set();
  let note;
  const structsIn = (text, depthLimit) => {
    let i = 0;
    let found = false;
    while (i < text.length) {
      const here = text.slice(i);
      const t = here.trimStart();
      const off = here.length - t.length;
      if (t.startsWith("{")) {
        const open = i + off;
        const close = matchBrace(text, open);
        if (close < 0) break;
        fieldNames(text.slice(open + 1, close)).forEach((n) => names.add(n));
        found = true;
        i = close + 1;
        const after = text.slice(i).trimStart();
        if (after.startsWith("|") || after.startsWith("&")) {
          i = text.length - after.length + 1;
          continue;
        }
        break;
      }
      const ref = /^(?:close\(\s*)?(#[\w-]+|\{)/.exec(t);
      if (ref?.[1] === "{") {
        i += off + t.indexOf("{");
        continue;
      }
      if (ref && depthLimit > 0) {
        const def = topLevelField(template, ref[1]);
        if (def !== void 0) structsIn(def, depthLimit - 1);
        found = true;
        const after = t.slice(ref[0].length).replace(/^\s*\)?/, "").trimStart();
        if (after.startsWith("|") || after.startsWith("&")) {
          i = text.length - after.length + 1;
          continue;
        }
        break;
      }
      if (/^\[/.test(t)) note = "parameter is a free-form map ([string]: \u2026)";
      else if (!found) note = "parameter is not a struct";
      break;
    }
  };
  structsIn(rest, 2);
  return { names: [...names].sort(), note };
}
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function yamlFiles(paths, cwd) {
  const out = [];
  const rec = (abs) => {
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const n of readdirSync(abs).sort())
        if (n !== ".git" && n !== "node_modules") rec(join(abs, n));
    } else if (/\.ya?ml$/i.test(abs) || paths.includes(relative(cwd, abs))) out.push(abs);
  };
  const problems = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    try {
      rec(abs);
    } catch {
      problems.push({ file: p, code: "import", message: "cannot read (no such file or folder?)" });
    }
  }
  if (problems.length) throw new UserError(problems);
  return out;
}
function importKubeVela(paths, registry, cwd = process.cwd()) {
  const report = { definitions: [], applications: [], skipped: [] };
  const apps = [];
  const problems = [];
  for (const abs of yamlFiles(paths, cwd)) {
    const file = relative(cwd, abs) || abs;
    let values;
    try {
      values = parseYaml(readFileSync(abs, "utf8"));
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      problems.push({ file, line: e.line, col: e.col, code: "yaml", message: e.message });
      continue;
    }
    for (const value of values) {
      const v = obj(value);
      if (!v) continue;
      const kind = v.kind;
      const name = String(obj(v.metadata)?.name ?? "");
      if (kind === "Application") apps.push({ file, doc: v });
      else if (kind === "ComponentDefinition" || kind === "TraitDefinition" || kind === "PolicyDefinition")
        report.definitions.push(definition(file, kind, name, v, registry));
      else report.skipped.push({ file, reason: `${String(kind ?? "no kind")} ${name}`.trim() });
    }
  }
  if (problems.length) throw new UserError(problems);
  for (const { file, doc } of apps)
    report.applications.push(application(file, doc, registry, report));
  return report;
}
function definition(file, kind, name, v, registry) {
  const schematic = obj(obj(v.spec)?.schematic);
  const template = obj(schematic?.cue)?.template;
  let parameters = [];
  let note;
  if (typeof template === "string") ({ names: parameters, note } = cueParameterNames(template));
  else if (schematic)
    note = `schematic ${Object.keys(schematic).join(", ")} is not CUE: write the capability by hand`;
  else note = "no spec.schematic.cue.template";
  const caps = registry.versions(name).filter((c) => c.kind === KIND_OF[kind]);
  const cap = caps[0];
  if (!cap)
    return { file, kind, name, parameters, status: "missing", missingParameters: parameters, note };
  const have = new Set(Object.keys(obj(cap.parameters.properties) ?? {}));
  const open = cap.parameters.additionalProperties !== false && !cap.parameters.properties;
  const missingParameters = open ? [] : parameters.filter((p) => !have.has(p));
  return {
    file,
    kind,
    name,
    parameters,
    status: missingParameters.length ? "partial" : "covered",
    capability: `${cap.name}@${cap.version}`,
    missingParameters,
    note
  };
}
function application(file, v, registry, report) {
  const spec = obj(v.spec) ?? {};
  const types = [];
  const use = (kind, type) => {
    if (types.some((t) => t.kind === kind && t.type === type)) return;
    const r = registry.resolve(type, kind === "component" ? "ComponentType" : "Trait");
    const def = report.definitions.find(
      (d) => d.name === type.split("@")[0] && d.kind === (kind === "component" ? "ComponentDefinition" : "TraitDefinition")
    );
    if ("error" in r) types.push({ kind, type, status: "missing", definedIn: def?.file });
    else types.push({ kind, type, status: "covered", capability: `${r.name}@${r.version}` });
  };
  for (const c of Array.isArray(spec.components) ? spec.components : []) {
    const co = obj(c);
    if (typeof co?.type === "string") use("component", co.type);
    for (const t of Array.isArray(co?.traits) ? co.traits : [])
      if (typeof obj(t)?.type === "string") use("trait", obj(t).type);
  }
  const unsupported = [];
  for (const p of Array.isArray(spec.policies) ? spec.policies : []) {
    const t = obj(p)?.type;
    if (typeof t === "string" && !SUPPORTED_POLICIES.has(t))
      unsupported.push(
        `policy type ${t} (${String(obj(p)?.name)}): capstan runs topology and override only`
      );
  }
  for (const s of Array.isArray(obj(spec.workflow)?.steps) ? obj(spec.workflow).steps : []) {
    const t = obj(s)?.type;
    if (typeof t === "string" && !SUPPORTED_STEPS.has(t))
      unsupported.push(
        `workflow step type ${t} (${String(obj(s)?.name)}): capstan runs deploy and suspend only`
      );
  }
  for (const c of Array.isArray(spec.components) ? spec.components : []) {
    const co = obj(c);
    for (const k of ["dependsOn", "inputs", "outputs"])
      if (co?.[k] !== void 0)
        unsupported.push(
          `component ${String(co.name)}: ${k} needs a cluster runtime (capstan renders offline)`
        );
  }
  return { file, name: String(obj(v.metadata)?.name ?? ""), types, unsupported };
}
function formatImportReport(r) {
  const lines = [];
  if (r.definitions.length) {
    lines.push("Definitions:");
    for (const d of r.definitions) {
      const head = `  ${d.kind.replace("Definition", "").toLowerCase()} ${d.name} (${d.file}): `;
      if (d.status === "covered") lines.push(`${head}covered by built-in ${d.capability}`);
      else if (d.status === "partial")
        lines.push(
          `${head}${d.capability} exists but lacks parameter(s) ${d.missingParameters.join(", ")}: extend it in your own pack (same name shadows the built-in)`
        );
      else
        lines.push(
          `${head}missing: write capability ${d.name}${d.parameters.length ? ` with parameters ${d.parameters.join(", ")}` : ""}`
        );
      if (d.note) lines.push(`      note: ${d.note}`);
    }
  }
  if (r.applications.length) {
    lines.push("Applications:");
    for (const a of r.applications) {
      lines.push(`  ${a.name} (${a.file}):`);
      for (const t of a.types)
        lines.push(
          `    ${t.kind} ${t.type}: ${t.status === "covered" ? `covered (${t.capability})` : `missing${t.definedIn ? ` (defined in ${t.definedIn})` : ""}`}`
        );
      for (const u of a.unsupported) lines.push(`    unsupported: ${u}`);
    }
  }
  const missing = r.definitions.filter((d) => d.status !== "covered").length + r.applications.reduce((n, a) => n + a.types.filter((t) => t.status === "missing").length, 0);
  lines.push(
    missing ? `${missing} item(s) need a capability; see docs/capability-format.md` : "everything is covered: the Applications render with capstan as they are"
  );
  return lines.join("\n") + "\n";
}
export {
  cueParameterNames,
  formatImportReport,
  importKubeVela
};
