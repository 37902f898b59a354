/**
 * Copy link for the workshop pages (agenda and compare board), with the link shown, or the reason
 * there is none. Where the clipboard is not available (a page served over plain http on a venue's
 * network) the link is selected for Ctrl+C instead.
 *
 * The labs have their own (`ShareBar` in LabParts, with the Web Share API): the workshop pages import
 * nothing the labs import, because sharing modules with them regroups their chunks and costs each
 * lab's 25 kB budget (docs/decisions.md).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function CopyLinkBar({
  link,
  path,
  label,
  what,
}: {
  /** The fragment to share, or why there is no link. */
  link: { ok: true; fragment: string } | { ok: false; reason: string };
  /** The page the link opens: "/workshop/". */
  path: string;
  /** The button's text: "Copy link", "Copy link to this board". */
  label: string;
  /** What the link opens, for the confirmation: "this agenda". */
  what: string;
}) {
  const [status, setStatus] = useState('');
  const anchor = useRef<HTMLAnchorElement>(null);
  const url = link.ok
    ? typeof location === 'undefined'
      ? `${path}#${link.fragment}`
      : new URL(`${path}#${link.fragment}`, location.origin).href
    : '';
  useEffect(() => {
    setStatus('');
  }, [url]);
  const select = (note: string): void => {
    const selection = window.getSelection();
    if (anchor.current && selection) {
      const range = document.createRange();
      range.selectNodeContents(anchor.current);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    setStatus(note);
  };
  return (
    <div class="lab-share workshop-share">
      <button
        type="button"
        class="course-button"
        disabled={!link.ok}
        onClick={() => {
          if (typeof navigator.clipboard === 'undefined') {
            select('The link below is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
            return;
          }
          navigator.clipboard.writeText(url).then(
            () => {
              setStatus(`Link copied. Anyone who opens it sees ${what}.`);
            },
            () => {
              select('Your browser did not allow copying. The link below is selected: press Ctrl+C to copy it.');
            },
          );
        }}
      >
        {label}
      </button>
      {link.ok ? (
        <>
          <p class="lab-share-status" role="status">
            {status}
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
