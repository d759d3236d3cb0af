/** Reads and loads a source directory: the first step of every command. */
import { loadConfig } from "../core/config.ts";
import { loadSource, type LoadedSource } from "../core/engine.ts";
import { readConfigFile, readSource } from "../adapters/source-files.ts";
import type { CapabilityPack } from "../core/source.ts";

export interface LoadOptions {
  source: string;
  sourceRepo: string;
  commit: string;
  gitPacks?: Map<number, CapabilityPack>;
}

export function loadFromDir(opts: LoadOptions): LoadedSource {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  const input = readSource(
    opts.source,
    config,
    configFile,
    { sourceRepo: opts.sourceRepo, commit: opts.commit },
    opts.gitPacks,
  );
  return loadSource(input);
}
