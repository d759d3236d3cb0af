import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ajvProblems,
  didYouMean,
  ownValidators,
  parseRange,
  parseSemVer,
  problemAt
} from "./chunk-DFIP6AYO.js";
import {
  YamlError,
  parseYamlWithDocs
} from "./chunk-NAEY2JMF.js";
import {
  CAPSTAN_VERSION
} from "./chunk-SID65HV4.js";
import {
  Problems
} from "./chunk-N5T7JROX.js";

// src/core/model/config.ts
function durationMs(text) {
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
  let ms = 0;
  for (const m of text.matchAll(/([0-9]+)([smhd])/g)) ms += Number(m[1]) * unit[m[2]];
  return ms;
}
var DEFAULT_KUBE_VERSION = "1.31";
function loadConfig(src) {
  const problems = new Problems();
  const raw = readConfigMapping(src, problems);
  const doc = { file: src.file, text: src.text, docIndex: 0 };
  problems.addAll(kubeVersionNumberProblems(doc, raw));
  const validate = ownValidators.config;
  if (!validate(raw)) {
    problems.addAll(
      ajvProblems(doc, [], validate.errors).filter(
        (p) => !problems.list.some((q) => q.path === p.path)
      )
    );
  }
  problems.throwIfAny();
  const cfg = raw;
  const versionProblem = requiredVersionProblem(doc, cfg.requiredVersion);
  if (versionProblem) problems.add(versionProblem);
  const root = cfg.envRepo?.root;
  if (root !== void 0 && root.split("/").some((s) => s === "." || s === ".." || s === ".git"))
    problems.add(
      problemAt(
        doc,
        ["envRepo", "root"],
        `envRepo.root "${root}" must be a plain folder path inside the env repo (no ".", ".." or ".git" segments)`,
        "config"
      )
    );
  const kubeVersion = cfg.kubeVersion ?? DEFAULT_KUBE_VERSION;
  const environments = toEnvironments(cfg.environments, kubeVersion);
  problems.addAll(environmentProblems(doc, environments));
  problems.throwIfAny();
  return {
    file: src.file,
    doc,
    apps: cfg.apps ?? ["apps/**/*.yaml"],
    envRepo: {
      url: cfg.envRepo?.url,
      branch: cfg.envRepo?.branch ?? "main",
      root: cfg.envRepo?.root ?? "envs"
    },
    kubeVersion,
    environments,
    capabilities: toCapabilitySources(cfg.capabilities ?? ["builtin"]),
    schemas: cfg.schemas ?? [],
    requiredVersion: cfg.requiredVersion
  };
}
function readConfigMapping(src, problems) {
  let value;
  try {
    const docs = parseYamlWithDocs(src.text);
    if (docs.length !== 1) {
      problems.add({
        file: src.file,
        line: docs[1]?.startLine,
        col: 1,
        code: "yaml",
        message: `expected exactly one YAML document, found ${docs.length}`
      });
      problems.throwIfAny();
    }
    value = docs[0].value;
  } catch (e) {
    if (e instanceof YamlError) {
      problems.add({ file: src.file, line: e.line, col: e.col, code: "yaml", message: e.message });
      problems.throwIfAny();
    }
    throw e;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.add({
      file: src.file,
      line: 1,
      col: 1,
      code: "schema",
      message: "capstan.yaml must be a mapping (apiVersion: capstan.dev/v1alpha1, kind: Config, \u2026)"
    });
    problems.throwIfAny();
  }
  return value;
}
function requiredVersionProblem(doc, required) {
  if (required === void 0) return void 0;
  const range = parseRange(required);
  if (!range)
    return problemAt(
      doc,
      ["requiredVersion"],
      `"${required}" is not a semver range (e.g. ">=0.1.0 <1")`,
      "config"
    );
  if (!range(parseSemVer(CAPSTAN_VERSION)))
    return problemAt(
      doc,
      ["requiredVersion"],
      `this repository requires capstan ${required}, but this is capstan ${CAPSTAN_VERSION}`,
      "version"
    );
  return void 0;
}
function toEnvironments(raw, kubeVersion) {
  return raw.map((e, index) => ({
    name: e.name,
    autoDeploy: e.autoDeploy ?? false,
    approval: e.approval ?? "none",
    promotesFrom: e.promotesFrom,
    verify: gatesOf(e.verify),
    autoPromote: e.autoPromote ?? false,
    kubeVersion: e.kubeVersion ?? kubeVersion,
    policies: e.policies ?? [e.name],
    namespace: e.namespace,
    branch: e.branch,
    allowLiteralSecrets: e.allowLiteralSecrets ?? false,
    createNamespaces: e.createNamespaces ?? false,
    guardrails: (e.guardrails ?? []).map((g, i) => ({ type: g.type, properties: g.properties ?? {}, index: i })),
    index
  }));
}
function toCapabilitySources(raw) {
  return raw.map(
    (c) => c === "builtin" ? { kind: "builtin" } : typeof c === "object" && c.git ? { kind: "git", url: c.git, ref: c.ref, path: c.path } : { kind: "path", path: c.path }
  );
}
function gatesOf(v) {
  if (!v) return void 0;
  return {
    statuses: v.statuses ?? [],
    ...v.minAge !== void 0 ? { minAge: v.minAge, minAgeMs: durationMs(v.minAge) } : {}
  };
}
function kubeVersionNumberProblems(doc, raw) {
  const out = [];
  const check = (v, path) => {
    if (typeof v !== "number") return;
    const p = problemAt(doc, path, "", "kube-version");
    const raw2 = p.line ? (doc.text.split("\n")[p.line - 1] ?? "").slice((p.col ?? 1) - 1).match(/^[0-9.]+/)?.[0] : void 0;
    const written = raw2 ?? String(v);
    p.message = `kubeVersion ${written} is a YAML number (it reads as ${v}); quote it: kubeVersion: "${written}"`;
    out.push(p);
  };
  check(raw.kubeVersion, ["kubeVersion"]);
  if (Array.isArray(raw.environments))
    raw.environments.forEach((e, i) => {
      if (e && typeof e === "object")
        check(e.kubeVersion, ["environments", i, "kubeVersion"]);
    });
  return out;
}
function environmentProblems(doc, envs) {
  const out = [];
  const byName = /* @__PURE__ */ new Map();
  for (const e of envs) {
    if (byName.has(e.name))
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "name"],
          `duplicate environment "${e.name}"`,
          "config"
        )
      );
    byName.set(e.name, e);
  }
  for (const e of envs) {
    if (e.promotesFrom === void 0) {
      for (const key of ["verify", "autoPromote"])
        if (key === "verify" ? e.verify : e.autoPromote)
          out.push(
            problemAt(
              doc,
              ["environments", e.index, key],
              `${key} gates promotion to environment "${e.name}", which has no promotesFrom`,
              "config"
            )
          );
      continue;
    }
    if (e.autoPromote && e.approval === "pull-request")
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "autoPromote"],
          `environment "${e.name}": autoPromote pushes promotions straight to its branch, approval: pull-request asks for a pull request; choose one`,
          "config"
        )
      );
    if (!byName.has(e.promotesFrom))
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "promotesFrom"],
          `promotesFrom names unknown environment "${e.promotesFrom}" (environments: ${[...byName.keys()].join(", ")})${didYouMean(e.promotesFrom, byName.keys())}`,
          "config"
        )
      );
    if (e.autoDeploy)
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "autoDeploy"],
          `environment "${e.name}" is reached by promotion (promotesFrom), so it cannot also be autoDeploy`,
          "config"
        )
      );
  }
  for (const e of envs) {
    const seen = [e.name];
    let cur = e.promotesFrom;
    while (cur !== void 0) {
      if (cur === e.name) {
        out.push(
          problemAt(
            doc,
            ["environments", e.index, "promotesFrom"],
            `promotesFrom forms a cycle: ${[...seen, cur].join(" \u2192 ")}`,
            "config"
          )
        );
        break;
      }
      if (seen.includes(cur)) break;
      seen.push(cur);
      cur = byName.get(cur)?.promotesFrom;
    }
  }
  const policyOwner = /* @__PURE__ */ new Map();
  for (const e of envs)
    for (const p of e.policies) {
      const other = policyOwner.get(p);
      if (other && other !== e.name)
        out.push(
          problemAt(
            doc,
            ["environments", e.index, "policies"],
            `topology policy "${p}" already means environment "${other}"`,
            "config"
          )
        );
      policyOwner.set(p, e.name);
    }
  return out;
}

export {
  DEFAULT_KUBE_VERSION,
  loadConfig
};
