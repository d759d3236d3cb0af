/** `capstan capabilities list|show` and the generated reference: a capability's parameters as a table. */
import { UserError } from "../core/errors.ts";
import { Registry } from "../core/capabilities/registry.ts";
import { loadPack } from "../core/capabilities/load.ts";
import type { Capability } from "../core/capabilities/types.ts";
import { builtinPackDir, readPack } from "../adapters/source-files.ts";
import type { Problem } from "../core/errors.ts";

export function builtinRegistry(): Registry {
  const problems: Problem[] = [];
  const pack = loadPack(readPack(builtinPackDir(), "builtin", "<builtin>/", problems));
  problems.push(...pack.problems);
  if (problems.length) throw new UserError(problems);
  return new Registry([pack.capabilities]);
}

export function listCapabilities(registry: Registry): string {
  const rows: string[] = [];
  for (const kind of ["ComponentType", "Trait", "Policy"] as const) {
    const names = registry.names(kind);
    if (!names.length) continue;
    rows.push(
      `${kind === "ComponentType" ? "Component types" : kind === "Trait" ? "Traits" : "Policies"}:`,
    );
    for (const n of names) {
      const vs = registry.versions(n);
      const first = (vs[0]!.description.split("\n")[0] ?? "").slice(0, 90);
      rows.push(
        `  ${n.padEnd(26)} ${vs
          .map((v) => v.version)
          .join(", ")
          .padEnd(14)} ${first}`,
      );
    }
  }
  return rows.join("\n") + "\n";
}

interface Row {
  name: string;
  type: string;
  required: boolean;
  default: string;
  description: string;
}

function typeOf(s: Record<string, unknown>): string {
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(" \\| ");
  if (Array.isArray(s.type)) return s.type.join(" \\| ");
  if (typeof s.type === "string") {
    if (s.type === "array" && s.items && typeof s.items === "object")
      return `array of ${typeOf(s.items as Record<string, unknown>)}`;
    return s.type;
  }
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf))
    return ((s.oneOf ?? s.anyOf) as Record<string, unknown>[]).map(typeOf).join(" \\| ");
  return "any";
}

/** Flattened parameter rows: nested object properties as `a.b`, list items as `a[].b`. */
export function parameterRows(schema: Record<string, unknown>, prefix = "", depth = 0): Row[] {
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows: Row[] = [];
  for (const [k, s] of Object.entries(props)) {
    const name = prefix + k;
    rows.push({
      name,
      type: typeOf(s),
      required: required.has(k),
      default: s.default === undefined ? "" : JSON.stringify(s.default),
      description: String(s.description ?? "")
        .replace(/\s+/g, " ")
        .trim(),
    });
    if (depth < 2) {
      if (s.type === "object" && s.properties)
        rows.push(...parameterRows(s, `${name}.`, depth + 1));
      const items = s.items as Record<string, unknown> | undefined;
      if (s.type === "array" && items?.properties)
        rows.push(...parameterRows(items, `${name}[].`, depth + 1));
    }
  }
  return rows;
}

export function capabilityMarkdown(c: Capability): string {
  const lines = [`### ${c.name}@${c.version} (${c.kind})`, "", c.description.trim(), ""];
  if (c.workload) lines.push(`Workload: \`${c.workload.apiVersion} ${c.workload.kind}\``, "");
  if (c.kind !== "ComponentType")
    lines.push(
      `Applies to: ${c.appliesTo.map((a) => `\`${a}\``).join(", ")}${c.conflictsWith.length ? `; conflicts with: ${c.conflictsWith.map((a) => `\`${a}\``).join(", ")}` : ""}`,
      "",
    );
  if (c.emits.length)
    lines.push(`Emits: ${c.emits.map((e) => `\`${e.apiVersion} ${e.kind}\``).join(", ")}`, "");
  const rows = parameterRows(c.parameters);
  if (rows.length) {
    lines.push("| parameter | type | required | default | description |", "|---|---|---|---|---|");
    for (const r of rows)
      lines.push(
        `| \`${r.name}\` | ${r.type} | ${r.required ? "yes" : ""} | ${r.default ? `\`${r.default.replace(/\|/g, "\\|")}\`` : ""} | ${r.description.replace(/\|/g, "\\|")} |`,
      );
  } else lines.push("No parameters.");
  return lines.join("\n") + "\n";
}

export function showCapability(registry: Registry, ref: string): string {
  const [name, version] = ref.split("@");
  const vs = registry.versions(name!);
  if (!vs.length)
    throw new UserError([
      {
        code: "unknown-capability",
        message: `unknown capability "${name}"; available: ${registry.names().join(", ")}`,
      },
    ]);
  const pick = version
    ? vs.filter(
        (v) => v.version === version || v.version.startsWith(version.replace(/^v/, "") + "."),
      )
    : [vs[0]!];
  if (!pick.length)
    throw new UserError([
      {
        code: "unknown-capability",
        message: `${ref} does not exist; versions: ${vs.map((v) => v.version).join(", ")}`,
      },
    ]);
  return (
    `versions: ${vs.map((v) => v.version).join(", ")} (source: ${vs[0]!.source})\n\n` +
    capabilityMarkdown(pick[0]!)
  );
}
