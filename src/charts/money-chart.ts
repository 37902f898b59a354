/**
 * Pieces the money charts share (lifetime ROI, allocation): a tooltip and a value axis in the
 * scenario's currency, with the options every chart shares (`chart-options.ts`). Pure, like the
 * configurations that use them.
 */
import { formatMoneyCompact, formatMoneyRounded } from '../course/format';
import type { ChartColors } from './theme';

export { BASE_OPTIONS, bottomLegend, dashedLine } from './chart-options';

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
