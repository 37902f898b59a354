/**
 * Says that the page's state came from someone's link, that the learner's own is safe, and lists
 * what in the link could not be used and why. One notice for the labs, the agenda and the board.
 */
import { capitalise } from '../course/text';

export function LinkNotice({
  what,
  issues,
  onDismiss,
}: {
  /** What the link opened: "scenario", "agenda", "board". */
  what: string;
  /** What in the link could not be used, in words. */
  issues: readonly string[];
  onDismiss: () => void;
}) {
  return (
    // Announced by the page's own status line (a live region that appears already filled is often
    // not read out), so this is a plain labelled region.
    <section
      class={`lab-notice ${issues.length > 0 ? 'has-issues' : ''}`}
      aria-label={`${capitalise(what)} from a link`}
    >
      <p>
        {issues.length > 0
          ? `This ${what} was opened from a link. Some of it needed attention:`
          : `This ${what} was opened from a shared link.`}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{issue}</li>
          ))}
        </ul>
      )}
      <p class="lab-notice-kept">
        It is kept in this browser only once you change it: until then, your own {what} stays as you left it.
      </p>
      <button type="button" class="course-button small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

/** What the status line says when a link is opened. */
export function linkOpenedAnnouncement(what: string, issues: readonly string[]): string {
  const n = issues.length;
  return n > 0
    ? `${capitalise(what)} opened from a link. ${String(n)} ${n === 1 ? 'part of it' : 'parts of it'} could not be used; see the note above the ${what}.`
    : `${capitalise(what)} opened from a shared link.`;
}
