/**
 * Options every lab chart shares, with no money formatting, so charts without money (the
 * customer-base lab's) use them without pulling in the money formatters. Pure.
 */
import type { ChartColors } from './theme';

/** Options every lab chart shares: it fills its box and draws at once, with no animation. */
export const BASE_OPTIONS = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** The legend, below the chart, in the theme's text colour. */
export function bottomLegend(colors: ChartColors) {
  return { position: 'bottom' as const, labels: { color: colors.text } };
}

/** A dashed reference line (a spend, a break-even), without points. */
export function dashedLine(label: string, data: number[], color: string) {
  return {
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    borderDash: [6, 4],
    borderWidth: 2,
    pointRadius: 0,
  };
}
