/** The plan a transaction carries out and what it reports per commit (transaction.ts, materialize.ts). */

export interface TxCommit {
  /** The branch the commit goes to. */
  branch: string;
  /**
   * The branch whose tip is the parent: `branch` itself (a fast-forward), or another one
   * (an approval or promotion branch, rebuilt on its base and force-pushed with a lease;
   * not pushed when it already holds the same tree on the same parent).
   */
  onto: string;
  message: string;
  /** Repository path → new text, or null to delete. Changes that change nothing are dropped. */
  changes: Map<string, string | null>;
}

export interface TxPlan<R> {
  commits: TxCommit[];
  /** Record path → source commit (record.ts); written when it differs from the fetched one. */
  record?: Map<string, string>;
  result: R;
}

export interface TxCommitOutcome {
  /** The commit the branch holds for this change; undefined when nothing changed. */
  sha?: string;
  /** The branch already held this exact render: nothing was pushed for it. */
  alreadyThere?: boolean;
}
