/**
 * Undo for a whole replacement of a page's state (a preset, Reset): what was there before, and what
 * the replacement produced, so Undo is offered only while the page still holds that. Shared by the
 * labs (`lab-store.ts`) and the facilitator kit's agenda (`agenda.ts`).
 */
import { atom, type ReadableAtom } from 'nanostores';

export interface Replacement<S, Story> {
  /** The state before the replacement, which Undo puts back. */
  before: S;
  /** What the replacement said about itself (a preset's story), if anything. */
  story: Story | undefined;
}

interface Entry<S, Mark, Story> extends Replacement<S, Story> {
  /** The page's state right after the replacement, in whatever form the page compares. */
  after: Mark;
}

export interface Undo<S, Mark, Story> {
  $entry: ReadableAtom<Entry<S, Mark, Story> | undefined>;
  /** Remembers a replacement just made, `before` being the state it replaced. */
  remember: (before: S, story: Story | undefined) => void;
  /** Forgets it (the state came from elsewhere, a link, or was undone). */
  forget: () => void;
  /** The replacement, while `now` is still what it produced; `undefined` once the learner has edited. */
  current: (now: Mark) => Replacement<S, Story> | undefined;
}

/** `mark` reads the page's state as it is compared: the state itself, or its link. */
export function createUndo<S, Mark, Story>(mark: () => Mark): Undo<S, Mark, Story> {
  const $entry = atom<Entry<S, Mark, Story> | undefined>(undefined);
  return {
    $entry,
    remember: (before, story) => {
      $entry.set({ before, story, after: mark() });
    },
    forget: () => {
      $entry.set(undefined);
    },
    current: (now) => {
      const entry = $entry.get();
      return entry && entry.after === now ? { before: entry.before, story: entry.story } : undefined;
    },
  };
}
