/**
 * Pieces every lab island shares: the notice shown when a scenario was opened from a link, and the
 * bar that copies or shares the scenario's link. Each lab passes its own page and title.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ScenarioIssue } from '../scenario/codec';
import { scenarioUrl } from '../stores/scenario-url';

/** Says that a scenario came from a link, and lists what in it could not be used and why. */
export function LinkNotice({ issues, onDismiss }: { issues: ScenarioIssue[]; onDismiss: () => void }) {
  return (
    <div class={`lab-notice ${issues.length > 0 ? 'has-issues' : ''}`} role="status">
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
    </div>
  );
}

/** Copy link (and the Web Share API where there is one), with the link itself shown. */
export function ShareBar({ fragment, labPath, title }: { fragment: string; labPath: string; title: string }) {
  const [status, setStatus] = useState('');
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  const url = scenarioUrl(labPath, fragment);
  // A "copied" message is about the link as it was: clear it once the scenario changes.
  useEffect(() => {
    setStatus('');
  }, [fragment]);
  return (
    <div class="lab-share">
      <button
        type="button"
        class="course-button"
        onClick={() => {
          navigator.clipboard.writeText(url).then(
            () => {
              setStatus('Link copied. Anyone who opens it sees this scenario.');
            },
            () => {
              setStatus('Your browser did not allow copying. Select the link below and copy it.');
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
        <a href={url}>{url}</a>
      </p>
    </div>
  );
}
