/** The GitHub Action's entry point: everything happens in run(). */
import { run } from "./action/run.ts";

await run();
