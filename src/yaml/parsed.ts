/** What reading a YAML stream gives: its documents, or a YamlError at a position. */
export class YamlError extends Error {
  constructor(
    message: string,
    /** 1-based. */
    readonly line: number,
    /** 1-based. */
    readonly col: number,
    readonly docIndex?: number,
  ) {
    super(message);
    this.name = "YamlError";
  }
}

export interface ParsedDocument {
  value: unknown;
  /** 1-based line where the document starts (its `---`, or its first content line). */
  startLine: number;
  /** Raw text of the document, up to the start of the next one. */
  text: string;
}
