#!/usr/bin/env node
// The CLI runs the same bundled engine the Action does.
import { main } from "../dist/cli.js";

// `capstan … | head` closes the pipe early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

process.exitCode = await main(process.argv.slice(2));
