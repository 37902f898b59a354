/**
 * Pieces the money charts share (lifetime ROI, allocation): base options, a tooltip and a value axis
 * in the scenario's currency, and a dashed reference line. Pure, like the configurations that use them.
 */
import { formatMoneyCompact, formatMoneyRounded } from '../course/format';
import type { ChartColors } from './theme';

/** Options every lab chart shares: it fills its box and draws at once, with no animation. */
export const BASE_OPTIONS = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** The legend, below the chart, in the theme's text colour. */
export function bottomLegend(colors: ChartColors) {
  return { position: 'bottom' as const, labels: { color: colors.text } };
}

/** A tooltip that names the series and gives the amount, rounded, in the scenario's currency. */
export function moneyTooltip(currency: string) {
  return {
    callbacks: {
      label: (item: { dataset: { label?: string | undefined }; parsed: { y: number | null } }) =>
        `${item.dataset.label ?? ''}: ${formatMoneyRounded(item.parsed.y ?? 0, currency)}`,
    },
  };
}

/** A value axis in money, from 0, with compact ticks ("$20K") and a title. */
export function moneyAxis(currency: string, colors: ChartColors, title: string) {
  return {
    beginAtZero: true,
    ticks: { color: colors.text, callback: (value: string | number) => formatMoneyCompact(Number(value), currency) },
    grid: { color: colors.grid },
    title: { display: true, text: title, color: colors.text },
  };
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
