import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { pageLoaded } from '../workers/client';

/**
 * Part of a lab that is only fetched when the learner scrolls near it, so the page loads less before
 * the lab is used. Until then (and on the server) it holds its place with an empty block of
 * `minHeight`; the module is a `lazy-*` file, which the JS budget counts as on-demand.
 */
export function LazySection<P extends object>({
  name,
  load,
  props,
  minHeight = '40rem',
}: {
  /** Marks the placeholder (`data-lazy`), e.g. for tests that scroll to it. */
  name: string;
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  minHeight?: string;
}) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>();
  const [failed, setFailed] = useState(false);
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    let stopped = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        // Fetched on demand, never before the page's load event (what the JS budget counts).
        pageLoaded()
          .then(load)
          .then(
            (module) => {
              if (!stopped) setLoaded(() => module.default);
            },
            () => {
              if (!stopped) setFailed(true);
            },
          );
      },
      // Start fetching well before it is on screen, so it is there when the learner arrives.
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      stopped = true;
      observer.disconnect();
    };
  }, []);
  if (Loaded) return <Loaded {...props} />;
  return (
    <div ref={holder} class="lazy-section" data-lazy={name} style={{ minHeight }}>
      {failed && (
        <p class="lab-chart-failed">
          This part of the lab could not be loaded. Check your connection and reload the page.
        </p>
      )}
    </div>
  );
}
