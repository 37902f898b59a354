/**
 * Messages between the customer-base lab and its worker. The worker keeps the learner's purchases
 * (they never leave it, or the device) and answers with what the page shows.
 */
import type { AnalysisOutcome, ValueTier } from '../calc/clv/analysis';
import type { Currency } from '../scenario/currency';
import type { LogLayout, Role } from '../purchase-log/columns';
import type { ReadReport } from '../purchase-log/reader';
import type { TextEncoding } from '../purchase-log/encoding';
import type { LayoutChoices } from '../purchase-log/stream';

export type CustomerBaseRequest =
  | { kind: 'read'; id: number; source: Blob; choices: LayoutChoices; preferMonthFirst: boolean }
  | { kind: 'analyse'; id: number; settings: AnalysisSettings }
  | { kind: 'allocation'; id: number; tiers: ValueTier[]; budget: number; currency: Currency };

export interface AnalysisSettings {
  /** Last day of calibration (day number); the rest of the log is the holdout. */
  calibrationEnd: number;
  horizonWeeks: number;
  annualDiscountRate: number;
  margin: number;
}

export type CustomerBaseResponse =
  | { kind: 'progress'; id: number; fraction: number }
  | {
      kind: 'read';
      id: number;
      layout: LogLayout;
      preview: string[][];
      missing: (Role | 'dateFormat')[];
      report: ReadReport | undefined;
      encoding: TextEncoding;
      /** Milliseconds spent reading. */
      readMs: number;
    }
  | { kind: 'analysed'; id: number; outcome: AnalysisOutcome; summaryMs: number; fitMs: number }
  | { kind: 'allocation'; id: number; fragment: string }
  | { kind: 'failed'; id: number; problem: string };
