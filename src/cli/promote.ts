/** `capstan promote`: the CLI side of the promotion flow (one target, or a fan-out). */
import { tokenFromEnv } from "./render-repo.ts";
import { promoteLines, type PromoteResult } from "../flows/promote/promote.ts";
import { promoteFanOut, type FanOutOptions } from "../flows/promote/fan-out.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

export async function promoteCli(
  opts: Omit<FanOutOptions, "token" | "github">,
  tokenEnv: string | undefined,
  reporter: Reporter,
): Promise<number> {
  const t0 = performance.now();
  const results = await promoteFanOut(
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
  for (const r of results) for (const line of promoteLines(r)) reporter.info(line);
  const secs = ((performance.now() - t0) / 1000).toFixed(2);
  reporter.info(`${results[0]?.envRepo ?? ""}: ${results.map(verb).join("; ")} in ${secs} s`);
  return 0;
}

function verb(r: PromoteResult): string {
  const what =
    r.status === "nothing-to-promote"
      ? "nothing to promote"
      : r.status === "unverified"
        ? "not verified, nothing promoted"
        : r.direct
          ? `pushed ${r.base} (autoPromote)`
          : r.pushed
            ? `pushed ${r.branch}`
            : r.mode === "in-place"
              ? `committed ${r.branch} in place`
              : "dry run, nothing pushed";
  return what;
}
