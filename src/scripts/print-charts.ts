/**
 * On paper a chart needs its numbers: before printing, every chart's data table is opened (a closed
 * `<details>` prints closed), and closed again afterwards. A chart drawn on screen prints as the
 * image it is; one never scrolled to has nothing drawn, and its table stands in for it.
 */
export function initPrintCharts(): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('.lab-chart details:not([open])')];
    for (const details of opened) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
