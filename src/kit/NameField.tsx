/**
 * A name the learner types (an offer's, a tier's, a group's, a team's), applied as they type. The
 * field keeps what they type, spaces included, while the page keeps it cleaned (`clean`). A new
 * name from elsewhere (a link, a reset) replaces the field's text unless it is the cleaned form of
 * that text; while the learner is typing, only a whole replacement (`revision`) does, since a page
 * whose names come back from a worker answers a keystroke or two behind.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface NameFieldProps {
  /** The name as the page keeps it. */
  value: string;
  /** How the page cleans a typed name (trimmed, capped, control characters removed). */
  clean: (text: string) => string;
  maxLength: number;
  /** Applies the typed text, at every keystroke. */
  onRename: (text: string) => void;
  /** Called when the learner leaves the field, with the name it now holds (to announce it). */
  onDone?: (name: string) => void;
  /** The field's accessible name, when "Name" alone would not say whose it is. */
  ariaLabel?: string;
  /** Changes when the whole state is replaced: the field then shows the new name even if it looks alike. */
  revision?: number;
  disabled?: boolean;
  labelClass?: string;
  inputClass?: string;
}

export function NameField({
  value,
  clean,
  maxLength,
  onRename,
  onDone,
  ariaLabel,
  revision,
  disabled,
  labelClass,
  inputClass,
}: NameFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const seenRevision = useRef(revision);
  useEffect(() => {
    const replaced = seenRevision.current !== revision;
    seenRevision.current = revision;
    const typing = document.activeElement === input.current;
    if (clean(text) !== value && (replaced || !typing)) setText(value);
  }, [value, revision]);
  return (
    <>
      <label class={labelClass} for={`${id}-name`}>
        Name
      </label>
      <input
        ref={input}
        id={`${id}-name`}
        class={`field-input ${inputClass ?? ''}`}
        type="text"
        data-focus="name"
        aria-label={ariaLabel}
        maxLength={maxLength}
        value={text}
        disabled={disabled}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onRename(e.currentTarget.value);
        }}
        onChange={(e) => {
          // Left empty: the field shows the name the page fell back to.
          const name = clean(e.currentTarget.value);
          if (name === '') setText(value);
          else onDone?.(name);
        }}
      />
    </>
  );
}
