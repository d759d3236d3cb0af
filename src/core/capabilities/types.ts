import type { ValidateFunction } from "ajv";
import type { TemplateFn } from "./template.ts";
import type { SemVer } from "../model/semver.ts";
import type { Problem } from "../common/errors.ts";

export type CapabilityKind = "ComponentType" | "Trait" | "Policy";

export interface KindRef {
  apiVersion: string;
  kind: string;
}

export interface Capability {
  name: string;
  version: string;
  semver: SemVer;
  kind: CapabilityKind;
  description: string;
  workload?: KindRef;
  /** ComponentType: the declared pod-template path (dotted), else the default by kind (pod-template.ts) */
  podTemplate?: string;
  appliesTo: string[];
  /** trait names this trait cannot be used with */
  conflictsWith: string[];
  /** trait name → why they fight and which to keep, where the capability says */
  conflictReasons: Record<string, string>;
  emits: KindRef[];
  parameters: Record<string, unknown>;
  examples: unknown[];
  /** `builtin`, `path:<dir>`, `git:<url>@<ref>` */
  source: string;
  commit?: string;
  /** sha256 over capability.yaml + templates, LF-normalised, sorted by path */
  digest: string;
  /** display path of the version folder, for errors: `<builtin>/webservice/1.0.0` */
  dir: string;
  templateFile: string;
  /** the template's source, for pointing a rendered field back at its line */
  templateText?: string;
  /** compiles the template on first call; throws when it breaks the dialect (see templateProblems) */
  template: TemplateFn;
  /**
   * The template's mapping built without text (same value as `template` + parse), or
   * undefined when this template or this render must go through the text (direct.ts).
   */
  templateValue?: (input: Record<string, unknown>) => Record<string, unknown> | undefined;
  /** the template's dialect problems (compiles it on first call; memoised) */
  templateProblems: () => Problem[];
  /** golden cases: case name → files relative to the case folder */
  tests: Map<string, Map<string, string>>;
  /** compiled lazily on first use */
  validate?: ValidateFunction;
}

export const capId = (c: Pick<Capability, "name" | "version">): string => `${c.name}@${c.version}`;
