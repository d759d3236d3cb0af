#!/usr/bin/env node
// The CLI runs the same bundled engine the Action does.
import module from "node:module";

// V8's code cache on disk (Node ≥ 22.1; docs/performance.md, "Start-up"): a second run skips
// compiling the bundle. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as does reference mode.
if (process.env.CAPSTAN_REFERENCE !== "1") {
  const cache = module.enableCompileCache?.();
  // the write worker reads the variable (it inherits this process's environment), not the call
  if (cache?.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
}
const { main } = await import("../dist/cli.js");

// `capstan … | head` closes the pipe early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

process.exitCode = await main(process.argv.slice(2));
