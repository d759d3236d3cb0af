/** What a report is made from, and what its Markdown form returns (report.ts, report-markdown.ts). */
import type { AppDiff } from "./diff.ts";
import type { Problem } from "../common/errors.ts";
import type { EnvTrigger, ReportSide } from "./report-format.ts";

export interface ReportInput {
  base: ReportSide;
  head: ReportSide;
  /** changed apps, in report order (environment order of capstan.yaml, then app name) */
  diffs: AppDiff[];
  /** head's spec, render and validation errors */
  problems: Problem[];
  /** blast-radius lines (`previewScope` + `blastRadius`) */
  causes: string[];
  notices: string[];
  /** how many apps were rendered, of how many bound (per environment, summed) */
  rendered?: { apps: number; of: number };
  /** prefix for file links: `https://github.com/o/r/blob/<head sha>/<source dir>/` */
  blobBase?: string;
  /** how each environment changes after the merge (capstan.yaml order) */
  envs?: { name: string; on: EnvTrigger }[];
}

export interface MarkdownOptions {
  /** characters (or what `measure` counts) the body may take */
  limit?: number;
  /** hidden marker line put first, e.g. `<!-- capstan:preview:. -->` */
  marker?: string;
  /** where the full report is, for the truncation note: "the job summary" or a link */
  fullReport?: string;
  measure?: (s: string) => number;
  /** names listed under a grouped diff before the rest are counted (default 10) */
  groupNames?: number;
}

export interface MarkdownReport {
  body: string;
  /** diffs in the body (each of one object, or of a group of alike changes) */
  shown: number;
  /** objects covered by a shown diff of another object like them ("and N more like it") */
  grouped: number;
  /** objects named without their diff */
  named: number;
  /** objects only counted */
  counted: number;
  truncated: boolean;
}
