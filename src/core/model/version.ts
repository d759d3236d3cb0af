/** capstan's own version (a test keeps it equal to package.json's). */
export const CAPSTAN_VERSION = "0.1.0";

/**
 * Where capstan is installed from: this repository on GitHub. The Action is
 * referenced at a release tag (`vX.Y.Z`, or the moving major tag `vX` that
 * scripts/release.mjs moves); the CLI runs with `npx` from the same repository.
 * init, the README and docs/ use exactly these (a test holds them to it).
 */
export const CAPSTAN_REPO = "capstan-dev/capstan";
/** The moving major tag a workflow references, e.g. `v0`. */
export const ACTION_TAG = `v${CAPSTAN_VERSION.split(".")[0]}`;
/** `capstan-dev/capstan@v0`: the `uses:` of every workflow capstan writes or documents. */
export const ACTION_REF = `${CAPSTAN_REPO}@${ACTION_TAG}`;
/** The CLI without cloning: `npx --yes github:capstan-dev/capstan#v0 <command>`. */
export const NPX_CLI = `npx --yes github:${CAPSTAN_REPO}#${ACTION_TAG}`;
