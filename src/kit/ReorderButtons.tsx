/**
 * Move up, Move down and Remove for one item of a list the learner can reorder (the allocation lab's
 * tiers, the agenda's items, the compare board's teams). Each button is named with the item
 * ("Move up, Blue team") and carries `data-focus`, so `useFocusAfter` can put the keyboard back on
 * it once the list is redrawn. A button that cannot act (Move up on the first item) is disabled.
 */
export interface ReorderButtonsProps {
  /** The item's name, for the buttons' accessible names. */
  name: string;
  /** The item's place in the list, from 0, and how many there are. */
  place: number;
  of: number;
  disabled: boolean;
  /** Whether this item may be removed (the last one with customers may not). */
  removable: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** The buttons' words, where a list says them its own way ("Earlier", "Later"). */
  words?: { up: string; down: string; remove: string };
  /** The group's accessible name, when the buttons stand apart from the item's other fields. */
  label?: string;
  class?: string;
}

const WORDS = { up: 'Move up', down: 'Move down', remove: 'Remove' };

export function ReorderButtons({
  name,
  place,
  of,
  disabled,
  removable,
  onMove,
  onRemove,
  words = WORDS,
  label,
  class: className,
}: ReorderButtonsProps) {
  return (
    <div class={className} role={label ? 'group' : undefined} aria-label={label}>
      <button
        type="button"
        class="course-button small"
        data-focus="up"
        aria-label={`${words.up}, ${name}`}
        disabled={disabled || place === 0}
        onClick={() => {
          onMove(-1);
        }}
      >
        {words.up}
      </button>
      <button
        type="button"
        class="course-button small"
        data-focus="down"
        aria-label={`${words.down}, ${name}`}
        disabled={disabled || place === of - 1}
        onClick={() => {
          onMove(1);
        }}
      >
        {words.down}
      </button>
      <button
        type="button"
        class="course-button small danger"
        data-focus="remove"
        aria-label={`${words.remove}, ${name}`}
        disabled={disabled || !removable}
        onClick={onRemove}
      >
        {words.remove}
      </button>
    </div>
  );
}
