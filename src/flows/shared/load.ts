/** Reads and loads a source directory: the first step of every command. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, type Config } from "../../core/model/config.ts";
import { warmAppFiles } from "../../core/model/app.ts";
import { loadSource, type LoadedSource } from "../../core/plan/plan.ts";
import { LOCK_FILE, parseLock } from "../../core/model/lock.ts";
import {
  readAppFilesInSlices,
  readConfigFile,
  readSource,
  readText,
} from "../../adapters/source-files.ts";
import { fetchGitPacks } from "../../adapters/git-packs.ts";
import type { CapabilityPack, SourceFile } from "../../core/model/source.ts";
import { commitMeta } from "./commit-meta.ts";
import type { EnvState } from "../../core/plan/layout.ts";

export interface LoadOptions {
  source: string;
  sourceRepo: string;
  commit: string;
  /** pre-fetched git packs by `capabilities:` index; fetched (or read from the cache) when absent */
  gitPacks?: Map<number, CapabilityPack>;
  /** resolve git pack refs again instead of using the commits capstan.lock pins (`lock --update`) */
  refreshGitPacks?: boolean;
  /** token for private git packs over HTTPS (sent only to the pack URL's origin) */
  gitToken?: string;
  /**
   * Called once capstan.yaml is read, before the Applications are: a flow starts its env
   * repo fetch here, and git works in its own processes while the apps are parsed.
   */
  onConfig?: (config: Config) => void;
  /**
   * The states of the environments the run plans (render): Application files they certify
   * unchanged are not parsed (core/plan/unchanged.ts). Asked once capstan.yaml is read.
   */
  previousStates?: (config: Config) => PreviousStates | Promise<PreviousStates>;
}

export type PreviousStates = (EnvState | undefined)[] | undefined;

/** Applications parsed per slice before the event loop gets a turn (git's exits, pipes). */
const SLICE = 50;

/**
 * Loads the source in `opts.source`. Git capability packs are fetched first
 * (the lock's commit when capstan.lock pins one; no network with a warm cache).
 */
export async function loadFromDir(opts: LoadOptions): Promise<LoadedSource> {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  opts.onConfig?.(config);
  let gitPacks = opts.gitPacks;
  if (!gitPacks && config.capabilities.some((c) => c.kind === "git")) {
    const lockText = existsSync(join(opts.source, LOCK_FILE))
      ? readText(join(opts.source, LOCK_FILE), LOCK_FILE, [])
      : undefined;
    const lock = lockText ? parseLock({ file: LOCK_FILE, text: lockText }).lock : undefined;
    gitPacks = await fetchGitPacks(config, {
      sourceDir: opts.source,
      lock,
      refresh: opts.refreshGitPacks,
      token: opts.gitToken,
    });
  }
  // git reads the commit while the files are read
  const meta = commitMeta(opts.source, opts.commit, opts.sourceRepo);
  const input = readSource(
    opts.source,
    config,
    configFile,
    { sourceRepo: opts.sourceRepo, commit: opts.commit },
    gitPacks,
    opts.onConfig ? await readAppFilesInSlices(opts.source, config, SLICE) : undefined,
  );
  const previous = opts.previousStates ? await opts.previousStates(config) : undefined;
  input.commitMeta = await meta;
  // Parsed beside git (in slices) only when no state can spare the parse.
  if (opts.onConfig && !previous) await parseInSlices(input.apps);
  return loadSource(input, previous);
}

/**
 * Parses the Applications into the cache `loadSource` reads, a slice at a time with a turn
 * of the event loop between slices, so git processes a flow started meanwhile (the env
 * repo's fetch and reads) move on while the CPU parses.
 */
export async function parseInSlices(apps: SourceFile[]): Promise<void> {
  for (let i = 0; i < apps.length; i += SLICE) {
    warmAppFiles(apps.slice(i, i + SLICE));
    await new Promise((r) => setImmediate(r));
  }
}
