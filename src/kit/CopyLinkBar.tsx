/**
 * Copy link for the workshop pages (agenda and compare board), with the link shown, or the reason
 * there is none. Where the clipboard is not available (a page served over plain http on a venue's
 * network) the link is selected for Ctrl+C instead.
 *
 * The labs have their own (`ShareBar` in LabParts, with the Web Share API): the workshop pages import
 * nothing the labs import, because sharing modules with them regroups their chunks and costs each
 * lab's 25 kB budget (docs/decisions.md).
 */
import { useRef, useState } from 'preact/hooks';

type ShareLink = { ok: true; fragment: string } | { ok: false; reason: string };

export function CopyLinkBar({
  link,
  path,
  label,
  what,
  settled,
}: {
  /** The fragment to share, or why there is no link. */
  link: ShareLink;
  /** The page the link opens: "/workshop/". */
  path: string;
  /** The button's text: "Copy link", "Copy link to this board". */
  label: string;
  /** What the link opens, for the confirmation: "this agenda". */
  what: string;
  /**
   * The link once the changes still being worked out are done: a field left by pressing Copy link
   * commits its change on the way, and the copied link must have it.
   */
  settled?: () => Promise<ShareLink>;
}) {
  // What was said, and of which link: a confirmation is shown only while it is still true.
  const [status, setStatus] = useState({ text: '', url: '' });
  const anchor = useRef<HTMLAnchorElement>(null);
  const urlOf = (l: ShareLink): string =>
    l.ok
      ? typeof location === 'undefined'
        ? `${path}#${l.fragment}`
        : new URL(`${path}#${l.fragment}`, location.origin).href
      : '';
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
    <div class="lab-share workshop-share">
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
