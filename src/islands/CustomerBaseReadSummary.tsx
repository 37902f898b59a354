/**
 * What the customer-base lab's read of a file found: rows, purchases, customers and dates, what to
 * check (with a button that reads the dates the other way round) and the rows skipped. The words
 * are `purchase-log/read-words.ts`'s.
 */
import type { DateFormat } from '../purchase-log/dates';
import type { TextEncoding } from '../purchase-log/encoding';
import {
  readSummaryText,
  skippedRowsSummary,
  skippedRowText,
  warningParts,
  type WarningPart,
} from '../purchase-log/read-words';
import type { ReadReport } from '../purchase-log/reader';
import { readWarnings } from '../purchase-log/warnings';

export function ReadSummary({
  id,
  report,
  encoding,
  dateFormat,
  onDateFormat,
}: {
  id: string;
  report: ReadReport;
  encoding: TextEncoding;
  dateFormat: DateFormat | undefined;
  onDateFormat: (format: DateFormat) => void;
}) {
  const warnings = readWarnings(report, dateFormat);
  return (
    <div class="cb-read" id={`${id}-read`}>
      <p>{readSummaryText(report, encoding)}</p>
      {report.purchases === 0 && (
        <p class="field-error" role="alert">
          None of the rows could be read as a purchase with these columns and this date format. Check the choices above.
        </p>
      )}
      {warnings.length > 0 && (
        <div class="cb-warning cb-read-warnings" role="note" aria-label="Check the file">
          <ul>
            {warnings.map((warning) => (
              <li key={warning.kind}>
                {warningParts(warning, dateFormat).map((part, i) => (
                  <Part key={i} part={part} onDateFormat={onDateFormat} />
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.badRows > 0 && (
        <details class="cb-bad-rows">
          <summary>{skippedRowsSummary(report)}</summary>
          <ul>
            {report.listedBadRows.map((bad) => (
              <li key={bad.line}>{skippedRowText(bad)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Part({ part, onDateFormat }: { part: WarningPart; onDateFormat: (format: DateFormat) => void }) {
  if (typeof part === 'string') return <>{part}</>;
  return (
    <button
      type="button"
      class="course-button small"
      onClick={() => {
        onDateFormat(part.format);
      }}
    >
      {part.label}
    </button>
  );
}
