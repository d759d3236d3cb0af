import { didYouMeanInline } from "../common/suggest.ts";
import type { Problem } from "../common/errors.ts";
import { compareSemVer } from "../model/semver.ts";
import type { Lock } from "../model/lock.ts";
import { capId, type Capability, type CapabilityKind } from "./types.ts";

const REF =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(?:@(v?)(\d+)(?:\.(\d+)(?:\.(\d+)(-[0-9A-Za-z.-]+)?)?)?)?$/;

export interface ParsedRef {
  name: string;
  major?: number;
  minor?: number;
  patch?: number;
  prerelease?: string;
}

export function parseRef(ref: string): ParsedRef | undefined {
  const m = REF.exec(ref);
  if (!m) return undefined;
  return {
    name: m[1]!,
    major: m[4] !== undefined ? Number(m[4]) : undefined,
    minor: m[5] !== undefined ? Number(m[5]) : undefined,
    patch: m[6] !== undefined ? Number(m[6]) : undefined,
    prerelease: m[7]?.slice(1),
  };
}

const KIND_WORD: Record<CapabilityKind, string> = {
  ComponentType: "component type",
  Trait: "trait",
  Policy: "policy",
};

/**
 * Every capability version by name. Later packs shadow earlier ones by whole
 * name (all versions of that name come from the last pack that has it).
 */
export class Registry {
  private readonly byName = new Map<string, Capability[]>();
  private readonly cache = new Map<string, Capability | { error: string }>();
  /** changes whenever resolution may give other answers (`ignoreLock`): for callers' memos */
  epoch = 0;

  constructor(
    packs: Capability[][],
    private lock?: Lock,
  ) {
    for (const caps of packs) {
      const names = new Set(caps.map((c) => c.name));
      for (const n of names) this.byName.set(n, []);
      for (const c of caps) this.byName.get(c.name)!.push(c);
    }
    for (const list of this.byName.values()) list.sort((a, b) => compareSemVer(b.semver, a.semver));
  }

  /** `capstan lock --update`: resolve as if nothing were locked. */
  ignoreLock(): void {
    this.lock = undefined;
    this.cache.clear();
    this.epoch++;
  }

  all(): Capability[] {
    return [...this.byName.keys()].sort().flatMap((n) => this.byName.get(n)!);
  }

  names(kind?: CapabilityKind): string[] {
    return [...this.byName.keys()]
      .filter((n) => !kind || this.byName.get(n)!.some((c) => c.kind === kind))
      .sort();
  }

  versions(name: string): Capability[] {
    return this.byName.get(name) ?? [];
  }

  /** Resolves `name`, `name@1`, `name@v1`, `name@1.2`, `name@1.2.3` to one capability of the expected kind. */
  resolve(ref: string, kind: CapabilityKind): Capability | { error: string } {
    const key = kind + "\0" + ref;
    let r = this.cache.get(key);
    if (!r) this.cache.set(key, (r = this.resolveUncached(ref, kind)));
    return r;
  }

  private resolveUncached(ref: string, kind: CapabilityKind): Capability | { error: string } {
    const word = KIND_WORD[kind];
    const p = parseRef(ref);
    if (!p)
      return {
        error: `"${ref}" is not a valid ${word} reference (name, name@1, name@1.2 or name@1.2.3)`,
      };
    const all = this.byName.get(p.name);
    const ofKind = all?.filter((c) => c.kind === kind) ?? [];
    if (!all || !ofKind.length) {
      const other = all?.[0];
      if (other) return { error: `"${p.name}" is a ${KIND_WORD[other.kind]}, not a ${word}` };
      return {
        error: `unknown ${word} "${p.name}"${didYouMeanInline(p.name, this.names(kind))}; available: ${this.names(kind).join(", ") || "(none)"}`,
      };
    }
    let candidates = ofKind;
    if (p.major !== undefined) candidates = candidates.filter((c) => c.semver.major === p.major);
    if (p.minor !== undefined) candidates = candidates.filter((c) => c.semver.minor === p.minor);
    if (p.patch !== undefined)
      candidates = candidates.filter(
        (c) => c.semver.patch === p.patch && c.semver.prerelease === (p.prerelease ?? ""),
      );
    if (p.major === undefined && this.lock) {
      const locked = this.lock.entries.filter((e) => e.name === p.name).map((e) => e.version);
      const lockedCaps = candidates.filter((c) => locked.includes(c.version));
      if (lockedCaps.length) candidates = lockedCaps;
    }
    if (p.patch === undefined) {
      const stable = candidates.filter((c) => !c.semver.prerelease);
      if (stable.length) candidates = stable;
    }
    const best = candidates[0];
    if (!best) {
      const versions = ofKind.map((c) => c.version).join(", ");
      const hint = /@v\d/.test(ref)
        ? " (capstan reads @vN as semver major N, not KubeVela's revision N)"
        : "";
      return { error: `${word} ${ref} does not exist${hint}; versions of ${p.name}: ${versions}` };
    }
    return best;
  }
}

export function resolveOrProblem(
  registry: Registry,
  ref: string,
  kind: CapabilityKind,
  where: Omit<Problem, "message" | "code">,
): Capability | Problem {
  const r = registry.resolve(ref, kind);
  if ("error" in r) return { ...where, code: "unknown-capability", message: r.error };
  return r;
}

export { capId };
