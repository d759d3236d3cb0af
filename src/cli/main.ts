/**
 * The capstan CLI: parses arguments, runs a command, maps errors to exit
 * status (0 ok, 1 user error, 2 usage, 3 git/GitHub). Never a stack trace for a
 * user mistake.
 */
import { didYouMean } from "../core/common/suggest.ts";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CapstanError, UsageError, UserError } from "../core/common/errors.ts";
import { consoleReporter, type Reporter } from "../flows/shared/reporter.ts";
import { pathCounts, referenceLine, referenceMode } from "../reference-mode.ts";
import type { Command } from "./command.ts";
import { COMMANDS } from "./commands.ts";

const USAGE = `capstan — render OAM Applications through versioned capabilities into GitOps manifests

Usage: capstan <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.split("\n")[0]}`)
  .join("\n")}

Run \`capstan <command> --help\` for a command's options.`;

export async function main(argv: string[], io: { reporter?: Reporter } = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    const { CAPSTAN_VERSION } = await import("../core/model/version.ts");
    process.stdout.write(CAPSTAN_VERSION + "\n");
    return 0;
  }
  const since = pathCounts();
  try {
    return await runCommand(name, rest, io);
  } finally {
    // on stderr even with --quiet: output made on the reference paths says so
    if (referenceMode()) process.stderr.write(referenceLine(since) + "\n");
  }
}

async function runCommand(name: string, rest: string[], io: { reporter?: Reporter }) {
  const cmd: Command | undefined = COMMANDS[name];
  const quiet = rest.includes("--quiet") || rest.includes("-q");
  // a failed run of these says only how many errors: validate and diff write nothing,
  // init reports the files it wrote before the errors
  const writes = !["validate", "diff", "init"].includes(name);
  const reporter = io.reporter ?? consoleReporter({ quiet, writes });
  try {
    if (!cmd)
      throw new UsageError(
        `unknown command "${name}"${didYouMean(name, Object.keys(COMMANDS))}\n\n${USAGE}`,
      );
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: {
          ...cmd.options,
          help: { type: "boolean", short: "h" },
          quiet: { type: "boolean", short: "q" },
        } as ParseArgsConfig["options"],
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw new UsageError(`${(e as Error).message}\n\n${cmd.usage}`);
    }
    if (parsed.values.help) {
      process.stdout.write(cmd.usage + "\n");
      return 0;
    }
    return await cmd.run(
      parsed.values as Record<string, string | boolean | string[] | undefined>,
      parsed.positionals,
      reporter,
    );
  } catch (e) {
    if (e instanceof UserError) {
      reporter.problems(e.problems);
      return 1;
    }
    if (e instanceof CapstanError) {
      process.stderr.write(`error: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
