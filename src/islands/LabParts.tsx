/**
 * Pieces every lab island shares: the notice shown when a scenario was opened from a link, and the
 * bar that copies or shares the scenario's link. Each lab passes its own page and title.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScenarioIssue } from '../scenario/codec';
import { scenarioUrl } from '../stores/scenario-url';

/** Says that a scenario came from a link, and lists what in it could not be used and why. */
export function LinkNotice({ issues, onDismiss }: { issues: ScenarioIssue[]; onDismiss: () => void }) {
  return (
    // Announced by the lab's own status line (a live region that appears already filled is often
    // not read out), so this is a plain labelled region.
    <section class={`lab-notice ${issues.length > 0 ? 'has-issues' : ''}`} aria-label="Scenario from a link">
      <p>
        {issues.length > 0
          ? 'This scenario was opened from a link. Some of it needed attention:'
          : 'This scenario was opened from a shared link.'}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.field + issue.message}>{issue.message}</li>
          ))}
        </ul>
      )}
      <button type="button" class="course-button small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

/** Copy link (and the Web Share API where there is one), with the link itself shown. */
export function ShareBar({ fragment, labPath, title }: { fragment: string; labPath: string; title: string }) {
  const [status, setStatus] = useState('');
  // Known only in the browser: deciding it during the server render would make hydration disagree.
  const [canShare, setCanShare] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const url = scenarioUrl(labPath, fragment);
  useEffect(() => {
    setCanShare('share' in navigator);
  }, []);
  // A "copied" message is about the link as it was: clear it once the scenario changes.
  useEffect(() => {
    setStatus('');
  }, [fragment]);

  const selectLink = (): void => {
    const anchor = link.current;
    const selection = window.getSelection();
    if (!anchor || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(anchor);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  return (
    <div class="lab-share">
      <button
        type="button"
        class="course-button"
        onClick={() => {
          // The clipboard API exists only on secure pages (https or localhost), not, say, on a
          // workshop laptop serving the site over the venue's network.
          if (typeof navigator.clipboard === 'undefined') {
            selectLink();
            setStatus('The link below is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
            return;
          }
          navigator.clipboard.writeText(url).then(
            () => {
              setStatus('Link copied. Anyone who opens it sees this scenario.');
            },
            () => {
              selectLink();
              setStatus('Your browser did not allow copying. The link below is selected: press Ctrl+C to copy it.');
            },
          );
        }}
      >
        Copy link
      </button>
      {canShare && (
        <button
          type="button"
          class="course-button"
          onClick={() => {
            navigator.share({ title, url }).catch((error: unknown) => {
              // Closing the share sheet is not a failure worth reporting; anything else is.
              if (!(error instanceof DOMException && error.name === 'AbortError')) {
                setStatus('Sharing did not work here. Use Copy link instead.');
              }
            });
          }}
        >
          Share…
        </button>
      )}
      <p class="lab-share-status" role="status">
        {status}
      </p>
      <p class="lab-share-url">
        <a ref={link} href={url}>
          {url}
        </a>
      </p>
    </div>
  );
}
