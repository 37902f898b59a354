/**
 * Which state a page opens with, from the two places it can come from: the page's address (someone's
 * link, or the page's own address after a reload) and the copy this browser keeps of the learner's
 * own work. One rule for every page that keeps its state in a link (each lab, the facilitator kit's
 * agenda, the compare board), so they cannot drift apart:
 *
 * - A link in the address wins, and is reported with what in it could not be used: someone's link
 *   is never silently replaced by the learner's own work.
 * - Unless it is the learner's own state coming back (a reload, Back): the link reads cleanly and is
 *   exactly what the browser keeps. Then it opens from the kept copy (which may hold more than a
 *   link can, like the compare board's flagged links) and is not announced as someone else's.
 * - Otherwise the kept copy, if there is one: the learner's own work, resumed.
 * - Otherwise the page's starting state.
 *
 * A kept state that is the starting state is reported as `start`: there is nothing to resume.
 */

/** Where an opened state came from. */
export type Origin = 'link' | 'saved' | 'start';

export interface Opened<S> {
  state: S;
  origin: Origin;
  /** What in the link could not be used, in words; empty unless `origin` is `link`. */
  issues: string[];
}

/** How a page reads and writes its state, for `openState`. */
export interface StateFormat<S> {
  /** Reads a link's fragment: the state, and what could not be used. Never throws. */
  decode: (fragment: string) => { state: S; issues: readonly { message: string }[] };
  /** The fragment a state's link carries; `undefined` when it has none (a board too big for one). */
  encode: (state: S) => string | undefined;
  /** Reads the copy kept in this browser (by default, as a link). Never throws. */
  readKept?: (text: string) => S;
  /** The page's starting state. */
  start: () => S;
  /** Whether a state is the starting one (by default, its link is the starting state's). */
  isStart?: (state: S) => boolean;
}

export function openState<S>(
  from: {
    /** The address's fragment when it holds a state (see `isScenarioFragment`), without `#`. */
    fragment: string | undefined;
    /** The copy kept in this browser, if any. */
    kept: string | undefined;
  },
  format: StateFormat<S>,
): Opened<S> {
  const readKept = format.readKept ?? ((text: string) => format.decode(text).state);
  const startLink = (): string | undefined => format.encode(format.start());
  const isStart = format.isStart ?? ((state: S) => format.encode(state) === startLink());
  const own = (state: S): Opened<S> => ({ state, origin: isStart(state) ? 'start' : 'saved', issues: [] });
  if (from.fragment !== undefined) {
    const { state, issues } = format.decode(from.fragment);
    if (issues.length === 0 && from.kept !== undefined) {
      const kept = readKept(from.kept);
      const keptLink = format.encode(kept);
      if (keptLink !== undefined && keptLink === format.encode(state)) return own(kept);
    }
    return { state, origin: 'link', issues: issues.map((issue) => issue.message) };
  }
  if (from.kept !== undefined) return own(readKept(from.kept));
  return { state: format.start(), origin: 'start', issues: [] };
}
