/** `capstan import`: a KubeVela migration report. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import { cueParameterNames, importKubeVela, type ImportReport } from "../../src/tools/import.ts";
import { cli, cliProcess } from "../helpers/cli.ts";

const fixtures = join(import.meta.dirname, "fixtures/kubevela");

test("the CUE scanner finds parameter names: comments, strings, defaults, nesting, #Defs, unions", () => {
  const t = `import "strings"
output: { spec: { replicas: parameter.replicas, note: "parameter: { fake: 1 }" } }
parameter: {
	// +usage=Which image: any text { with braces }
	image: string
	"image-pull"?: string
	replicas: *1 | int
	env?: [...{
		name:   string
		value?: string
	}]
	labels?: [string]: string
	health: { path: string, port: int }
	#Internal: string
	_hidden: int
}
`;
  assert.deepEqual(cueParameterNames(t).names, [
    "env",
    "health",
    "image",
    "image-pull",
    "labels",
    "replicas",
  ]);
  assert.deepEqual(
    cueParameterNames("#P: {\n a: int\n}\nparameter: #P | close({ c: int })\n").names,
    ["a", "c"],
  );
  assert.deepEqual(cueParameterNames("parameter: { a: int } | { b: int }").names, ["a", "b"]);
  assert.match(cueParameterNames("parameter: [string]: string").note!, /free-form map/);
  assert.match(cueParameterNames("output: {}").note!, /no parameter/);
});

test("definitions: covered, partial (names the missing parameters) or missing; apps: types covered or missing", () => {
  const r: ImportReport = importKubeVela([fixtures], builtinRegistry(), "/");
  const byName = Object.fromEntries(r.definitions.map((d) => [d.name, d]));
  assert.equal(byName.worker!.status, "covered");
  assert.equal(byName.worker!.capability, "worker@1.0.0");
  assert.deepEqual(byName.worker!.parameters, ["cmd", "image"]);
  assert.equal(byName.scaler!.status, "partial");
  assert.deepEqual(byName.scaler!.missingParameters, ["max-surge"]);
  assert.equal(byName["legacy-app"]!.status, "missing");
  assert.deepEqual(byName["legacy-app"]!.missingParameters, ["image", "port"]);
  assert.equal(byName["my-annotations"]!.status, "missing");
  const app = r.applications[0]!;
  assert.equal(app.name, "legacy");
  const t = Object.fromEntries(app.types.map((x) => [`${x.kind} ${x.type}`, x]));
  assert.equal(t["component legacy-app"]!.status, "missing");
  assert.match(t["component legacy-app"]!.definedIn!, /definitions\.yaml$/);
  assert.equal(t["component worker"]!.status, "covered");
  assert.equal(t["trait scaler"]!.status, "covered");
  assert.equal(t["trait my-annotations"]!.status, "missing");
  assert.equal(app.unsupported.length, 3, app.unsupported.join("\n"));
  assert.equal(r.skipped.length, 1);
});

test("the CLI exits 0 with a text or JSON report", async () => {
  const text = await cliProcess(["import", fixtures]);
  assert.equal(text.code, 0);
  assert.match(
    text.stdout,
    /trait scaler .*: scaler@1\.\d+\.\d+ exists but lacks parameter\(s\) max-surge/,
  );
  assert.match(
    text.stdout,
    /component legacy-app .*: missing: write capability legacy-app with parameters image, port/,
  );
  assert.match(text.stdout, /unsupported: workflow step type notification/);
  const json = await cliProcess(["import", join(fixtures, "app.yaml"), "--json"]);
  assert.equal(json.code, 0);
  const parsed = JSON.parse(json.stdout) as ImportReport;
  assert.equal(parsed.applications[0]!.types.length, 4);
  assert.equal((await cli("import")).code, 2);
  assert.equal((await cli("import", join(fixtures, "nope"))).code, 1);
});
