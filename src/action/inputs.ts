/** The Action's inputs, read once at the edge into one typed object. */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { UsageError } from "../core/errors.ts";

export type ActionCommand = "render" | "preview" | "promote" | "validate";

export interface Inputs {
  command: ActionCommand;
  source: string;
  sourceRepo?: string;
  sourceCommit?: string;
  environments?: string[];
  frozen: boolean;
  token?: string;
  /** values to mask in every log line */
  secrets: string[];
}

const COMMANDS: ActionCommand[] = ["render", "preview", "promote", "validate"];

export function readInputs(): Inputs {
  const command = (core.getInput("command") || "render") as ActionCommand;
  if (!COMMANDS.includes(command))
    throw new UsageError(`input command: "${command}" is not one of ${COMMANDS.join(", ")}`);
  const token = core.getInput("token") || undefined;
  const envs = core.getInput("environments");
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    command,
    source: resolve(workspace, core.getInput("source") || "."),
    sourceRepo: process.env.GITHUB_REPOSITORY || undefined,
    sourceCommit: process.env.GITHUB_SHA || undefined,
    environments: envs ? envs.split(/[\s,]+/).filter(Boolean) : undefined,
    frozen: (core.getInput("frozen") || "true") === "true",
    token,
    secrets: token ? [token] : [],
  };
}
