// The layer rules of docs/architecture.md, checked by `npm run lint` (dependency-cruiser).
// Type-only imports count: a cycle through `import type` is still a cycle.
const layer = (name) => `^src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-cycles",
      comment: "No import cycles in src/, type-only imports included (docs/architecture.md).",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      comment: "src/core/ imports no adapter, flow, writer, tool, CLI or Action.",
      severity: "error",
      from: { path: layer("core") },
      to: { path: "^src/(adapters|flows|writer|tools|cli|action)/" },
    },
    {
      name: "leaves-stay-leaves",
      comment:
        "src/yaml/ and src/kube/ import nothing of capstan but the reference-mode switch and src/generated/.",
      severity: "error",
      from: { path: "^src/(yaml|kube)/" },
      to: { path: "^src/", pathNot: ["^src/(yaml|kube|generated)/", "^src/reference-mode\\.ts$"] },
    },
    {
      name: "generated-is-a-leaf",
      comment: "src/generated/ (npm run generate) imports packages only.",
      severity: "error",
      from: { path: layer("generated") },
      to: { path: "^src/", pathNot: layer("generated") },
    },
    {
      name: "reference-mode-is-a-leaf",
      severity: "error",
      from: { path: "^src/reference-mode\\.ts$" },
      to: { path: "^src/" },
    },
    {
      name: "adapters-below-flows",
      comment: "src/adapters/ imports no flow, tool, CLI or Action.",
      severity: "error",
      from: { path: layer("adapters") },
      to: { path: "^src/(flows|tools|cli|action)/" },
    },
    {
      name: "writer-below-flows",
      comment: "src/writer/ imports no adapter, flow, tool, CLI or Action.",
      severity: "error",
      from: { path: layer("writer") },
      to: { path: "^src/(adapters|flows|tools|cli|action)/" },
    },
    {
      name: "flows-no-edges",
      comment: "src/flows/ imports no CLI, Action or tool.",
      severity: "error",
      from: { path: layer("flows") },
      to: { path: "^src/(cli|action|tools)/" },
    },
    {
      name: "tools-no-edges",
      comment: "src/tools/ imports no CLI or Action.",
      severity: "error",
      from: { path: layer("tools") },
      to: { path: "^src/(cli|action)/" },
    },
    {
      name: "edges-apart",
      comment: "The CLI and the Action are two edges: neither imports the other.",
      severity: "error",
      from: { path: "^src/(cli|action)/" },
      to: { path: "^src/(cli|action)/", pathNot: ["^src/$1/"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.json$" },
  },
};
