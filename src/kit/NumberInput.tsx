/**
 * One number a learner sets in a lab: an exact text field, optionally with a slider beside it,
 * and a message next to the field when the typed text cannot be used. Every lab's numeric inputs
 * are this component; each lab says what the number is, how to show it and how to apply it.
 *
 * While the learner types, the text is theirs: the field never rewrites it with the echo of their own
 * keystrokes. A half-typed number (the "1" of "11") that cannot be used does not drive the figures:
 * the value from before the edit does, and the lab is told (`onProblem`) so its results can say so.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { capitalise } from '../course/text';
import { parseNumberText, parseTypedNumber, type ReadResult } from '../scenario/fields';
import type { InputProblem } from '../stores/lab-store';
import { memo } from './memo';

export interface NumberLimits {
  min: number;
  max: number;
  /** Decimals kept; 0 makes it a whole number. */
  decimals: number;
}

export interface NumberInputProps {
  /** Stable id of this field among the lab's inputs, for `onProblem`. */
  problemId: string;
  /** Visible label. */
  label: string;
  /** A plain-language hint shown under the label. */
  hint?: string | undefined;
  value: number;
  limits: NumberLimits;
  /** A slider over the same limits, moving in steps of `step` (default: the smallest the limits allow). */
  slider?: { step?: number } | undefined;
  /** The value as the text field shows it; must read back (no grouping unless `grouping`). */
  format: (value: number) => string;
  /** The value as a sentence shows it ("40%", "€20,000.00"), for messages and the slider's value text. */
  describe: (value: number) => string;
  /** The slider's spoken value, when it needs more than `describe` ("6 out of 10"). */
  valueText?: ((value: number) => string) | undefined;
  /** Accepts thousands separators as typed in the learner's locale ("20,000"); for money and counts. */
  grouping?: boolean | undefined;
  /** Shown before or after the text field, e.g. a currency symbol or "%". */
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** Accessible name of the text field when it differs from the label (e.g. names the offer). */
  fieldLabel?: string | undefined;
  /** What a valid entry is, as an instruction: "Enter a rating from 0 to 10." */
  expect: string;
  /** Whose limits these are in messages: "the scale’s" gives "above the scale’s maximum, 10". */
  limitsOwner?: string | undefined;
  /** Applies a value to the lab; returns a message if the lab refuses it, changing nothing. */
  onValue: (value: number) => string | undefined;
  /** Tells the lab a field's text cannot be used right now (or no longer has a problem). */
  onProblem: (id: string, problem: InputProblem | undefined) => void;
  /** What the field is called in the results' "the figures use … until …" note. */
  problemLabel: string;
  /** Changes when the whole scenario is replaced: drop any half-typed text. */
  revision: number;
  /**
   * What the lab's refusal of this field depends on (say, the potential value a value now must not
   * exceed): when it changes, a refused entry is tried again, so fixing the other field clears it.
   */
  recheck?: unknown;
  disabled?: boolean | undefined;
}

function NumberInputImpl(props: NumberInputProps) {
  const { problemId, label, hint, value, limits, slider, format, describe, onValue, onProblem, revision } = props;
  const id = useId();
  const [text, setText] = useState(format(value));
  const [error, setError] = useState<string | undefined>();
  // The latest typed text, read by the effect below (its closure may be a render behind fast typing).
  const typed = useRef(text);
  // The value before the learner started typing: what the figures fall back to while the text is unusable.
  const beforeEdit = useRef(value);
  const field = useRef<HTMLInputElement>(null);
  // The text is a number the lab refused (not text that is not a number), see `recheck`.
  const refused = useRef(false);

  const parse = (raw: string): ReadResult<number> =>
    props.grouping ? parseTypedNumber(raw, limits) : parseNumberText(raw, limits);

  const show = (next: string, message: string | undefined): void => {
    refused.current = false;
    typed.current = next;
    setText(next);
    setError(message);
  };

  const problem = (using: number): InputProblem => ({ label: props.problemLabel, using: describe(using) });

  // A slider, preset, reset or link changed the value: show it, unless the field already says it.
  useEffect(() => {
    if (field.current !== null && document.activeElement === field.current) return;
    const parsed = parse(typed.current);
    if (!parsed.ok || parsed.value !== value) {
      show(format(value), undefined);
      onProblem(problemId, undefined);
    }
  }, [value]);

  // The whole scenario was replaced: whatever was being typed no longer applies.
  useEffect(() => {
    show(format(value), undefined);
    onProblem(problemId, undefined);
  }, [revision]);

  // The lab refused the typed value (not its text): once what it depends on changes, try it again.
  useEffect(() => {
    if (!refused.current) return;
    const parsed = parse(typed.current);
    if (parsed.ok && onValue(parsed.value) === undefined) {
      refused.current = false;
      show(typed.current, undefined);
      onProblem(problemId, undefined);
    }
  }, [props.recheck]);

  // Clear this field's problem when the lab removes the field (a folded section, another lab).
  useEffect(
    () => () => {
      onProblem(problemId, undefined);
    },
    [],
  );

  const explain = (reason: string): string => {
    if (reason === 'was empty') return props.expect;
    const owner = props.limitsOwner ?? 'the';
    const said = reason.replace(
      / is (below|above) the (minimum|maximum) of .*$/,
      (_, side: string, bound: string) =>
        ` is ${side} ${owner} ${bound}, ${describe(bound === 'minimum' ? limits.min : limits.max)}`,
    );
    return `${capitalise(said)}. ${props.expect}`;
  };

  const fromSlider = (input: HTMLInputElement): void => {
    const parsed = parseNumberText(input.value, limits);
    const slideRefusal = parsed.ok ? onValue(parsed.value) : props.expect;
    if (parsed.ok && slideRefusal === undefined) {
      if (error) show(format(parsed.value), undefined);
      onProblem(problemId, undefined);
      return;
    }
    // Refused: put the slider back where the figures are.
    input.value = String(value);
    show(format(value), slideRefusal);
  };

  const fromField = (raw: string): void => {
    const parsed = parse(raw);
    if (!parsed.ok) {
      show(raw, explain(parsed.reason));
      onValue(beforeEdit.current);
      onProblem(problemId, problem(beforeEdit.current));
      return;
    }
    const refusal = onValue(parsed.value);
    if (refusal !== undefined) {
      // As with text that is not a number: the figures go back to the value from before the edit,
      // not to a keystroke on the way (the "9" of a refused "96").
      show(raw, refusal);
      refused.current = true;
      onValue(beforeEdit.current);
      onProblem(problemId, problem(beforeEdit.current));
      return;
    }
    show(raw, undefined);
    onProblem(problemId, undefined);
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const step = slider?.step ?? 10 ** -limits.decimals;
  return (
    <div class={`number-input ${slider ? 'has-slider' : ''}`} data-invalid={error ? 'true' : undefined}>
      <span class="number-input-label">
        <label for={slider ? `${id}-range` : `${id}-field`}>{label}</label>
        {hint && (
          <span class="field-note" id={hintId}>
            {hint}
          </span>
        )}
      </span>
      {slider && (
        <input
          id={`${id}-range`}
          type="range"
          min={limits.min}
          max={limits.max}
          step={step}
          value={value}
          disabled={props.disabled}
          aria-valuetext={(props.valueText ?? describe)(value)}
          aria-describedby={described}
          onInput={(e) => {
            fromSlider(e.currentTarget);
          }}
        />
      )}
      <span class="number-input-box">
        {props.prefix && (
          <span class="number-input-unit" aria-hidden="true">
            {props.prefix}
          </span>
        )}
        <input
          id={`${id}-field`}
          ref={field}
          class="field-input number-input-field"
          type="text"
          inputMode="decimal"
          autocomplete="off"
          disabled={props.disabled}
          aria-label={props.fieldLabel ?? (slider ? `${label}, exact value` : undefined)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          value={text}
          onFocus={() => {
            beforeEdit.current = value;
          }}
          onInput={(e) => {
            fromField(e.currentTarget.value);
          }}
          onBlur={() => {
            // Show the number the figures actually use ("3.25" is used as 3.3).
            const parsed = parse(typed.current);
            if (parsed.ok && !error) show(format(parsed.value), undefined);
          }}
        />
        {props.suffix && (
          <span class="number-input-unit" aria-hidden="true">
            {props.suffix}
          </span>
        )}
      </span>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Re-renders only when its props change: a lab's other inputs do not redraw on every slider step. */
export const NumberInput = memo(NumberInputImpl);
