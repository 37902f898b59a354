/** Colours a chart is drawn with, read from the page's theme by `src/kit/chart-mount.ts`. */
export interface ChartColors {
  /** Axis labels and legend text. */
  text: string;
  /** Grid lines. */
  grid: string;
  /** The two benefit series (product quality, service quality). */
  benefit: [string, string];
  /** The two cost series (price, hassle). */
  cost: [string, string];
}

/** Colours used when the page's theme cannot be read (and in tests). */
export const FALLBACK_COLORS: ChartColors = {
  text: '#444',
  grid: '#ddd',
  benefit: ['#2f7d5b', '#7cc4a0'],
  cost: ['#8a3ffc', '#c7a6ff'],
};
