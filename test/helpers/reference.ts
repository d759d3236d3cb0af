/** For tests of a fast path itself, which reference mode turns off (docs/reference-mode.md). */
import { referenceMode } from "../../src/reference-mode.ts";

export const FAST_PATH_ONLY = {
  skip: referenceMode() ? "tests a fast path, which CAPSTAN_REFERENCE=1 turns off" : false,
};
