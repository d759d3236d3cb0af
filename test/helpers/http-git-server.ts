/**
 * A smart-HTTP git server for tests: `git http-backend` (CGI) behind `node:http`
 * on 127.0.0.1, serving the bare repositories under one folder and requiring HTTP
 * Basic auth with a given token. Every request is recorded (method, url,
 * Authorization header) so tests can assert which credentials were sent.
 */
import { spawn } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { git } from "./git.ts";

export interface RecordedGitRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  status: number;
}

export interface HttpGitServer {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  /** `http://127.0.0.1:PORT/<name>` for a bare repo `<root>/<name>`. */
  urlFor(name: string): string;
  requests: RecordedGitRequest[];
  close(): Promise<void>;
}

export interface HttpGitServerOptions {
  /** Folder of bare repositories (GIT_PROJECT_ROOT). */
  root: string;
  /** The password (any user name) every request must carry. */
  token: string;
}

export async function startHttpGitServer(opts: HttpGitServerOptions): Promise<HttpGitServer> {
  const execPath = await git(opts.root, "--exec-path");
  const backend = path.join(execPath, "git-http-backend");
  const requests: RecordedGitRequest[] = [];

  const server = http.createServer((req, res) => {
    const authorization = req.headers.authorization;
    const record: RecordedGitRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      authorization,
      status: 0,
    };
    requests.push(record);
    res.on("finish", () => {
      record.status = res.statusCode;
    });

    const user = basicUser(authorization, opts.token);
    if (user === undefined) {
      req.resume();
      res.writeHead(401, {
        "WWW-Authenticate": 'Basic realm="capstan-test"',
        "Content-Type": "text/plain",
      });
      res.end("authentication required\n");
      return;
    }

    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: opts.root,
      GIT_HTTP_EXPORT_ALL: "1",
      GIT_CONFIG_NOSYSTEM: "1",
      REMOTE_USER: user,
      REMOTE_ADDR: "127.0.0.1",
      GATEWAY_INTERFACE: "CGI/1.1",
      SERVER_PROTOCOL: "HTTP/1.1",
      REQUEST_METHOD: req.method ?? "GET",
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ""),
      CONTENT_TYPE: req.headers["content-type"] ?? "",
    };
    if (req.headers["content-length"] !== undefined)
      env.CONTENT_LENGTH = req.headers["content-length"];
    if (req.headers["content-encoding"] !== undefined)
      env.HTTP_CONTENT_ENCODING = req.headers["content-encoding"];
    const protocol = req.headers["git-protocol"];
    if (typeof protocol === "string") env.GIT_PROTOCOL = protocol;

    const child = spawn(backend, [], { env, stdio: ["pipe", "pipe", "pipe"] });
    req.pipe(child.stdin);
    child.stdin.on("error", () => undefined);
    child.stderr.resume();

    // Parse the CGI header block, then stream the body through.
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = headerEnd(head);
      if (!end) return;
      headersDone = true;
      const headerText = head.subarray(0, end.index).toString("latin1");
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of headerText.split(/\r?\n/)) {
        const i = line.indexOf(":");
        if (i < 0) continue;
        const name = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 200;
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end.index + end.length));
    });
    child.stdout.on("end", () => {
      if (!headersDone) res.writeHead(502);
      res.end();
    });
    child.on("error", () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    urlFor: (name) => `${baseUrl}/${name}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** The user name of valid Basic credentials for `token`, else undefined. */
function basicUser(header: string | undefined, token: string): string | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? "");
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 0 || decoded.slice(i + 1) !== token) return undefined;
  return decoded.slice(0, i) || "git";
}

function headerEnd(buf: Buffer): { index: number; length: number } | undefined {
  const crlf = buf.indexOf("\r\n\r\n");
  const lf = buf.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { index: crlf, length: 4 };
  if (lf >= 0) return { index: lf, length: 2 };
  return undefined;
}
