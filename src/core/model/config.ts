import { didYouMean } from "../common/suggest.ts";
import { parseYamlWithDocs, YamlError } from "../../yaml/fast.ts";
import { ownValidators } from "../checks/ajv.ts";
import { Problems, type Problem } from "../common/errors.ts";
import { ajvProblems, problemAt, type DocRef } from "./located.ts";
import { parseRange, parseSemVer } from "./semver.ts";
import { CAPSTAN_VERSION } from "./version.ts";
import type { SourceFile } from "./source.ts";

export interface GuardrailRef {
  type: string;
  properties: Record<string, unknown>;
  /** index in the environment's guardrails list, for error paths */
  index: number;
}

export interface Environment {
  name: string;
  autoDeploy: boolean;
  approval: "none" | "pull-request";
  promotesFrom?: string;
  /** promotion gates checked before promoting to this environment (docs/promotion.md) */
  verify?: PromotionGates;
  /** a verified promotion pushes straight to this environment's branch, no pull request */
  autoPromote?: boolean;
  kubeVersion: string;
  policies: string[];
  namespace?: string;
  branch?: string;
  allowLiteralSecrets: boolean;
  createNamespaces: boolean;
  guardrails: GuardrailRef[];
  /** position in capstan.yaml's environments list */
  index: number;
}

export interface PromotionGates {
  /** commit-status context globs (`*` within one `/` segment, `**` across) */
  statuses: string[];
  /** `minAge` as written, e.g. `10m` */
  minAge?: string;
  /** `minAge` in milliseconds */
  minAgeMs?: number;
}

/** `10m`, `1h30m`, `2d` → milliseconds (the schema admits only `([0-9]+[smhd])+`). */
export function durationMs(text: string): number {
  const unit: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let ms = 0;
  for (const m of text.matchAll(/([0-9]+)([smhd])/g)) ms += Number(m[1]) * unit[m[2]!]!;
  return ms;
}

export type CapabilitySourceRef =
  | { kind: "builtin" }
  | { kind: "path"; path: string }
  | { kind: "git"; url: string; ref: string; path?: string };

export interface Config {
  file: string;
  doc: DocRef;
  apps: string[];
  envRepo: { url?: string; branch: string; root: string };
  kubeVersion: string;
  environments: Environment[];
  capabilities: CapabilitySourceRef[];
  schemas: string[];
  requiredVersion?: string;
}

export const DEFAULT_KUBE_VERSION = "1.31";

/** capstan.yaml's fields as the schema admits them (a type literal: cast from a record). */
type RawConfig = {
  apps?: string[];
  envRepo?: { url?: string; branch?: string; root?: string };
  kubeVersion?: string;
  environments: Record<string, unknown>[];
  capabilities?: (string | { path?: string; git?: string; ref?: string })[];
  schemas?: string[];
  requiredVersion?: string;
};

/** Parses and validates capstan.yaml; every problem is collected before throwing. */
export function loadConfig(src: SourceFile): Config {
  const problems = new Problems();
  const raw = readConfigMapping(src, problems);
  const doc: DocRef = { file: src.file, text: src.text, docIndex: 0 };
  problems.addAll(kubeVersionNumberProblems(doc, raw));
  const validate = ownValidators.config;
  if (!validate(raw)) {
    problems.addAll(
      ajvProblems(doc, [], validate.errors).filter(
        (p) => !problems.list.some((q) => q.path === p.path),
      ),
    );
  }
  problems.throwIfAny();

  const cfg = raw as RawConfig;
  const versionProblem = requiredVersionProblem(doc, cfg.requiredVersion);
  if (versionProblem) problems.add(versionProblem);
  const root = cfg.envRepo?.root;
  if (root !== undefined && root.split("/").some((s) => s === "." || s === ".." || s === ".git"))
    problems.add(
      problemAt(
        doc,
        ["envRepo", "root"],
        `envRepo.root "${root}" must be a plain folder path inside the env repo (no ".", ".." or ".git" segments)`,
        "config",
      ),
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
      root: cfg.envRepo?.root ?? "envs",
    },
    kubeVersion,
    environments,
    capabilities: toCapabilitySources(cfg.capabilities ?? ["builtin"]),
    schemas: cfg.schemas ?? [],
    requiredVersion: cfg.requiredVersion,
  };
}

/** The one YAML document of capstan.yaml, which must be a mapping; else the problem is thrown. */
function readConfigMapping(src: SourceFile, problems: Problems): Record<string, unknown> {
  let value: unknown;
  try {
    const docs = parseYamlWithDocs(src.text);
    if (docs.length !== 1) {
      problems.add({
        file: src.file,
        line: docs[1]?.startLine,
        col: 1,
        code: "yaml",
        message: `expected exactly one YAML document, found ${docs.length}`,
      });
      problems.throwIfAny();
    }
    value = docs[0]!.value;
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
      message: "capstan.yaml must be a mapping (apiVersion: capstan.dev/v1alpha1, kind: Config, …)",
    });
    problems.throwIfAny();
  }
  return value as Record<string, unknown>;
}

/** `requiredVersion`: a semver range this capstan must satisfy. */
function requiredVersionProblem(doc: DocRef, required: string | undefined): Problem | undefined {
  if (required === undefined) return undefined;
  const range = parseRange(required);
  if (!range)
    return problemAt(
      doc,
      ["requiredVersion"],
      `"${required}" is not a semver range (e.g. ">=0.1.0 <1")`,
      "config",
    );
  if (!range(parseSemVer(CAPSTAN_VERSION)!))
    return problemAt(
      doc,
      ["requiredVersion"],
      `this repository requires capstan ${required}, but this is capstan ${CAPSTAN_VERSION}`,
      "version",
    );
  return undefined;
}

/** The environments with their defaults (`kubeVersion` the config's unless their own). */
function toEnvironments(raw: Record<string, unknown>[], kubeVersion: string): Environment[] {
  return raw.map((e, index) => ({
    name: e.name as string,
    autoDeploy: (e.autoDeploy as boolean | undefined) ?? false,
    approval: (e.approval as "none" | "pull-request" | undefined) ?? "none",
    promotesFrom: e.promotesFrom as string | undefined,
    verify: gatesOf(e.verify as { statuses?: string[]; minAge?: string } | undefined),
    autoPromote: (e.autoPromote as boolean | undefined) ?? false,
    kubeVersion: (e.kubeVersion as string | undefined) ?? kubeVersion,
    policies: (e.policies as string[] | undefined) ?? [e.name as string],
    namespace: e.namespace as string | undefined,
    branch: e.branch as string | undefined,
    allowLiteralSecrets: (e.allowLiteralSecrets as boolean | undefined) ?? false,
    createNamespaces: (e.createNamespaces as boolean | undefined) ?? false,
    guardrails: (
      (e.guardrails as { type: string; properties?: Record<string, unknown> }[] | undefined) ?? []
    ).map((g, i) => ({ type: g.type, properties: g.properties ?? {}, index: i })),
    index,
  }));
}

/** `capabilities:` entries: `builtin`, a path pack or a git pack. */
function toCapabilitySources(raw: NonNullable<RawConfig["capabilities"]>): CapabilitySourceRef[] {
  return raw.map((c) =>
    c === "builtin"
      ? { kind: "builtin" }
      : typeof c === "object" && c.git
        ? { kind: "git", url: c.git, ref: c.ref!, path: c.path }
        : { kind: "path", path: (c as { path: string }).path },
  );
}

function gatesOf(
  v: { statuses?: string[]; minAge?: string } | undefined,
): PromotionGates | undefined {
  if (!v) return undefined;
  return {
    statuses: v.statuses ?? [],
    ...(v.minAge !== undefined ? { minAge: v.minAge, minAgeMs: durationMs(v.minAge) } : {}),
  };
}

/** `kubeVersion: 1.30` is the YAML number 1.3 — say so rather than "must be string". */
function kubeVersionNumberProblems(doc: DocRef, raw: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const check = (v: unknown, path: (string | number)[]) => {
    if (typeof v !== "number") return;
    const p = problemAt(doc, path, "", "kube-version");
    // The number lost its trailing zero (1.30 → 1.3): quote what the user wrote.
    const raw = p.line
      ? (doc.text.split("\n")[p.line - 1] ?? "").slice((p.col ?? 1) - 1).match(/^[0-9.]+/)?.[0]
      : undefined;
    const written = raw ?? String(v);
    p.message = `kubeVersion ${written} is a YAML number (it reads as ${v}); quote it: kubeVersion: "${written}"`;
    out.push(p);
  };
  check(raw.kubeVersion, ["kubeVersion"]);
  if (Array.isArray(raw.environments))
    raw.environments.forEach((e, i) => {
      if (e && typeof e === "object")
        check((e as Record<string, unknown>).kubeVersion, ["environments", i, "kubeVersion"]);
    });
  return out;
}

function environmentProblems(doc: DocRef, envs: Environment[]): Problem[] {
  const out: Problem[] = [];
  const byName = new Map<string, Environment>();
  for (const e of envs) {
    if (byName.has(e.name))
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "name"],
          `duplicate environment "${e.name}"`,
          "config",
        ),
      );
    byName.set(e.name, e);
  }
  for (const e of envs) {
    if (e.promotesFrom === undefined) {
      for (const key of ["verify", "autoPromote"] as const)
        if (key === "verify" ? e.verify : e.autoPromote)
          out.push(
            problemAt(
              doc,
              ["environments", e.index, key],
              `${key} gates promotion to environment "${e.name}", which has no promotesFrom`,
              "config",
            ),
          );
      continue;
    }
    if (e.autoPromote && e.approval === "pull-request")
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "autoPromote"],
          `environment "${e.name}": autoPromote pushes promotions straight to its branch, approval: pull-request asks for a pull request; choose one`,
          "config",
        ),
      );
    if (!byName.has(e.promotesFrom))
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "promotesFrom"],
          `promotesFrom names unknown environment "${e.promotesFrom}" (environments: ${[...byName.keys()].join(", ")})${didYouMean(e.promotesFrom, byName.keys())}`,
          "config",
        ),
      );
    if (e.autoDeploy)
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "autoDeploy"],
          `environment "${e.name}" is reached by promotion (promotesFrom), so it cannot also be autoDeploy`,
          "config",
        ),
      );
  }
  // promotesFrom cycles
  for (const e of envs) {
    const seen = [e.name];
    let cur = e.promotesFrom;
    while (cur !== undefined) {
      if (cur === e.name) {
        out.push(
          problemAt(
            doc,
            ["environments", e.index, "promotesFrom"],
            `promotesFrom forms a cycle: ${[...seen, cur].join(" → ")}`,
            "config",
          ),
        );
        break;
      }
      if (seen.includes(cur)) break;
      seen.push(cur);
      cur = byName.get(cur)?.promotesFrom;
    }
  }
  const policyOwner = new Map<string, string>();
  for (const e of envs)
    for (const p of e.policies) {
      const other = policyOwner.get(p);
      if (other && other !== e.name)
        out.push(
          problemAt(
            doc,
            ["environments", e.index, "policies"],
            `topology policy "${p}" already means environment "${other}"`,
            "config",
          ),
        );
      policyOwner.set(p, e.name);
    }
  return out;
}
