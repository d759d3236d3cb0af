import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  builtinPackDir,
  readPack
} from "./chunk-FCP2IWXA.js";
import {
  Registry,
  loadPack
} from "./chunk-3427PZOU.js";
import {
  compareSemVer
} from "./chunk-DFIP6AYO.js";
import {
  UserError
} from "./chunk-N5T7JROX.js";

// src/tools/capability-docs.ts
import { basename, dirname } from "node:path";
function builtinRegistry() {
  const problems = [];
  const pack = loadPack(readPack(builtinPackDir(), "builtin", "<builtin>/", problems));
  problems.push(...pack.problems);
  if (problems.length) throw new UserError(problems);
  return new Registry([pack.capabilities]);
}
function listCapabilities(registry) {
  const rows = [];
  const kinds = ["ComponentType", "Trait", "Policy"];
  const versions = (n) => registry.versions(n).map((v) => v.version).join(", ");
  const width = Math.max(
    14,
    ...kinds.flatMap((k) => registry.names(k).map((n) => versions(n).length))
  );
  for (const kind of kinds) {
    const names = registry.names(kind);
    if (!names.length) continue;
    rows.push(
      `${kind === "ComponentType" ? "Component types" : kind === "Trait" ? "Traits" : "Policies"}:`
    );
    for (const n of names) {
      const vs = registry.versions(n);
      const first = clip(vs[0].description.split("\n")[0] ?? "", 90);
      rows.push(`  ${n.padEnd(26)} ${versions(n).padEnd(width + 1)} ${first}`);
    }
  }
  return rows.join("\n") + "\n";
}
function typeOf(s) {
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(" \\| ");
  if (Array.isArray(s.type)) return s.type.join(" \\| ");
  if (typeof s.type === "string") {
    if (s.type === "array" && s.items && typeof s.items === "object")
      return `array of ${typeOf(s.items)}`;
    return s.type;
  }
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf))
    return (s.oneOf ?? s.anyOf).map(typeOf).join(" \\| ");
  return "any";
}
function parameterRows(schema, prefix = "", depth = 0) {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const rows = [];
  for (const [k, s] of Object.entries(props)) {
    const name = prefix + k;
    rows.push({
      name,
      type: typeOf(s),
      required: required.has(k),
      default: s.default === void 0 ? "" : JSON.stringify(s.default),
      description: String(s.description ?? "").replace(/\s+/g, " ").trim()
    });
    if (depth < 2) {
      if (s.type === "object" && s.properties)
        rows.push(...parameterRows(s, `${name}.`, depth + 1));
      const items = s.items;
      if (s.type === "array" && items?.properties)
        rows.push(...parameterRows(items, `${name}[].`, depth + 1));
    }
  }
  return rows;
}
function exampleApplication(c) {
  const first = [...c.tests.keys()].sort()[0];
  const text = first === void 0 ? void 0 : c.tests.get(first)?.get("app.yaml");
  if (text === void 0) return void 0;
  const body = text.replace(/\r\n?/g, "\n").split("\n").filter((l) => !/^\s*#/.test(l)).join("\n").trim();
  return body + "\n";
}
function capabilityMarkdown(c, opts = {}) {
  const lines = [`### ${c.name}@${c.version} (${c.kind})`, ""];
  if (opts.versions) lines.push(`Versions: ${opts.versions.map((v) => `\`${v}\``).join(", ")}`, "");
  lines.push(c.description.trim(), "");
  if (c.workload) lines.push(`Workload: \`${c.workload.apiVersion} ${c.workload.kind}\``, "");
  if (c.kind !== "ComponentType")
    lines.push(
      `Applies to: ${c.appliesTo.map((a) => `\`${a}\``).join(", ")}${c.conflictsWith.length ? `; conflicts with: ${c.conflictsWith.map((a) => `\`${a}\``).join(", ")}` : ""}`,
      ""
    );
  if (c.emits.length)
    lines.push(`Emits: ${c.emits.map((e) => `\`${e.apiVersion} ${e.kind}\``).join(", ")}`, "");
  const rows = parameterRows(c.parameters);
  if (rows.length) {
    lines.push("| parameter | type | required | default | description |", "|---|---|---|---|---|");
    for (const r of rows)
      lines.push(
        `| \`${r.name}\` | ${r.type} | ${r.required ? "yes" : ""} | ${r.default ? `\`${r.default.replace(/\|/g, "\\|")}\`` : ""} | ${r.description.replace(/\|/g, "\\|")} |`
      );
  } else lines.push("No parameters.");
  const example = opts.example ? exampleApplication(c) : void 0;
  if (example) lines.push("", "Example:", "", "```yaml", example.trimEnd(), "```");
  return lines.join("\n") + "\n";
}
var KIND_TITLES = [
  ["ComponentType", "Component types"],
  ["Trait", "Traits"],
  ["Policy", "Environment policies"]
];
function clip(text, max) {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(-]+$/, "") + "\u2026";
}
function firstSentence(text) {
  const t = text.replace(/\s+/g, " ").trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  return (m ? m[1] : t).replace(/\|/g, "\\|");
}
function referenceMarkdown(caps, opts) {
  const byName = /* @__PURE__ */ new Map();
  for (const c of caps) byName.set(c.name, [...byName.get(c.name) ?? [], c]);
  for (const list of byName.values())
    list.sort((a, b) => a.version === b.version ? 0 : compareSemVer(b.semver, a.semver));
  const names = [...byName.keys()].sort();
  const out = [`# ${opts.title}`, ""];
  if (opts.intro) out.push(opts.intro.trim(), "");
  for (const [kind, title] of KIND_TITLES) {
    const ns = names.filter((n) => byName.get(n)[0].kind === kind);
    if (!ns.length) continue;
    out.push(`## ${title}`, "", "| name | versions | description |", "|---|---|---|");
    for (const n of ns) {
      const vs = byName.get(n);
      out.push(
        `| [${n}](#${n}) | ${vs.map((v) => v.version).join(", ")} | ${firstSentence(vs[0].description)} |`
      );
    }
    out.push("");
  }
  for (const [kind, title] of KIND_TITLES) {
    const ns = names.filter((n) => byName.get(n)[0].kind === kind);
    if (!ns.length) continue;
    out.push(`## ${title}: reference`, "");
    for (const n of ns) {
      const vs = byName.get(n);
      out.push(
        `<a id="${n}"></a>`,
        "",
        capabilityMarkdown(vs[0], { versions: vs.map((v) => v.version), example: true })
      );
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
function builtinReference(registry = builtinRegistry()) {
  return referenceMarkdown(registry.all(), {
    title: "Built-in capabilities",
    intro: `<!-- Generated by \`npm run generate\` from capabilities/; do not edit. -->

Every capability capstan ships, generated from each capability's \`capability.yaml\`
(JSON Schema of its parameters) and its first golden case. Use a type as
\`type: <name>\` (highest stable version, or the locked one), \`<name>@1\` (latest 1.x)
or \`<name>@1.0.0\` (exact). How to write your own: [writing-capabilities.md](writing-capabilities.md).`
  });
}
function showCapability(registry, ref) {
  const [name, version] = ref.split("@");
  const vs = registry.versions(name);
  if (!vs.length)
    throw new UserError([
      {
        code: "unknown-capability",
        message: `unknown capability "${name}"; available: ${registry.names().join(", ")}`
      }
    ]);
  const pick = version ? vs.filter(
    (v) => v.version === version || v.version.startsWith(version.replace(/^v/, "") + ".")
  ) : [vs[0]];
  if (!pick.length)
    throw new UserError([
      {
        code: "unknown-capability",
        message: `${ref} does not exist; versions: ${vs.map((v) => v.version).join(", ")}`
      }
    ]);
  return `versions: ${vs.map((v) => v.version).join(", ")} (source: ${vs[0].source})

` + capabilityMarkdown(pick[0], { example: true });
}
async function capabilityDocs(dir, registryFor) {
  if (dir) {
    const problems = [];
    const pack = loadPack(readPack(dir, `path:${dir}`, dir.replace(/\/?$/, "/"), problems));
    problems.push(...pack.problems);
    if (problems.length) throw new UserError(problems);
    return referenceMarkdown(pack.capabilities, {
      title: `Capabilities in ${basename(dir) === "capabilities" ? basename(dirname(dir)) : basename(dir)}`,
      intro: `<!-- Generated by \`capstan capabilities docs\`; do not edit. -->`
    });
  }
  const registry = await registryFor();
  const own = registry.all().filter((c) => c.source !== "builtin");
  if (!own.length) return builtinReference(registry);
  return referenceMarkdown(own, {
    title: "Capabilities",
    intro: `<!-- Generated by \`capstan capabilities docs\`; do not edit. -->

This repository's own capabilities (built-ins are documented in capstan's docs/capabilities.md).`
  });
}

export {
  builtinRegistry,
  listCapabilities,
  parameterRows,
  exampleApplication,
  capabilityMarkdown,
  clip,
  referenceMarkdown,
  builtinReference,
  showCapability,
  capabilityDocs
};
