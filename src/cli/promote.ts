/** `capstan promote`: the CLI side of the promotion flow. */
import { tokenFromEnv } from "./render-repo.ts";
import { promote, promoteLines, type PromoteOptions } from "../flows/promote/promote.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

export async function promoteCli(
  opts: Omit<PromoteOptions, "token" | "github">,
  tokenEnv: string | undefined,
  reporter: Reporter,
): Promise<number> {
  const t0 = performance.now();
  const r = await promote(
    {
      ...opts,
      token: tokenFromEnv(tokenEnv),
      github: {
        apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
        serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com",
      },
    },
    reporter,
  );
  for (const line of promoteLines(r)) reporter.info(line);
  const verb =
    r.status === "nothing-to-promote"
      ? "nothing to promote"
      : r.pushed
        ? `pushed ${r.branch}`
        : r.mode === "in-place"
          ? `committed ${r.branch} in place`
          : "dry run, nothing pushed";
  reporter.info(`${r.envRepo}: ${verb} in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  return 0;
}
