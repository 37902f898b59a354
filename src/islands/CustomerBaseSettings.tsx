/**
 * Step 3 of the customer-base lab: the calibration end, horizon, discount rate, margin and
 * currency; each setting is checked beside its field, and a usable change fits the models again.
 */
import { CurrencyPicker } from '../kit/CurrencyPicker';
import { TextField } from '../kit/TextField';
import { customerBase, type CustomerBaseState, type LabView } from '../stores/customer-base';

/** The settings typed as numbers, in the order the panel shows them. */
const NUMBER_SETTINGS = [
  { field: 'horizonYears', label: 'Horizon (years)' },
  { field: 'discountPercent', label: 'Discount rate (% a year)' },
  { field: 'marginPercent', label: 'Margin (% of spend)' },
] as const;

export function SettingsPanel({ id, state, view }: { id: string; state: CustomerBaseState; view: LabView }) {
  const { settings, currency } = state;
  const { span, problems, endProblem, canFit } = view;
  return (
    <section class="cb-settings" aria-labelledby={`${id}-settings`}>
      <h2 id={`${id}-settings`}>3. Settings</h2>
      <p>
        The horizon, discount rate and margin below are illustrative starting points: use your own. Forecasts start the
        day after calibration ends; move that date earlier to hold out the later purchases and check the forecast
        against them.
      </p>
      <div class="cb-fields">
        <TextField
          id={`${id}-end`}
          class="cb-field"
          label="Calibration ends on"
          type="date"
          value={settings.calibrationEnd}
          problem={endProblem}
          hint={span ? `The file runs from ${span.first} to ${span.last}.` : undefined}
          onCommit={(v) => {
            void customerBase.changeSetting('calibrationEnd', v);
          }}
        />
        {NUMBER_SETTINGS.map(({ field, label }) => (
          <TextField
            key={field}
            id={`${id}-${field}`}
            class="cb-field"
            label={label}
            inputMode="decimal"
            value={settings[field]}
            problem={problems[field]}
            onCommit={(v) => {
              void customerBase.changeSetting(field, v);
            }}
          />
        ))}
        <CurrencyPicker
          class="cb-field"
          value={currency}
          onChange={(picked) => {
            customerBase.pickCurrency(picked);
          }}
        />
      </div>
      {canFit && (
        <p>
          <button
            type="button"
            class="course-button small cb-fit"
            onClick={() => {
              void customerBase.fit();
            }}
          >
            Fit the models
          </button>
        </p>
      )}
    </section>
  );
}
