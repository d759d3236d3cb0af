/**
 * The bench's smart-HTTP git server, in its own process (the bench runs capstan with
 * spawnSync, which blocks its own event loop): `git http-backend` behind node:http, with
 * the token test/helpers/http-git-server.ts checks. Writes the port to argv[3], then
 * serves until killed.
 */
import { writeFileSync } from "node:fs";
import { startHttpGitServer } from "../test/helpers/http-git-server.ts";

const [root, portFile, token] = process.argv.slice(2);
if (!root || !portFile || !token) throw new Error("usage: git-http-serve ROOT PORTFILE TOKEN");
const server = await startHttpGitServer({ root, token });
writeFileSync(portFile, new URL(server.urlFor("x")).port);
