import { useId } from 'preact/hooks';
import { CURRENCIES, CURRENCY_NAMES, isCurrency, type Currency } from '../scenario/currency';

/** The currency picker of a lab with money (DESIGN.md, "Money and numbers"). */
export function CurrencyPicker({
  value,
  disabled = false,
  onChange,
  class: className = 'lab-currency',
}: {
  value: Currency;
  disabled?: boolean;
  onChange: (currency: Currency) => void;
  /** The wrapper's class, to sit among the lab's other fields. */
  class?: string;
}) {
  const id = useId();
  return (
    <div class={className}>
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
