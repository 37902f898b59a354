/**
 * A text field that commits on change (Enter, or leaving it), with a hint under its label and the
 * reason beside it when its value cannot be used. What the learner typed stays in the field while
 * they type and when it is refused; a new value from outside (a reset, a link) replaces it only
 * while the field is not being edited. The labs' numbers use `NumberInput` instead, which reads a
 * number as it is typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface TextFieldProps {
  id: string;
  label: string;
  /** Read by screen readers after the visible label, to tell one row's field from another's. */
  labelDetail?: string | undefined;
  value: string;
  /** Called with the field's text when the learner commits it. */
  onCommit: (text: string) => void;
  /** Why the value cannot be used, shown beside the field. */
  problem?: string | undefined;
  hint?: string | undefined;
  placeholder?: string | undefined;
  inputMode?: 'numeric' | 'decimal' | undefined;
  type?: 'text' | 'date';
  disabled?: boolean;
  /** `data-focus` of the input, for putting the keyboard back after a list is redrawn. */
  focus?: string | undefined;
  /** Classes of the wrapper, beside `field`. */
  class?: string | undefined;
}

export function TextField({
  id,
  label,
  labelDetail,
  value,
  onCommit,
  problem,
  hint,
  placeholder,
  inputMode,
  type = 'text',
  disabled = false,
  focus,
  class: extraClass,
}: TextFieldProps) {
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== input.current) setText(value);
  }, [value]);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field ${extraClass ?? ''}`}>
      <label for={id}>
        {label}
        {labelDetail && <span class="sr-only">{labelDetail}</span>}
      </label>
      <input
        ref={input}
        class="field-input"
        id={id}
        type={type}
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        disabled={disabled}
        data-focus={focus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
        }}
        onChange={(e) => {
          onCommit(e.currentTarget.value);
        }}
      />
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
