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
);
