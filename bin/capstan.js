#!/usr/bin/env node
// The CLI runs the same bundled engine the Action does.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
