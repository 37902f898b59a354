/**
 * Draws a chart on a canvas once it scrolls into view, and keeps it in step with a store and the
 * page's theme (light on paper). chart.js is fetched at that moment, not with the page. The
 * configuration comes from a pure builder in `src/charts/`, so this is the only chart code that
 * touches the DOM.
 */
import type { Chart as ChartType, ChartConfiguration, ChartType as Kind } from 'chart.js';
import type { ReadableAtom } from 'nanostores';
import { FALLBACK_COLORS, type ChartColors } from '../charts/theme';

function cssColor(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** The chart colours of the current theme, from Starlight's and Valued's CSS custom properties. */
export function themeColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  return {
    text: cssColor(style, '--sl-color-gray-2', FALLBACK_COLORS.text),
    grid: cssColor(style, '--sl-color-gray-5', FALLBACK_COLORS.grid),
    benefit: [
      cssColor(style, '--valued-benefit-1', FALLBACK_COLORS.benefit[0]),
      cssColor(style, '--valued-benefit-2', FALLBACK_COLORS.benefit[1]),
    ],
    cost: [
      cssColor(style, '--valued-cost-1', FALLBACK_COLORS.cost[0]),
      cssColor(style, '--valued-cost-2', FALLBACK_COLORS.cost[1]),
    ],
  };
}

/**
 * Returns a function that stops observing and destroys the chart. `onLoadError` is called if
 * chart.js cannot be fetched.
 */
export function mountChartWhenVisible<T, K extends Kind>(
  canvas: HTMLCanvasElement,
  store: ReadableAtom<T>,
  build: (value: T, colors: ChartColors) => ChartConfiguration<K>,
  onLoadError?: () => void,
): () => void {
  let chart: ChartType<K> | undefined;
  let stopped = false;
  const cleanups: (() => void)[] = [];

  const redraw = (): void => {
    if (!chart) return;
    const config = build(store.get(), themeColors());
    chart.data = config.data;
    if (config.options) chart.options = config.options;
    chart.update('none');
  };

  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    import('../charts/chart-runtime').then(
      ({ Chart }) => {
        if (stopped) return;
        chart = new Chart(canvas, build(store.get(), themeColors()));
        // Printing leaves a drawn chart's long data table closed (src/scripts/print-charts.ts).
        canvas.dataset['drawn'] = '';
        cleanups.push(store.listen(redraw));
        const themeWatch = new MutationObserver(redraw);
        themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
        // Paper is white whatever the theme: printing switches the page to light colours, and the
        // drawing follows, so a chart drawn in the dark theme does not print light grey on white.
        const print = window.matchMedia('print');
        print.addEventListener('change', redraw);
        cleanups.push(() => {
          themeWatch.disconnect();
          print.removeEventListener('change', redraw);
        });
      },
      () => {
        // The chunk did not arrive: let the page offer the numbers another way.
        if (!stopped) onLoadError?.();
      },
    );
  });
  observer.observe(canvas);

  return () => {
    stopped = true;
    observer.disconnect();
    for (const cleanup of cleanups) cleanup();
    chart?.destroy();
  };
}
