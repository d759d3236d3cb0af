/**
 * Progress on long runs: a counter redrawn in place on a TTY, a plain line every
 * few seconds (and at the end) in CI logs, nothing with --quiet. Cheap enough
 * for a hot loop: `tick()` is a counter increment and a clock read; output is
 * throttled.
 */
export interface Progress {
  /** `n` more items done (default 1); `label` names the current one */
  tick(n?: number, label?: string): void;
  /** total known later (e.g. after planning) */
  setTotal(total: number): void;
  /** final line (TTY: clears the counter) */
  done(summary?: string): void;
  /** the counter ends (TTY: cleared) with no final line; `done(summary)` may still follow */
  stop(): void;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** defaults to process.stderr */
  stream?: { isTTY?: boolean; write(s: string): unknown; columns?: number };
  /** ms between redraws on a TTY (default 100) and between lines in CI (default 5000) */
  ttyEveryMs?: number;
  plainEveryMs?: number;
  now?: () => number;
}

const NOOP: Progress = { tick() {}, setTotal() {}, done() {}, stop() {} };

export function createProgress(what: string, total = 0, opts: ProgressOptions = {}): Progress {
  if (opts.quiet) return NOOP;
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  const tty = stream.isTTY === true && !process.env.CI;
  const every = tty ? (opts.ttyEveryMs ?? 100) : (opts.plainEveryMs ?? 5000);
  const start = now();
  let count = 0;
  let last = start;
  let current = "";
  let drawn = false;
  const line = () => {
    const secs = ((now() - start) / 1000).toFixed(1);
    const of = total ? `${count}/${total}` : String(count);
    const pct = total ? ` ${Math.floor((count / total) * 100)}%` : "";
    return `${what}: ${of}${pct} (${secs} s)${current ? ` ${current}` : ""}`;
  };
  const draw = () => {
    if (tty) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[K${line().slice(0, width)}`);
      drawn = true;
    } else stream.write(line() + "\n");
  };
  return {
    tick(n = 1, label) {
      count += n;
      if (label !== undefined) current = label;
      const t = now();
      if (t - last >= every) {
        last = t;
        draw();
      }
    },
    setTotal(t) {
      total = t;
    },
    done(summary) {
      current = "";
      if (tty && drawn) stream.write("\r\x1b[K");
      const secs = ((now() - start) / 1000).toFixed(1);
      if (summary !== undefined) stream.write(`${summary}\n`);
      else if (!tty || drawn)
        stream.write(`${what}: ${count}${total ? `/${total}` : ""} done in ${secs} s\n`);
    },
    stop() {
      if (tty && drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
