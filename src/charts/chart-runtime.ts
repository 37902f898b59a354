/**
 * chart.js with only the parts the labs draw, registered once. Imported dynamically by
 * `src/kit/chart-mount.ts` when a chart scrolls into view, so pages do not fetch it up front (the
 * budget check treats `chart-*` chunks as on-demand).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export { Chart };
