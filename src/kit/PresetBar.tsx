/**
 * Illustrative starting points, Reset, and (after either, while the page still holds what it
 * produced) Undo, with the chosen preset's story below. The labs and the agenda builder both use it;
 * each keeps what Undo restores in its own store.
 */
import { useRef } from 'preact/hooks';

export interface PresetBarProps {
  presets: readonly { id: string; title: string }[];
  /** The group's accessible name: "Start from a scenario", "Start from an agenda". */
  label: string;
  ready: boolean;
  onPreset: (id: string) => void;
  onReset: () => void;
  /** Offered only while the page still holds what the last preset or Reset produced. */
  onUndo: (() => void) | undefined;
  /** The story of the preset the page still holds. */
  story: { title: string; story: string } | undefined;
}

export function PresetBar({ presets, label, ready, onPreset, onReset, onUndo, story }: PresetBarProps) {
  const reset = useRef<HTMLButtonElement>(null);
  return (
    <>
      <div class="lab-presets" role="group" aria-label={presets.length > 0 ? label : 'Start again'}>
        {presets.length > 0 && <span class="lab-presets-label">Start from (illustrative):</span>}
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            class="course-button small"
            disabled={!ready}
            onClick={() => {
              onPreset(p.id);
            }}
          >
            {p.title}
          </button>
        ))}
        <button type="button" class="course-button small" disabled={!ready} ref={reset} onClick={onReset}>
          Reset
        </button>
        {onUndo && (
          <button
            type="button"
            class="course-button small"
            disabled={!ready}
            onClick={() => {
              onUndo();
              // Undo goes with its use: the keyboard stays in the row, on Reset.
              reset.current?.focus();
            }}
          >
            Undo
          </button>
        )}
      </div>
      {story && (
        <p class="lab-preset-story">
          <strong>{story.title}:</strong> {story.story}
        </p>
      )}
    </>
  );
}
