/** Progress output: a counter on a TTY, throttled plain lines in CI, nothing when quiet. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createProgress } from "../../src/cli/progress.ts";

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 60, write: (s: string) => out.push(s) } };
}

test("TTY: redrawn in place, throttled, cleared at the end", () => {
  const saved = process.env.CI;
  delete process.env.CI;
  try {
    let t = 0;
    const s = sink(true);
    const p = createProgress("rendering", 4, { stream: s.stream, now: () => t, ttyEveryMs: 100 });
    t = 50;
    p.tick(1, "shop");
    assert.equal(s.out.length, 0, "throttled");
    t = 150;
    p.tick(1, "billing");
    assert.match(s.out[0]!, /^\r\x1b\[Krendering: 2\/4 50% \(0\.1 s\) billing$/);
    p.done();
    assert.equal(s.out[1], "\r\x1b[K");
    assert.match(s.out[2]!, /rendering: 2\/4 done/);
  } finally {
    if (saved !== undefined) process.env.CI = saved;
  }
});

test("CI / not a TTY: plain lines; quiet: nothing", () => {
  let t = 0;
  const s = sink(false);
  const p = createProgress("rendering", 0, { stream: s.stream, now: () => t, plainEveryMs: 1000 });
  for (let i = 0; i < 10; i++) {
    t += 300;
    p.tick();
  }
  assert.ok(s.out.length >= 2 && s.out.every((l) => l.endsWith("\n") && !l.includes("\r")));
  p.setTotal(10);
  p.done("rendered 10 apps");
  assert.equal(s.out.at(-1), "rendered 10 apps\n");
  const q = sink(true);
  const quiet = createProgress("x", 1, { quiet: true, stream: q.stream });
  quiet.tick();
  quiet.done();
  assert.deepEqual(q.out, []);
});

test("stop: the counter is cleared, no final line; a summary may follow", () => {
  const saved = process.env.CI;
  delete process.env.CI;
  try {
    let t = 0;
    const s = sink(true);
    const p = createProgress("rendering", 4, { stream: s.stream, now: () => t, ttyEveryMs: 100 });
    t = 150;
    p.tick(1, "shop");
    p.stop();
    assert.deepEqual(s.out.slice(1), ["\r\x1b[K"]);
    p.done("rendered 4 apps");
    assert.deepEqual(s.out.slice(1), ["\r\x1b[K", "rendered 4 apps\n"]);
    const plain = sink(false);
    const q = createProgress("rendering", 4, { stream: plain.stream, now: () => t });
    q.tick();
    q.stop();
    assert.deepEqual(plain.out, []);
  } finally {
    if (saved !== undefined) process.env.CI = saved;
  }
});
