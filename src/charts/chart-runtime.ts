/**
 * chart.js with only the parts the labs draw, registered once. Imported dynamically by
 * `mount.ts` when a chart scrolls into view, so pages do not fetch it up front (the budget check
 * treats `chart-*` chunks as on-demand).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
