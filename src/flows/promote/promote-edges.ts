/** Which environments promote to which (capstan.yaml `promotesFrom`), checked. */
import { didYouMeanInline } from "../../core/common/suggest.ts";
import { type Config, type Environment } from "../../core/model/config.ts";
import { UsageError } from "../../core/common/errors.ts";

/** The declared promotion edges, `staging → production`. */
export function promotionEdges(config: Config): string[] {
  return config.environments
    .filter((e) => e.promotesFrom)
    .map((e) => `${e.promotesFrom} → ${e.name}`);
}

/** `from` and `to` of capstan.yaml, when `to` declares `promotesFrom: from`. */
export function promotionEnvs(
  config: Config,
  from: string,
  to: string,
): { from: Environment; to: Environment } {
  const names = config.environments.map((e) => e.name);
  for (const n of [from, to])
    if (!names.includes(n))
      throw new UsageError(
        `unknown environment "${n}"${didYouMeanInline(n, names)}; capstan.yaml defines: ${names.join(", ")}`,
      );
  const f = config.environments.find((e) => e.name === from)!;
  const t = config.environments.find((e) => e.name === to)!;
  if (t.promotesFrom !== from) {
    const edges = promotionEdges(config);
    throw new UsageError(
      `cannot promote ${from} → ${to}: capstan.yaml declares no such promotion (${to} ` +
        (t.promotesFrom ? `promotes from ${t.promotesFrom}` : "has no promotesFrom") +
        `). Declared promotions: ${edges.length ? edges.join(", ") : "none (add promotesFrom to an environment)"}`,
    );
  }
  return { from: f, to: t };
}
