/**
 * A chart drawn on demand, its caption, and its numbers as a table for screen readers, for paper and
 * for when chart.js cannot be loaded. Every chart in the course is one of these.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `mount` draws on the canvas and returns the function that stops it; it calls `onFail` if the chart
 * cannot be drawn. The table is built only while it is open (fewer nodes to update on every slider
 * step) and from the moment the page is printed: the print script opens the tables it prints
 * (`src/scripts/print-charts.ts`), and a `<details>` announces that it opened only a task later,
 * after the page has gone to paper.
 */
export function ChartFigure({
  label,
  caption,
  mount,
  tableLabel,
  table,
  summary = 'Show the chart’s numbers as a table',
  tableOpen: openAtFirst = false,
  class: extraClass,
}: {
  /** The canvas's accessible name: what the chart shows, in words. */
  label: string;
  /** The text of the control that shows the table (distinct when a lab has two charts). */
  summary?: string;
  caption: ComponentChildren;
  mount: (canvas: HTMLCanvasElement, onFail: () => void) => () => void;
  tableLabel: string;
  table: () => ComponentChildren;
  /** Whether the table starts open (the compare board, where teams read the numbers aloud). */
  tableOpen?: boolean;
  /** `lab-chart--long-table` marks a table that prints only when its chart was never drawn. */
  class?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [tableOpen, setTableOpen] = useState(openAtFirst);
  const [printing, setPrinting] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!canvas.current) return undefined;
    return mount(canvas.current, () => {
      setFailed(true);
    });
  }, []);
  useEffect(() => {
    const before = (): void => {
      setPrinting(true);
    };
    window.addEventListener('beforeprint', before);
    return () => {
      window.removeEventListener('beforeprint', before);
    };
  }, []);
  return (
    <figure class={`lab-chart ${extraClass ?? ''}`}>
      <div class="lab-chart-canvas">
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <figcaption>{caption}</figcaption>
      {failed && <p class="lab-chart-failed">The chart could not be loaded; its numbers are in the table below.</p>}
      <details
        open={failed || openAtFirst || undefined}
        onToggle={(e) => {
          setTableOpen(e.currentTarget.open);
        }}
      >
        <summary>{summary}</summary>
        {(tableOpen || failed || printing) && (
          <div class="lab-table-scroll" role="region" aria-label={tableLabel} tabIndex={0}>
            {table()}
          </div>
        )}
      </details>
    </figure>
  );
}
