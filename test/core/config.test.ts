/** capstan.yaml: every problem collected, each at file:line:col with its path. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadConfig } from "../../src/core/model/config.ts";
import { UserError, type Problem } from "../../src/core/common/errors.ts";

function problems(text: string): Problem[] {
  try {
    loadConfig({ file: "capstan.yaml", text });
  } catch (e) {
    if (e instanceof UserError) return e.problems;
    throw e;
  }
  return [];
}

const HEAD = "apiVersion: capstan.dev/v1alpha1\nkind: Config\n";

test("a valid config loads with defaults", () => {
  const c = loadConfig({
    file: "capstan.yaml",
    text:
      HEAD +
      'kubeVersion: "1.30"\nenvironments:\n  - name: dev\n    autoDeploy: true\n  - name: prod\n    promotesFrom: dev\n    kubeVersion: "1.29"\n',
  });
  assert.deepEqual(c.apps, ["apps/**/*.yaml"]);
  assert.equal(c.envRepo.root, "envs");
  assert.equal(c.environments[0]!.kubeVersion, "1.30");
  assert.equal(c.environments[1]!.kubeVersion, "1.29");
  assert.deepEqual(c.environments[1]!.policies, ["prod"]);
  assert.deepEqual(c.capabilities, [{ kind: "builtin" }]);
});

test("an unquoted kubeVersion gets its own error at its line", () => {
  const ps = problems(HEAD + "kubeVersion: 1.30\nenvironments:\n  - name: dev\n");
  assert.equal(ps.length, 1);
  assert.equal(ps[0]!.line, 3);
  assert.match(
    ps[0]!.message,
    /kubeVersion 1.30 is a YAML number \(it reads as 1.3\); quote it: kubeVersion: "1.30"/,
  );
});

test("all problems are reported together: unknown keys, bad enum, cycles, unknown promotesFrom, autoDeploy + promotesFrom", () => {
  const ps = problems(
    HEAD +
      "environmnts: []\nenvironments:\n  - name: a\n    promotesFrom: b\n  - name: b\n    promotesFrom: a\n    approval: maybe\n  - name: c\n    promotesFrom: nowhere\n    autoDeploy: true\n",
  );
  const msgs = ps.map((p) => `${p.line}:${p.path}: ${p.message}`).join("\n");
  assert.match(msgs, /3:\/environmnts: unknown property "environmnts"/);
  assert.match(msgs, /approval: must be one of "none", "pull-request"/);
  assert.equal(ps.length, 2, msgs);
  const ps2 = problems(
    HEAD +
      "environments:\n  - name: a\n    promotesFrom: b\n  - name: b\n    promotesFrom: a\n  - name: c\n    promotesFrom: nowhere\n    autoDeploy: true\n",
  );
  const m2 = ps2.map((p) => `${p.line}: ${p.message}`).join("\n");
  assert.match(m2, /cycle: a → b → a/);
  assert.match(m2, /unknown environment "nowhere"/);
  assert.match(m2, /cannot also be autoDeploy/);
});

test("YAML errors and non-mapping documents are located", () => {
  const ps = problems(HEAD + "environments:\n  - name: [unclosed\n");
  assert.equal(ps[0]!.code, "yaml");
  assert.ok(ps[0]!.line! >= 4);
  assert.match(problems("- just\n- a list\n")[0]!.message, /must be a mapping/);
  assert.match(
    problems(HEAD + "environments: [{name: a}]\n---\nmore: 1\n")[0]!.message,
    /exactly one YAML document/,
  );
});

test("requiredVersion is enforced", () => {
  assert.match(
    problems(HEAD + 'requiredVersion: ">=9.0.0"\nenvironments: [{name: a}]\n')[0]!.message,
    /requires capstan >=9\.0\.0, but this is capstan 0\.1\.0/,
  );
  assert.deepEqual(
    problems(HEAD + 'requiredVersion: ">=0.1.0 <1"\nenvironments: [{name: a}]\n'),
    [],
  );
});

test("promotion gates: verify and autoPromote load, and are located when misplaced or malformed", () => {
  const c = loadConfig({
    file: "capstan.yaml",
    text:
      HEAD +
      'environments:\n  - name: dev\n    autoDeploy: true\n  - name: prod\n    promotesFrom: dev\n    autoPromote: true\n    verify:\n      statuses: ["argocd/*-dev"]\n      minAge: 1h30m\n',
  });
  assert.deepEqual(c.environments[1]!.verify, {
    statuses: ["argocd/*-dev"],
    minAge: "1h30m",
    minAgeMs: 90 * 60_000,
  });
  assert.equal(c.environments[1]!.autoPromote, true);
  assert.equal(c.environments[0]!.autoPromote, false);
  const ps = problems(
    HEAD +
      'environments:\n  - name: dev\n    verify: { statuses: ["x"] }\n  - name: prod\n    promotesFrom: dev\n    approval: pull-request\n    autoPromote: true\n',
  );
  const msgs = ps.map((p) => `${p.line}:${p.col}:${p.path}: ${p.message}`);
  assert.deepEqual(msgs, [
    '5:13:/environments/0/verify: verify gates promotion to environment "dev", which has no promotesFrom',
    '9:18:/environments/1/autoPromote: environment "prod": autoPromote pushes promotions straight to its branch, approval: pull-request asks for a pull request; choose one',
  ]);
  const bad = problems(
    HEAD +
      "environments:\n  - name: dev\n  - name: prod\n    promotesFrom: dev\n    verify: { minAge: 10 minutes, statuses: [] }\n",
  );
  assert.equal(bad.length, 2, bad.map((p) => p.message).join("\n"));
  assert.ok(bad.every((p) => p.line === 7 && p.path?.startsWith("/environments/1/verify/")));
});
