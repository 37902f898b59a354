/**
 * On paper a chart needs its numbers. A chart drawn on screen prints as the image it is, with its
 * data table opened beside it, unless the table is marked long (`lab-chart--long-table`: a row a
 * week) and would add pages the drawing already shows. A chart never scrolled to has nothing drawn,
 * and its table, long or not, stands in for it. Tables opened for printing are closed again
 * afterwards (a closed `<details>` prints closed).
 */
export function initPrintCharts(): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('.lab-chart details:not([open])')].filter((details) => {
      const chart = details.closest('.lab-chart');
      return !chart?.classList.contains('lab-chart--long-table') || !chart.querySelector('canvas[data-drawn]');
    });
    for (const details of opened) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
