/**
 * Step 2 of the customer-base lab: which column holds what, the date format, the decimal mark and
 * the header, as detected and as the learner corrects them (each change reads the file again);
 * then what the read found, and the box that keeps the file on this device.
 */
import { ROLE_LABELS, ROLES } from '../purchase-log/columns';
import { DATE_FORMAT_LABELS, DATE_FORMATS, type DateFormat } from '../purchase-log/dates';
import { columnExample, columnProblem, dateFormatNote } from '../purchase-log/read-words';
import { customerBase, type ReadState } from '../stores/customer-base';
import { ReadSummary } from './CustomerBaseReadSummary';

export function ColumnsPanel({ id, read, keep }: { id: string; read: ReadState; keep: boolean }) {
  const { layout, preview, missing, report } = read;
  const dateNote = dateFormatNote(layout, missing);
  return (
    <section class="cb-columns" aria-labelledby={`${id}-columns`}>
      <h2 id={`${id}-columns`}>2. Check the columns</h2>
      <div class="cb-fields">
        {ROLES.map((role) => {
          const problem = role !== 'quantity' && missing.includes(role) ? columnProblem(role) : undefined;
          return (
            <div class="cb-field" key={role}>
              <label for={`${id}-col-${role}`}>{ROLE_LABELS[role]}</label>
              <select
                id={`${id}-col-${role}`}
                value={layout.mapping[role] === undefined ? '' : String(layout.mapping[role])}
                aria-invalid={problem ? true : undefined}
                aria-describedby={
                  problem ? `${id}-col-${role}-problem` : role === 'quantity' ? `${id}-col-quantity-hint` : undefined
                }
                onChange={(e) => {
                  const { value } = e.currentTarget;
                  void customerBase.chooseColumn(role, value === '' ? undefined : Number(value));
                }}
              >
                <option value="">{role === 'quantity' ? 'None' : 'Choose a column'}</option>
                {layout.names.map((name, i) => (
                  <option key={i} value={String(i)}>
                    {name}
                    {columnExample(preview, i)}
                  </option>
                ))}
              </select>
              {problem && (
                <p class="field-error" id={`${id}-col-${role}-problem`}>
                  {problem}
                </p>
              )}
              {role === 'quantity' && (
                <p class="cb-hint" id={`${id}-col-quantity-hint`}>
                  Used only when the amount is the price of one unit: the models count purchase days and money, not
                  items.
                </p>
              )}
            </div>
          );
        })}
        {layout.mapping.quantity !== undefined && (
          <div class="cb-field">
            <label for={`${id}-amount-is`}>The amount is</label>
            <select
              id={`${id}-amount-is`}
              value={layout.amountIs}
              onChange={(e) => {
                void customerBase.rechoose({
                  amountIs: e.currentTarget.value === 'unit-price' ? 'unit-price' : 'total',
                });
              }}
            >
              <option value="total">What the row cost in all</option>
              <option value="unit-price">The price of one unit (times the quantity)</option>
            </select>
          </div>
        )}
        <div class="cb-field">
          <label for={`${id}-dates`}>Date format</label>
          <select
            id={`${id}-dates`}
            value={layout.dateFormat ?? ''}
            aria-invalid={dateNote.problem ? true : undefined}
            aria-describedby={`${id}-dates-note`}
            onChange={(e) => {
              const value = e.currentTarget.value as DateFormat;
              if (DATE_FORMATS.includes(value)) void customerBase.rechoose({ dateFormat: value });
            }}
          >
            {!layout.dateFormat && <option value="">Choose a format</option>}
            {DATE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {DATE_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          <p class={dateNote.problem ? 'field-error' : 'cb-hint'} id={`${id}-dates-note`}>
            {dateNote.text}
          </p>
        </div>
        <div class="cb-field">
          <label for={`${id}-decimal`}>Amounts are written</label>
          <select
            id={`${id}-decimal`}
            value={layout.decimal}
            onChange={(e) => {
              void customerBase.rechoose({ decimal: e.currentTarget.value === ',' ? ',' : '.' });
            }}
          >
            <option value=".">1,234.56</option>
            <option value=",">1.234,56</option>
          </select>
        </div>
        <div class="cb-field cb-check">
          <input
            id={`${id}-header`}
            type="checkbox"
            checked={layout.hasHeader}
            onChange={(e) => {
              void customerBase.rechoose({ hasHeader: e.currentTarget.checked });
            }}
          />
          <label for={`${id}-header`}>The first row names the columns</label>
        </div>
      </div>
      {report && (
        <ReadSummary
          id={id}
          report={report}
          encoding={read.encoding}
          dateFormat={layout.dateFormat}
          onDateFormat={(dateFormat) => {
            void customerBase.rechoose({ dateFormat });
          }}
        />
      )}
      {report && report.purchases > 0 && (
        <div class="cb-check cb-keep">
          <input
            id={`${id}-keep`}
            type="checkbox"
            checked={keep}
            onChange={(e) => {
              void customerBase.setKeep(e.currentTarget.checked);
            }}
          />
          <label for={`${id}-keep`}>
            Keep this data on this device (in this browser only, with your settings, to reopen next time; untick to
            delete it)
          </label>
        </div>
      )}
    </section>
  );
}
