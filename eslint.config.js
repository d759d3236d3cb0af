import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/**", "node_modules/**", "src/generated/**", "out/**", ".bench/**", ".cache/**"],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The size rules of docs/architecture.md ("The rules"), in physical lines (blank and
    // comment lines count). The folder rule is scripts/check-folders.mjs.
    files: ["src/**/*.ts"],
    rules: {
      "max-lines": ["error", { max: 600 }],
      "max-lines-per-function": ["error", { max: 100 }],
    },
  },
  {
    // Still over the size rules, being split with the planning and promotion performance
    // work (issue 16); remove this exemption with that split.
    files: ["src/core/plan/plan.ts", "src/flows/promote/promote.ts"],
    rules: { "max-lines": "off", "max-lines-per-function": "off" },
  },
);
