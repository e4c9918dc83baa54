export interface ReportOptions {
  color?: boolean;
  verbose?: boolean;
  /** Findings hidden because the baseline accepts them. */
  baselined?: number;
  /** ROOT relative to the repository root, `/` separated, '' or ending in `/`: report paths become repository-relative (SARIF, Code Quality, links). */
  pathPrefix?: string;
  /** The repository's absolute local path: places a file outside ROOT (a policy beside it); never written into a report. */
  repoRoot?: string;
  /** An absolute URI of the repository root for SARIF's `originalUriBaseIds` (never derived from the local disk). */
  rootUri?: string;
  /** SARIF `automationDetails.id` (category/): tells apart several audits of one repository. */
  automationId?: string;
  /** Markdown: where lines are linked, e.g. https://github.com/o/r/blob/SHA/ (files are appended repository-relative). */
  linkBase?: string;
  /** Markdown: the report stays under this many characters; the rest is counted, not shown. */
  maxChars?: number;
  /** Markdown: where the findings that did not fit can be read ("the job summary"). */
  overflowHint?: string;
  /** Findings left out because their files did not change (--changed-since, --staged). */
  unchangedHidden?: number;
}
