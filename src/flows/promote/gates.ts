/**
 * The gates of one promotion run: `to`'s `verify` read once per `from` tip through the
 * env repo's GitHub API. Gates with no API to read them from (a local or non-GitHub env
 * repo, no token) are an error — unless `--force`, when they are recorded as not checked.
 */
import type { GitHubApi } from "../../adapters/github.ts";
import type { Config, Environment } from "../../core/model/config.ts";
import { UserError } from "../../core/common/errors.ts";
import { problemAt } from "../../core/model/located.ts";
import { checkGates, type Verification } from "./verify.ts";

export class Gates {
  private readonly cache = new Map<string, Promise<Verification>>();

  constructor(
    private readonly ctx: { config: Config; from: Environment; to: Environment },
    private readonly api: () => GitHubApi | undefined,
    private readonly opts: { force?: boolean; now?: () => number },
  ) {}

  /** `to`'s verdict for `from` at branch tip `fromTip`; undefined when `to` has no gates. */
  check(fromTip: string): Promise<Verification> | undefined {
    const gates = this.ctx.to.verify;
    if (!gates) return undefined;
    let p = this.cache.get(fromTip);
    if (!p) this.cache.set(fromTip, (p = this.read(fromTip)));
    return p;
  }

  private async read(fromTip: string): Promise<Verification> {
    const { config, from, to } = this.ctx;
    const gh = this.api();
    if (!gh) {
      const why =
        "the env repo's commit statuses are read through the GitHub API; the env repo is not on GitHub or no token was given";
      if (!this.opts.force)
        throw new UserError([
          {
            ...problemAt(
              config.doc,
              ["environments", to.index, "verify"],
              `environment "${to.name}" is gated (verify), but ${why}; pass --force (input force) to promote without verification`,
              "verify-needs-github",
            ),
            env: to.name,
          },
        ]);
      return { from: from.name, to: to.name, verified: false, gates: [], unchecked: why };
    }
    return checkGates(gh, {
      from: from.name,
      to: to.name,
      gates: to.verify!,
      folder: `${config.envRepo.root}/${from.name}`,
      tip: fromTip,
      now: (this.opts.now ?? Date.now)(),
    });
  }
}
