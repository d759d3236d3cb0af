/**
 * A minimal LSP client for the real yaml-language-server: spawned over stdio,
 * JSON-RPC with Content-Length framing. Offline: the schema store is disabled,
 * schemas come from `$schema=` modelines with relative paths.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

type Msg = {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
};

const require = createRequire(import.meta.url);

export class YamlLanguageServer {
  private proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Msg) => void>();
  private diags = new Map<string, Diagnostic[]>();
  private waiters: (() => void)[] = [];
  private lastPublish = 0;
  readonly stderr: string[] = [];
  private settings: Record<string, unknown>;

  constructor(settings: Record<string, unknown> = {}) {
    const pkg = require.resolve("yaml-language-server/package.json");
    const bin = join(dirname(pkg), "bin", "yaml-language-server");
    this.proc = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stdout.on("data", (d: Buffer) => this.onData(d));
    this.proc.stderr.on("data", (d: Buffer) => this.stderr.push(d.toString()));
    this.settings = {
      yaml: {
        validate: true,
        hover: false,
        completion: true,
        schemaStore: { enable: false },
        schemas: {},
        ...settings,
      },
    };
  }

  private send(m: Msg & { jsonrpc?: string }): void {
    const body = JSON.stringify({ jsonrpc: "2.0", ...m });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) =>
        m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T),
      );
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const sep = this.buf.indexOf("\r\n\r\n");
      if (sep < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, sep).toString());
      if (!m) throw new Error("LSP: no Content-Length");
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString()) as Msg;
      this.buf = this.buf.subarray(sep + 4 + len);
      this.handle(msg);
    }
  }

  private handle(m: Msg): void {
    if (m.method && m.id !== undefined) {
      // A request from the server.
      let result: unknown = null;
      if (m.method === "workspace/configuration") {
        const items = (m.params as { items: { section?: string }[] }).items;
        result = items.map((i) =>
          i.section
            ? ((this.settings as Record<string, unknown>)[i.section.split(".")[0]!] ?? null)
            : this.settings,
        );
      }
      this.send({ id: m.id, result });
      return;
    }
    if (m.method === "textDocument/publishDiagnostics") {
      const p = m.params as { uri: string; diagnostics: Diagnostic[] };
      this.diags.set(p.uri, p.diagnostics);
      this.lastPublish = Date.now();
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    if (m.id !== undefined && typeof m.id === "number") {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    }
  }

  async start(rootDir: string): Promise<void> {
    const rootUri = pathToFileURL(rootDir).href;
    await this.request("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "root" }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: false } },
      },
      initializationOptions: {},
    });
    this.notify("initialized", {});
    this.notify("workspace/didChangeConfiguration", { settings: this.settings });
  }

  /** Opens the files and waits until each has diagnostics and the server went quiet. */
  async diagnose(
    files: string[],
    quietMs = 400,
    timeoutMs = 20000,
  ): Promise<Map<string, Diagnostic[]>> {
    const uris = files.map((f) => pathToFileURL(f).href);
    files.forEach((f, i) =>
      this.notify("textDocument/didOpen", {
        textDocument: {
          uri: uris[i],
          languageId: "yaml",
          version: 1,
          text: readFileSync(f, "utf8"),
        },
      }),
    );
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = uris.every((u) => this.diags.has(u));
      if (all && Date.now() - this.lastPublish >= quietMs) break;
      if (Date.now() > deadline)
        throw new Error(`LSP: no diagnostics in ${timeoutMs} ms; stderr: ${this.stderr.join("")}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    return new Map(files.map((f, i) => [f, this.diags.get(uris[i]!)!]));
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request("shutdown", null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify("exit", null);
    } finally {
      await new Promise<void>((r) => {
        if (this.proc.exitCode !== null) return r();
        const t = setTimeout(() => {
          this.proc.kill();
          r();
        }, 2000);
        this.proc.on("exit", () => {
          clearTimeout(t);
          r();
        });
      });
    }
  }
}
