/**
 * Cyclic YAML (an alias inside the value its anchor names) is refused where YAML becomes
 * data, so every reader is covered: component and trait properties, k8s-objects, and a
 * guardrail's properties in capstan.yaml. Each is a located error, exit 1, nothing written.
 */
import { after, test } from "node:test";
import { appYaml, BASE_CONFIG, cleanupAll, runHostile } from "./harness.ts";

after(cleanupAll);

const APP = "apps/shop.yaml";
const message = /alias \*S is inside the value anchored as &S .*cyclic data/;

test("cyclic: a self-referencing alias in component properties is located", async () => {
  await runHostile({
    name: "cyclic component properties",
    files: {
      [APP]: appYaml({ properties: "image: nginx\nnested: &S { self: *S }" }),
    },
    expect: { code: "yaml", file: APP, line: 11, col: 28, message },
  });
});

test("cyclic: the issue's own form, `properties: &S { self: *S }`, is located", async () => {
  const text = appYaml({}).replace(
    "      properties:\n        image: ghcr.io/acme/shop:1.4.2",
    "      properties: &S { image: nginx, self: *S }",
  );
  await runHostile({
    name: "cyclic properties flow",
    files: { [APP]: text },
    expect: { code: "yaml", file: APP, line: 9, col: 44, message },
  });
});

test("cyclic: a self-referencing alias in trait properties is located", async () => {
  await runHostile({
    name: "cyclic trait",
    files: {
      [APP]: appYaml({
        traits: "- type: labels\n  properties: &S\n    a: b\n    more: [*S]",
      }),
    },
    expect: { code: "yaml", file: APP, line: 15, col: 20, message },
  });
});

test("cyclic: a block mapping that contains its own alias through a merge key is located", async () => {
  await runHostile({
    name: "cyclic merge key",
    files: {
      [APP]: appYaml({
        type: "k8s-objects",
        properties:
          "objects:\n  - &S\n    apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: c }\n    <<: *S",
      }),
    },
    expect: { code: "yaml", file: APP, line: 15, col: 17, message },
  });
});

test("cyclic: a guardrail's properties in capstan.yaml are located", async () => {
  const config = BASE_CONFIG.replace(
    "    namespace: shop-staging\n",
    "    namespace: shop-staging\n    guardrails:\n      - type: image-policy\n        properties: &S { forbidLatest: true, x: *S }\n",
  );
  await runHostile({
    name: "cyclic guardrail",
    files: { "capstan.yaml": config },
    expect: { code: "yaml", file: "capstan.yaml", line: 11, col: 49, message },
  });
});
