/**
 * The customer-centric allocation lab: tiers of customers, a budget, and four ways to spend it side
 * by side. Thin: state lives in `src/stores/allocation.ts`, figures come from
 * `src/calc/allocation-report.ts`, the link format from `src/scenario/labs/allocation.ts`, the charts
 * from `src/charts/allocation.ts`; inputs, link restore, share bar and chart figures are the pieces
 * every lab shares.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { AllocationReport } from '../calc/allocation-report';
import { formatMoneyRounded, formatNumber, formatRoi } from '../course/format';
import { cleanText } from '../scenario/fields';
import {
  ALLOCATION_LIMITS,
  MAX_TIERS,
  TIER_NAME_MAX_LENGTH,
  STRATEGY_NAMES,
  type AllocationState,
} from '../scenario/labs/allocation';
import {
  $allocation,
  $allocationReport,
  $inputProblems,
  $revision,
  addTier,
  allocationLab,
  moveTier,
  removeTier,
  renameTier,
  setBudget,
  setCurrency,
  setInputProblem,
  setTierNumber,
  type TierNumber,
} from '../stores/allocation';
import { allocationHeadline } from '../labs/allocation/headline';
import { whyItWins } from '../labs/allocation/why-it-wins';
import { CurrencyPicker } from '../kit/CurrencyPicker';
import { PendingNote } from '../kit/PendingNote';
import { STRATEGY_HINTS, TIER_FIELDS } from '../labs/allocation/inputs';
import { LabFrame } from '../kit/LabFrame';
import { LazySection } from '../kit/LazySection';
import { useDeferredValue } from '../kit/hooks';
import { memo } from '../kit/memo';
import { NameField } from '../kit/NameField';
import { NumberInput } from '../kit/NumberInput';
import { ReorderButtons } from '../kit/ReorderButtons';
import { kindFormats } from '../course/number-kinds';
import { useFocusAfter } from '../kit/focus-after';
import { useStoreValue } from '../kit/hooks';
import './allocation.css';

const SOURCE = '/sources/#service-vs-centric--invest-in-value-potential';

const cleanTierName = (text: string): string => cleanText(text, TIER_NAME_MAX_LENGTH);

/** Each setter made once per tier and column, so the inputs' props stay the same between renders. */
const setters = new Map<string, (value: number) => string | undefined>();
function setterFor(column: TierNumber, index: number): (value: number) => string | undefined {
  const key = `${column}:${index}`;
  let found = setters.get(key);
  if (!found) {
    found = (value) => setTierNumber(column, index, value);
    setters.set(key, found);
  }
  return found;
}

interface TierEditorProps {
  index: number;
  count: number;
  /** False when this is the only tier with customers: removing it would leave none. */
  removable: boolean;
  /** Customers in all the tiers: a refused "0 customers" is tried again when it changes. */
  allCustomers: number;
  name: string;
  customers: number;
  values: number;
  potentials: number;
  halves: number;
  currency: string;
  revision: number;
  disabled: boolean;
  /** Called after a move or removal: where keyboard focus should land, and what to announce. */
  onRestructured: (after: Restructured) => void;
}

/** After the tiers change shape: the tier and control to put focus on, and what to announce. */
interface Restructured {
  tier: number;
  control: 'up' | 'down' | 'remove' | 'name';
  said: string;
}

/** One tier: its name, its four numbers, and buttons to move or remove it. */
const TierEditor = memo(function TierEditor(props: TierEditorProps) {
  const { index, count, name, revision, disabled, removable } = props;
  const formats = kindFormats(props.currency);
  const label = name === '' ? `Tier ${index + 1}` : name;
  return (
    <fieldset class="tier lab-group" disabled={disabled} data-item={String(index)}>
      <legend>
        Tier {index + 1}: {label}
      </legend>
      <NameField
        labelClass="field-label"
        ariaLabel={`Name of tier ${index + 1}`}
        value={name}
        clean={cleanTierName}
        maxLength={TIER_NAME_MAX_LENGTH}
        revision={revision}
        onRename={(text) => {
          renameTier(index, text);
        }}
      />
      {TIER_FIELDS.map(({ column, label: fieldLabel, hint, money }) => {
        const limits = ALLOCATION_LIMITS[column];
        const kind = (money ? formats.money : formats.count)(limits.decimals);
        return (
          <NumberInput
            key={column}
            problemId={`${column}:${index}`}
            label={fieldLabel}
            hint={hint}
            value={props[column]}
            limits={limits}
            format={kind.format}
            describe={kind.describe}
            grouping
            prefix={kind.prefix}
            fieldLabel={`${fieldLabel}, ${label}`}
            expect={`Enter ${kind.noun} from ${kind.describe(limits.min)} to ${kind.describe(limits.max)}.`}
            onValue={setterFor(column, index)}
            onProblem={setInputProblem}
            problemLabel={`${label}, ${fieldLabel.toLowerCase()}`}
            revision={revision}
            recheck={
              column === 'values' ? props.potentials : column === 'potentials' ? props.values : props.allCustomers
            }
            disabled={disabled}
          />
        );
      })}
      <div class="tier-actions">
        <ReorderButtons
          name={label}
          place={index}
          of={count}
          disabled={false}
          removable={count > 1 && removable}
          onMove={(by) => {
            if (!moveTier(index, by)) return;
            props.onRestructured({
              tier: index + by,
              control: by < 0 ? 'up' : 'down',
              said: `${label} moved ${by < 0 ? 'up' : 'down'} to tier ${index + by + 1}.`,
            });
          }}
          onRemove={() => {
            if (removeTier(index))
              props.onRestructured({ tier: Math.min(index, count - 2), control: 'remove', said: `${label} removed.` });
          }}
        />
        {count > 1 && !removable && <p class="lab-note">The only tier with customers cannot be removed.</p>}
      </div>
    </fieldset>
  );
});

function StrategyTable({ state, report }: { state: AllocationState; report: AllocationReport }) {
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  return (
    <div class="lab-table-scroll" role="region" aria-label="The four strategies compared" tabIndex={0}>
      <table class="strategy-table">
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Lift in value</th>
            <th scope="col">ROI</th>
            <th scope="col">Portfolio value after</th>
          </tr>
        </thead>
        <tbody>
          {report.strategies.map((s) => {
            const best = !report.tied && s.strategy === report.best;
            return (
              <tr key={s.strategy} data-best={best ? 'true' : undefined}>
                <th scope="row">
                  {STRATEGY_NAMES[s.strategy]}
                  {best && <span class="strategy-best"> (best)</span>}
                  <span class="strategy-hint">{STRATEGY_HINTS[s.strategy]}</span>
                </th>
                <td>{money(s.totalUplift)}</td>
                <td>{state.budget === 0 ? '–' : formatRoi(s.roi)}</td>
                <td>{money(s.valueAfter)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export interface AllocationLabProps {
  /** Inside a lesson: do not touch the page's URL. */
  embedded?: boolean;
}

export default function AllocationLab({ embedded = false }: AllocationLabProps) {
  const state = useStoreValue($allocation);
  const result = useStoreValue($allocationReport);
  const revision = useStoreValue($revision);
  const problems = useStoreValue($inputProblems);
  const formats = useMemo(() => kindFormats(state.currency), [state.currency]);
  const id = useId();
  const Heading: 'h2' | 'h3' = embedded ? 'h3' : 'h2';

  // After a tier moves, goes or arrives, the tier editor is rebuilt: put keyboard focus back where
  // the learner was (the same button on the moved tier, the next tier's Remove, the new tier's name)
  // and say what happened.
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfter(root, revision);
  const restructured = (after: Restructured): void => {
    focusAfter({ item: String(after.tier), control: after.control, fallback: '[data-focus="add"]' });
    setSaid(after.said);
  };
  const [said, setSaid] = useState('');

  const report = result.ok ? result : undefined;
  const later = useDeferredValue(useMemo(() => ({ state, report }), [state, report]));
  const headlineText = report ? allocationHeadline(state, report) : result.ok ? '' : result.message;
  const budgetKind = formats.money(ALLOCATION_LIMITS.budget.decimals);
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  const best = report?.strategies.find((s) => s.strategy === report.best);
  const equal = report?.strategies.find((s) => s.strategy === 'equal');

  return (
    <LabFrame
      id="allocation"
      lab={allocationLab}
      state={state}
      embedded={embedded}
      headline={headlineText}
      shareTitle="Customer value allocation scenario"
      credit={
        <>
          Investing in proportion to customer value potential is Tim Suther’s rule, after Peter Fader’s customer
          centricity, in <cite>Why Customer Service Doesn’t Equal Customer Centric</cite> (Acxiom, on Digiday; see{' '}
          <a href={SOURCE}>Sources</a>), with the 17% and 34% upsides in the starting tiers. The response model and the
          best split are this course’s own; the article gives neither. All other numbers are illustrative until you
          enter your own.
        </>
      }
      summary={
        best &&
        equal && (
          <>
            <span>Best split lifts {money(best.totalUplift)}</span>
            <span>Same for all {money(equal.totalUplift)}</span>
          </>
        )
      }
    >
      {({ ready }) => (
        <>
          <CurrencyPicker value={state.currency} disabled={!ready} onChange={setCurrency} />
          <fieldset class="lab-group allocation-budget" disabled={!ready}>
            <legend>Budget</legend>
            <NumberInput
              problemId="budget"
              label="Budget to allocate"
              hint="What you could spend across all the tiers this year."
              value={state.budget}
              limits={ALLOCATION_LIMITS.budget}
              format={budgetKind.format}
              describe={budgetKind.describe}
              grouping
              prefix={budgetKind.prefix}
              expect={`Enter an amount from ${budgetKind.describe(0)} to ${budgetKind.describe(ALLOCATION_LIMITS.budget.max)}.`}
              onValue={setBudget}
              onProblem={setInputProblem}
              problemLabel="Budget"
              revision={revision}
              disabled={!ready}
            />
          </fieldset>
          <section class="tier-editor" aria-labelledby={`${id}-tiers`} ref={root}>
            <p class="sr-only" role="status">
              {said}
            </p>
            <Heading id={`${id}-tiers`}>Your customer tiers</Heading>
            <p class="lab-note">
              Each tier’s upside is its potential value minus its value now. Spending more on a tier captures more of
              its upside, with diminishing returns: spending the amount in the last field per customer captures half.
            </p>
            <div class="tiers">
              {state.names.map((name, index) => (
                <TierEditor
                  key={`${index}-${revision}`}
                  index={index}
                  count={state.names.length}
                  removable={state.customers.some((n, i) => i !== index && n > 0)}
                  allCustomers={state.customers.reduce((a, b) => a + b, 0)}
                  onRestructured={restructured}
                  name={name}
                  customers={state.customers[index] ?? 0}
                  values={state.values[index] ?? 0}
                  potentials={state.potentials[index] ?? 0}
                  halves={state.halves[index] ?? 0}
                  currency={state.currency}
                  revision={revision}
                  disabled={!ready}
                />
              ))}
            </div>
            <button
              type="button"
              class="course-button"
              disabled={!ready || state.names.length >= MAX_TIERS}
              data-focus="add"
              onClick={() => {
                const count = state.names.length;
                if (addTier()) restructured({ tier: count, control: 'name', said: `Tier ${count + 1} added.` });
              }}
            >
              Add a tier
            </button>
            {state.names.length >= MAX_TIERS && <p class="lab-note">The lab holds at most {MAX_TIERS} tiers.</p>}
          </section>

          <section class="lab-results" aria-label="Results">
            <p class="lab-headline">{headlineText}</p>
            <PendingNote problems={problems} />
            {report && (
              <>
                <p class="allocation-now">
                  Portfolio value now: {money(report.valueBefore)}. The most any budget could add:{' '}
                  {money(report.totalUpside)}.
                </p>
                <StrategyTable state={state} report={report} />
                <p class="allocation-why">{whyItWins(state, report)}</p>
                <p class="lab-note">
                  The model assumes each tier answers spend with diminishing returns, (potential − value) × spend ÷
                  (spend + the half-upside spend) per customer, and that tiers do not affect one another. Its answers
                  are only as good as the upsides and responsiveness you enter.
                </p>
              </>
            )}
          </section>

          <LazySection
            name="allocation-details"
            load={() => import('./lazy-allocation-details')}
            props={{ state, report, later, heading: Heading }}
            minHeight="60rem"
          />
          <p class="lab-note">
            {formatNumber(state.names.length, 0)} {state.names.length === 1 ? 'tier' : 'tiers'} of{' '}
            {formatNumber(
              state.customers.reduce((a, b) => a + b, 0),
              0,
            )}{' '}
            customers.
          </p>
        </>
      )}
    </LabFrame>
  );
}
