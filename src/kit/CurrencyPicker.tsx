import { useId } from 'preact/hooks';
import { CURRENCIES, CURRENCY_NAMES, isCurrency, type Currency } from '../scenario/currency';

/** The currency picker of a lab with money (DESIGN.md, "Money and numbers"). */
export function CurrencyPicker({
  value,
  disabled,
  onChange,
}: {
  value: Currency;
  disabled: boolean;
  onChange: (currency: Currency) => void;
}) {
  const id = useId();
  return (
    <div class="lab-currency">
      <label for={`${id}-currency`}>Currency</label>
      <select
        id={`${id}-currency`}
        class="field-input"
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const picked = e.currentTarget.value;
          if (isCurrency(picked)) onChange(picked);
        }}
      >
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c} · {CURRENCY_NAMES[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
