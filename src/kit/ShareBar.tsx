/**
 * Copy link (and the Web Share API where there is one), with the link itself shown, or the reason
 * there is none. One bar for the labs, the agenda and the compare board. Where the clipboard is not
 * available (a page served over plain http on a venue's network) the link is selected for Ctrl+C.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** A page's link: its fragment, or why it has none (a board too big for one). */
export type ShareLink = { ok: true; fragment: string } | { ok: false; reason: string };

/**
 * The page's link for a fragment: absolute on this site's origin in the browser, root-relative
 * while the page is being built (there is no origin then).
 */
export function pageUrl(path: string, fragment: string): string {
  const relative = `${path}#${fragment}`;
  return typeof location === 'undefined' ? relative : new URL(relative, location.origin).href;
}

export function ShareBar({
  link,
  path,
  label = 'Copy link',
  what,
  shareTitle,
  settled,
}: {
  link: ShareLink;
  /** The page the link opens: "/labs/ltv-roi/", "/workshop/". */
  path: string;
  /** The button's text. */
  label?: string;
  /** What the link opens, for the confirmation: "this scenario". */
  what: string;
  /** The Web Share sheet's title; without one, no Share button. */
  shareTitle?: string;
  /**
   * The link once the changes still being worked out are done: a field left by pressing Copy link
   * commits its change on the way, and the copied link must have it.
   */
  settled?: () => Promise<ShareLink>;
}) {
  // What was said, and of which link: a confirmation is shown only while it is still true.
  const [status, setStatus] = useState({ text: '', url: '' });
  // Known only in the browser: deciding it during the server render would make hydration disagree.
  const [canShare, setCanShare] = useState(false);
  const anchor = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    setCanShare('share' in navigator);
  }, []);
  const urlOf = (l: ShareLink): string => (l.ok ? pageUrl(path, l.fragment) : '');
  const url = urlOf(link);
  const select = (note: string, target: string): void => {
    const selection = window.getSelection();
    if (anchor.current && selection) {
      const range = document.createRange();
      range.selectNodeContents(anchor.current);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    setStatus({ text: note, url: target });
  };
  const copy = async (): Promise<void> => {
    const target = urlOf(settled ? await settled() : link);
    if (target === '') return;
    // The clipboard API exists only on secure pages (https or localhost).
    if (typeof navigator.clipboard === 'undefined') {
      select('The link below is selected: press Ctrl+C (⌘C on a Mac) to copy it.', target);
      return;
    }
    try {
      await navigator.clipboard.writeText(target);
      setStatus({ text: `Link copied. Anyone who opens it sees ${what}.`, url: target });
    } catch {
      select('Your browser did not allow copying. The link below is selected: press Ctrl+C to copy it.', target);
    }
  };
  return (
    <div class="lab-share">
      <button
        type="button"
        class="course-button"
        disabled={!link.ok}
        onClick={() => {
          void copy();
        }}
      >
        {label}
      </button>
      {canShare && shareTitle !== undefined && link.ok && (
        <button
          type="button"
          class="course-button"
          onClick={() => {
            navigator.share({ title: shareTitle, url }).catch((error: unknown) => {
              // Closing the share sheet is not a failure worth reporting; anything else is.
              if (!(error instanceof DOMException && error.name === 'AbortError')) {
                setStatus({ text: 'Sharing did not work here. Use Copy link instead.', url });
              }
            });
          }}
        >
          Share…
        </button>
      )}
      {link.ok ? (
        <>
          <p class="lab-share-status" role="status">
            {status.url === url ? status.text : ''}
          </p>
          <p class="lab-share-url">
            <a ref={anchor} href={url}>
              {url}
            </a>
          </p>
        </>
      ) : (
        <p class="share-link-problem">{link.reason}</p>
      )}
    </div>
  );
}
