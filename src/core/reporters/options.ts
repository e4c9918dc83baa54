export interface ReportOptions {
  color?: boolean;
  verbose?: boolean;
  /** Findings hidden because the baseline accepts them. */
  baselined?: number;
}
