/**
 * The customer-base results' value tiers, a budget to invest across them, and the link that opens
 * them in the allocation lab (built by the lab's worker). Part of the lazy results module.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { readHandoffBudget, suggestedBudget } from '../labs/customer-base/allocation-handoff';
import { formatMoneyInColumn, formatMoneyRounded, formatNumber } from '../course/format';
import { customerBase } from '../stores/customer-base';
import type { ResultsSectionProps } from './lazy-customer-base-results';

export function TierSection({ analysis, currency, id, horizon }: ResultsSectionProps) {
  const { tiers } = analysis;
  const suggested = useMemo(() => suggestedBudget(tiers), [tiers]);
  const [budgetText, setBudgetText] = useState(String(suggested));
  const [fragment, setFragment] = useState<string | undefined>();
  useEffect(() => {
    setBudgetText(String(suggested));
  }, [suggested]);
  const budget = readHandoffBudget(budgetText);
  const budgetProblem = budget === undefined ? 'Enter a budget above 0 and up to 1,000,000,000.' : undefined;
  useEffect(() => {
    if (budget === undefined) return undefined;
    let current = true;
    customerBase.allocationLink({ tiers, budget, currency }).then(
      (answer) => {
        if (current && answer !== undefined) setFragment(answer);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [tiers, budget, currency]);
  return (
    <section aria-labelledby={`${id}-tiers`}>
      <h2 id={`${id}-tiers`}>Invest across these tiers</h2>
      <p>
        Customers ranked by expected value: the top 10%, the next 20%, and the rest split by whether they are likely
        still active. “Potential” is what a tier would be worth over {horizon} if every customer in it were still
        active; the gap is what winning back the quiet ones could bring. Growth in what active customers buy is not in a
        purchase log: add it in the allocation lab if you have evidence for it.
      </p>
      <div class="lab-table-scroll" role="region" aria-label="Value tiers" tabIndex={0}>
        <table class="cb-tiers">
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">Customers</th>
              <th scope="col">Value now per customer</th>
              <th scope="col">Potential per customer</th>
              <th scope="col">Tier value now</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((t) => (
              <tr key={t.name}>
                <th scope="row">{t.name}</th>
                <td>{formatNumber(t.customers, 0)}</td>
                <td>{formatMoneyInColumn(t.valuePerCustomer, currency)}</td>
                <td>{formatMoneyInColumn(t.potentialPerCustomer, currency)}</td>
                <td>{formatMoneyRounded(t.valuePerCustomer * t.customers, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="cb-fields">
        <div class="cb-field">
          <label for={`${id}-budget`}>Budget to allocate ({currency})</label>
          <input
            id={`${id}-budget`}
            inputMode="decimal"
            value={budgetText}
            aria-invalid={budgetProblem ? true : undefined}
            aria-describedby={`${id}-budget-note${budgetProblem ? ` ${id}-budget-problem` : ''}`}
            onInput={(e) => {
              setBudgetText(e.currentTarget.value);
            }}
          />
          <p class="cb-hint" id={`${id}-budget-note`}>
            Suggested: a tenth of the tiers’ value now ({formatMoneyRounded(suggested, currency)}).
          </p>
          {budgetProblem && (
            <p class="field-error" id={`${id}-budget-problem`}>
              {budgetProblem}
            </p>
          )}
        </div>
      </div>
      <p>
        The allocation lab also needs, for each tier, the spend per customer that wins back half of its upside. A
        purchase log cannot tell you that: the link sets it to a quarter of the upside per customer, an illustrative
        assumption to change there. Values per customer travel rounded to the cent, so the allocation lab’s totals can
        differ from these by a few units of currency.
      </p>
      <p>
        {fragment && !budgetProblem ? (
          // A new tab: going back from the allocation lab would otherwise find this page without its
          // file, which is never stored unless the learner asks.
          <a class="cb-allocation-link" href={`/labs/allocation/#${fragment}`} target="_blank">
            Open these tiers in the allocation lab
            <span class="cb-new-tab"> (in a new tab; these results stay here)</span>
          </a>
        ) : (
          <span>Enter a budget to build the link to the allocation lab.</span>
        )}
      </p>
    </section>
  );
}
