/** What a CLI command is (src/cli/commands.ts lists them), and how it reads its option values. */
import type { Reporter } from "../flows/shared/reporter.ts";

export type Values = Record<string, string | boolean | string[] | undefined>;
export type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

export interface Command {
  usage: string;
  options: Record<string, OptionSpec>;
  run(values: Values, positionals: string[], reporter: Reporter): Promise<number>;
}

/** A string option's value, or undefined. */
export const str = (v: Values, k: string): string | undefined =>
  typeof v[k] === "string" ? (v[k] as string) : undefined;

/** A repeatable option's values, each split at commas, trimmed, empty ones dropped. */
export const list = (v: Values, k: string): string[] | undefined => {
  const x = v[k];
  if (x === undefined) return undefined;
  return (Array.isArray(x) ? x : [String(x)])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
};
