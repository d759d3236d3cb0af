/**
 * A failed git call as the error a user reads: what capstan was doing, what git said
 * (already redacted), and a hint when the remote refused the credentials.
 */
import { ExternalError } from "../../core/common/errors.ts";
import { gitFailureDetail } from "../git-exec.ts";

const AUTH_REFUSED =
  /could not read (Username|Password)|Authentication failed|terminal prompts disabled|\b40[13]\b/i;

export function gitError(what: string, e: unknown): ExternalError {
  const detail = gitFailureDetail(e);
  const auth = AUTH_REFUSED.test(detail)
    ? " — the env repo refused the credentials: check that the token (CAPSTAN_TOKEN, or the Action's token input) is set and may push to this repository"
    : "";
  return new ExternalError(`git: could not ${what}: ${detail}${auth}`);
}
