/**
 * The env-repo scenarios of `npm run bench` (issue 17): `render --env-repo URL --push`
 * and `promote --apps … --push` against a bare env repo holding N apps × 3 environments
 * (dev and staging auto-deployed, production by promotion), over file:// (with
 * `uploadpack.allowFilter`, so the blob-less path is the one measured) and one scenario
 * over smart HTTP (`git http-backend` behind node:http, token as a header). Beside them,
 * the O(repo) baseline: `git clone --depth 1` of the same repository, with its checkout
 * (into tmpfs when there is one, see timeClone). Each capstan run
 * is a cold CLI process; git processes are counted with GIT_TRACE2 (top-level only).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appFile, appName, appYaml, configYaml, generate } from "./generate.ts";

export interface EnvRun {
  wall: number;
  cpu: number;
  rssMb: number;
  stdout: string;
  stderr: string;
}

export interface EnvBenchContext {
  work: string;
  runs: number;
  /** Runs the CLI cold (bench/run.ts `capstan`), with extra environment. */
  capstan: (args: string[], cwd: string, env?: Record<string, string>) => EnvRun;
  git: (cwd: string, ...args: string[]) => void;
  log: (s: string) => void;
}

export interface EnvRow {
  scenario: string;
  wall: number;
  cpu: number;
  rss: number;
  files: string;
  note?: string;
}

const TOKEN = "bench-token-0123456789";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The bench corpus with staging auto-deployed too (two by push, production by promotion). */
function corpus(dir: string, apps: number, ctx: EnvBenchContext): void {
  generate(dir, apps);
  writeFileSync(
    join(dir, "capstan.yaml"),
    configYaml()
      .replace("  - name: dev\n", "  - name: dev\n    autoDeploy: true\n")
      .replace("    promotesFrom: dev\n", "    autoDeploy: true\n"),
  );
  ctx.git(dir, "init", "-q", "-b", "main");
  ctx.git(dir, "add", "-A");
  ctx.git(dir, "commit", "-q", "-m", "corpus");
}

/** Git processes a run started itself (GIT_TRACE2 `start` events whose session has no parent). */
function gitProcesses(traceFile: string): number {
  if (!existsSync(traceFile)) return 0;
  const lines = readFileSync(traceFile, "utf8").split("\n").filter(Boolean);
  rmSync(traceFile, { force: true });
  return lines
    .map((l) => JSON.parse(l) as { event?: string; sid?: string })
    .filter((e) => e.event === "start" && !e.sid?.includes("/")).length;
}

/**
 * One `git clone --depth 1` of the env branch, with its checkout. Into tmpfs when the
 * machine has one: the clone writes every file of the repo (18,000 at 1,000 apps), and on
 * this disk creating and deleting that many files slows the runs after it for minutes.
 */
function timeClone(url: string, dest: string, env: Record<string, string> = {}): number {
  const into = existsSync("/dev/shm") ? mkdtempSync("/dev/shm/capstan-bench-clone-") : dest;
  const target = join(into, "clone");
  rmSync(target, { recursive: true, force: true });
  const t0 = performance.now();
  // --branch: the bare repo's HEAD names `master` (git init --bare), so a plain clone would
  // check out nothing and time only the fetch
  const args = ["clone", "-q", "--depth", "1", "--no-tags", "--branch", "main", url, target];
  const r = spawnSync("git", args, {
    env: { ...process.env, ...env },
  });
  const wall = (performance.now() - t0) / 1000;
  if (into !== dest) rmSync(into, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`git clone ${url}: ${r.stderr}`);
  return wall;
}

/**
 * Scenarios at `apps` apps; `http` adds the smart-HTTP row and the clone baseline over HTTP.
 * `oneApp` runs one more one-app change afterwards (for `pairedScaling`).
 */
export function envRepoScenarios(
  ctx: EnvBenchContext,
  apps: number,
  http: boolean,
): { rows: EnvRow[]; oneApp: () => EnvRun } {
  const dir = join(ctx.work, `env-${apps}`);
  mkdirSync(dir, { recursive: true });
  const src = join(dir, "src");
  const bare = join(dir, "deploy.git");
  corpus(src, apps, ctx);
  ctx.git(dir, "init", "-q", "--bare", bare);
  ctx.git(bare, "config", "uploadpack.allowFilter", "true");
  const url = `file://${bare}`;
  const trace = join(dir, "trace.json");
  const run = (args: string[], env: Record<string, string> = {}) =>
    ctx.capstan([...args, "--source", src, "--source-repo", "acme/src"], dir, {
      GIT_TRACE2_EVENT: trace,
      ...env,
    });
  const render = (u = url, env: Record<string, string> = {}) =>
    run(["render", "--env-repo", u, "--push"], env);
  const promoteOne = () =>
    run([
      "promote",
      "--env-repo",
      url,
      "--from",
      "staging",
      "--to",
      "production",
      "--apps",
      appName(0),
      "--push",
    ]);

  ctx.log(`env repo, ${apps} apps: initial render and full promotion (setup)…`);
  const initial = render();
  const initialProcs = gitProcesses(trace);
  run(["promote", "--env-repo", url, "--from", "staging", "--to", "production", "--push"]);
  ctx.git(
    bare,
    "update-ref",
    "refs/heads/main",
    "refs/heads/capstan/promote/staging-to-production",
  );
  gitProcesses(trace);
  const files = spawnSync("git", ["ls-tree", "-r", "--name-only", "main"], {
    cwd: bare,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  })
    .stdout.split("\n")
    .filter(Boolean).length;

  const rows: EnvRow[] = [];
  const row = (scenario: string, rs: EnvRun[], procs: number[], note?: string) =>
    rows.push({
      scenario,
      wall: median(rs.map((r) => r.wall)),
      cpu: median(rs.map((r) => r.cpu)),
      rss: median(rs.map((r) => r.rssMb)),
      files: "–",
      note: `${note ? `${note}; ` : ""}${median(procs)} git processes`,
    });

  const same: EnvRun[] = [];
  const sameProcs: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    same.push(render());
    sameProcs.push(gitProcesses(trace));
  }
  const one: EnvRun[] = [];
  const oneProcs: number[] = [];
  const prom: EnvRun[] = [];
  const promProcs: number[] = [];
  let changes = 0;
  const changeOne = (): EnvRun => {
    writeFileSync(join(src, appFile(0)), appYaml(0, changes % 2 === 0 ? 1 : 2));
    ctx.git(src, "commit", "-q", "-am", `app 0 variant ${changes++}`);
    return render();
  };
  for (let i = 0; i < ctx.runs; i++) {
    one.push(changeOne());
    oneProcs.push(gitProcesses(trace));
    prom.push(promoteOne());
    promProcs.push(gitProcesses(trace));
  }
  const where = `${apps} apps × 3 envs, ${files} files, file://`;
  rows.push({
    scenario: `env repo: initial render into an empty repo (${apps} apps × 2 envs)`,
    wall: initial.wall,
    cpu: initial.cpu,
    rss: initial.rssMb,
    files: "–",
    note: `one run; ${initialProcs} git processes`,
  });
  row(`env repo: nothing changed, render --push (${where})`, same, sameProcs);
  row(`env repo: one app changed, render --push (${where})`, one, oneProcs);
  row(`env repo: promote one app --push (${where})`, prom, promProcs);
  const clones = Array.from({ length: ctx.runs }, () => timeClone(url, join(dir, "clone")));
  rows.push({
    scenario: `baseline: git clone --depth 1 of the env repo (file://)`,
    wall: median(clones),
    cpu: NaN,
    rss: NaN,
    files: String(files),
    note: "O(repo)",
  });
  if (http) rows.push(...httpScenario(ctx, dir, src, render, trace, files));
  const oneApp = (): EnvRun => {
    const r = changeOne();
    gitProcesses(trace);
    return r;
  };
  return { rows, oneApp };
}

/**
 * One app changed at N and at 3·N apps in turn, `pairs` times (the order flipped every
 * pair): the median of the per-pair ratios. The two scenario blocks run minutes apart, and
 * this machine's speed drifts more than the 1.5× line's margin between them
 * (docs/performance.md, "Stop 19"); pairs run back to back share the machine's state.
 */
export function pairedScaling(
  small: () => EnvRun,
  big: () => EnvRun,
  pairs: number,
): { ratio: number; small: number; big: number } {
  const ratios: number[] = [];
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // in turn, the order flipped every pair (A B B A …): a run that pays for the one before
    // it (the other repository's leftovers) does so on both sides alike
    if (i % 2 === 0) {
      s.push(small().wall);
      b.push(big().wall);
    } else {
      b.push(big().wall);
      s.push(small().wall);
    }
    ratios.push(b[i]! / s[i]!);
  }
  return { ratio: median(ratios), small: median(s), big: median(b) };
}

/** One app changed over smart HTTP, and the depth-1 clone over the same server. */
function httpScenario(
  ctx: EnvBenchContext,
  dir: string,
  src: string,
  render: (u?: string, env?: Record<string, string>) => EnvRun,
  trace: string,
  files: number,
): EnvRow[] {
  const portFile = join(dir, "port");
  const server = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "git-http-serve.ts"), dir, portFile, TOKEN],
    { stdio: "ignore" },
  );
  try {
    const wait = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 300 && !existsSync(portFile); i++) Atomics.wait(wait, 0, 0, 100);
    if (!existsSync(portFile)) throw new Error("the bench's git HTTP server did not start");
    const url = `http://127.0.0.1:${readFileSync(portFile, "utf8").trim()}/deploy.git`;
    const rs: EnvRun[] = [];
    const procs: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      writeFileSync(join(src, appFile(1)), appYaml(1, i % 2 === 0 ? 1 : 2));
      ctx.git(src, "commit", "-q", "-am", `app 1 variant ${i}`);
      rs.push(render(url, { CAPSTAN_TOKEN: TOKEN }));
      procs.push(gitProcesses(trace));
    }
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");
    const auth = {
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: "http.extraHeader",
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    };
    const clones = Array.from({ length: ctx.runs }, () =>
      timeClone(url, join(dir, "clone-http"), auth),
    );
    return [
      {
        scenario: "env repo: one app changed, render --push over smart HTTP (git http-backend)",
        wall: median(rs.map((r) => r.wall)),
        cpu: median(rs.map((r) => r.cpu)),
        rss: median(rs.map((r) => r.rssMb)),
        files: "–",
        note: `${median(procs)} git processes`,
      },
      {
        scenario: "baseline: git clone --depth 1 over smart HTTP",
        wall: median(clones),
        cpu: NaN,
        rss: NaN,
        files: String(files),
        note: "O(repo)",
      },
    ];
  } finally {
    server.kill();
  }
}

function fmt(n: number): string {
  return Number.isFinite(n) ? n.toFixed(2) : "–";
}

/** The env-repo table, and the issue's targets (reported, never failing the bench: timings are noisy). */
export function printEnvTable(
  rows: EnvRow[],
  apps: number,
  paired?: { ratio: number; small: number; big: number; pairs: number },
): void {
  console.log(
    `\nenv repo scenarios (median of cold runs; git processes counted with GIT_TRACE2):\n`,
  );
  console.log("| scenario | wall s | cpu s | peak RSS MB | files in repo | note |");
  console.log("|---|---:|---:|---:|---:|---|");
  for (const r of rows)
    console.log(
      `| ${r.scenario} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${Number.isFinite(r.rss) ? r.rss.toFixed(0) : "–"} | ${r.files} | ${r.note ?? ""} |`,
    );
  const at = (re: RegExp, n: number) =>
    rows.find((r) => re.test(r.scenario) && r.scenario.includes(`(${n} apps`));
  const one = at(/one app changed, render --push/, apps);
  const none = at(/nothing changed/, apps);
  const prom = at(/promote one app/, apps);
  const big = at(/one app changed, render --push/, apps * 3);
  const target = (what: string, v: number | undefined, limit: number, unit = " s") =>
    v === undefined
      ? undefined
      : `target: ${what} ${fmt(v)}${unit} ≤ ${limit}${unit} ${v <= limit ? "(met)" : "(not met)"}`;
  const lines = [
    target(`one app changed at ${apps} apps`, one?.wall, 1.5),
    target(`nothing changed at ${apps} apps`, none?.wall, 1.0),
    target(`promote one app at ${apps} apps`, prom?.wall, 2.0),
    big && one
      ? target(`one app changed at ${apps * 3} apps vs ${apps}`, big.wall / one.wall, 1.5, "×")
      : undefined,
    paired
      ? target(
          `one app changed at ${apps * 3} apps vs ${apps}, ${paired.pairs} pairs run in turn (${fmt(paired.big)} s against ${fmt(paired.small)} s), median of the per-pair ratios`,
          paired.ratio,
          1.5,
          "×",
        )
      : undefined,
  ];
  console.log("");
  for (const l of lines) if (l) console.log(l);
}
