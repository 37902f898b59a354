/**
 * The customer-base results' table of every customer: sortable by any column, virtualised (a few
 * dozen rows in the page, however many customers), and downloadable as CSV. The order, the cells
 * and the file are `calc/clv/customer-table.ts`'s. Part of the lazy results module.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  CUSTOMER_COLUMNS,
  customerCell,
  customersCsv,
  FIRST_SORT,
  nextSort,
  sortedCustomers,
} from '../calc/clv/customer-table';
import { formatCount } from '../course/format';
import type { ResultsSectionProps } from './lazy-customer-base-results';

const ROW_HEIGHT = 36;
const VISIBLE_ROWS = 12;
const OVERSCAN = 6;

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function CustomerTable({ analysis, currency, id, horizon }: ResultsSectionProps) {
  const { rows } = analysis;
  const [sort, setSort] = useState(FIRST_SORT);
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const total = rows.ids.length;
  const order = useMemo(() => sortedCustomers(rows, sort), [rows, sort]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, first + VISIBLE_ROWS + 2 * OVERSCAN);
  return (
    <section aria-labelledby={`${id}-table`}>
      <h2 id={`${id}-table`}>Every customer</h2>
      <p>
        {formatCount(total, 'customer', 'customers')}; expected purchases and value over {horizon} from the end of
        calibration ({currency}). Weeks count from each customer’s first purchase: “Last repeat in week” is when their
        latest repeat purchase came, “Age” how long they had been a customer when calibration ended. Sort by any column;
        the table scrolls.{' '}
        <button
          type="button"
          class="course-button small"
          onClick={() => {
            download(customersCsv(rows, order), 'customer-base.csv');
          }}
        >
          Download as CSV
        </button>
      </p>
      <div
        ref={scroller}
        class="cb-table-scroll"
        role="region"
        aria-label="Customers"
        tabIndex={0}
        style={{ maxHeight: `${String((VISIBLE_ROWS + 1) * ROW_HEIGHT)}px` }}
        onScroll={(e) => {
          setScrollTop(e.currentTarget.scrollTop);
        }}
      >
        <table class="cb-table" aria-rowcount={total + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {CUSTOMER_COLUMNS.map((c) => (
                <th
                  scope="col"
                  key={c.key}
                  aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    onClick={() => {
                      setSort((s) => nextSort(s, c.key));
                      scroller.current?.scrollTo({ top: 0 });
                    }}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && (
              <tr aria-hidden="true" style={{ height: `${String(first * ROW_HEIGHT)}px` }}>
                <td colSpan={CUSTOMER_COLUMNS.length} />
              </tr>
            )}
            {order.slice(first, last).map((i, k) => (
              <tr key={i} aria-rowindex={first + k + 2} style={{ height: `${String(ROW_HEIGHT)}px` }}>
                {CUSTOMER_COLUMNS.map((c) =>
                  c.key === 'id' ? (
                    <th scope="row" key={c.key}>
                      {customerCell(rows, i, c.key, currency)}
                    </th>
                  ) : (
                    <td key={c.key}>{customerCell(rows, i, c.key, currency)}</td>
                  ),
                )}
              </tr>
            ))}
            {last < total && (
              <tr aria-hidden="true" style={{ height: `${String((total - last) * ROW_HEIGHT)}px` }}>
                <td colSpan={CUSTOMER_COLUMNS.length} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
