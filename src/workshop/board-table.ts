/**
 * The compare board's table for one lab: each team a column, each input and key output a row, with
 * the best value per row marked where "best" means something, and the headline output per team for
 * the board's chart.
 *
 * The figures come from the labs' own report functions (`src/calc/*-report.ts`, `perceptionGap`),
 * so the board can never disagree with the lab a team worked in. Pure: numbers come out unformatted,
 * with a format for the page to apply (`src/course/format.ts`) in each team's currency.
 */
import { allocationReport } from '../calc/allocation-report';
import { ltvRoiReport } from '../calc/ltv-roi-report';
import { perceptionGap, type PerceptionGap } from '../calc/perception-gap';
import { valueEquationReport } from '../calc/value-equation-report';
import type { Lever } from '../calc/value-equation';
import type { Currency } from '../scenario/currency';
import { STRATEGY_NAMES, tiersOf } from '../scenario/labs/allocation';
import { displayNames } from '../scenario/labs/value-equation';
import type { ScenarioLabId } from '../scenario/index';
import { groupLabel } from '../course/headlines/perception-gap';
import type { BoardTeam } from './board';

/** Which way a row's values are better; `null` where neither is (inputs, context figures). */
export type Better = 'higher' | 'lower' | null;

/**
 * How the page shows a value: `money` in the team's currency; `percent`, `roi` and `points` are
 * fractions (0.25 = 25%, +25%, 25 points); `rating` is 0–10; `year` counts from year 0, the
 * acquisition year; `ratio` is a plain multiple (1.08).
 */
export type CellFormat = 'text' | 'number' | 'rating' | 'money' | 'percent' | 'roi' | 'points' | 'ratio' | 'year';

export type CellValue = number | string | null;

export interface BoardRow {
  /** Stable within a lab, for the page's keys and tests. */
  id: string;
  label: string;
  kind: 'input' | 'output';
  format: CellFormat;
  better: Better;
  /** One per team, in the teams' order; `null` where the team's scenario gives none. */
  values: CellValue[];
  /** Teams (by position) holding the best value; empty when there is no best (ties, or not comparable). */
  best: number[];
  /** Why the row has no best although it has a direction ("the teams use different currencies"). */
  note?: string;
}

export interface BoardTable {
  lab: ScenarioLabId;
  teams: { id: number; name: string }[];
  /** Each team's currency, for money cells; `null` for a lab without money. */
  currencies: (Currency | null)[];
  rows: BoardRow[];
  /** The headline output per team, for the chart (the row with the same id is in `rows`). */
  headline: { id: string; label: string; format: CellFormat; values: (number | null)[] };
  /** A team whose figures cannot be worked out, with the lab's own message. */
  problems: { team: number; message: string }[];
}

const LEVER_NAMES: Record<Lever, string> = {
  productQuality: 'Product quality',
  serviceQuality: 'Service quality',
  price: 'Price',
  hassle: 'Hassle',
};

/** Values this close (relatively) count as the same, so rounding noise never picks a winner. */
const TIE = 1e-9;

/**
 * The teams holding the best value of a row: all of those equal to the best. A team without a value
 * (a campaign that never pays back) counts as behind every team with one. None when there is only
 * one team, or when every team has the same value (no one is ahead).
 */
export function bestOf(values: readonly CellValue[], better: Better): number[] {
  if (better === null) return [];
  const numbers = values.flatMap((value, i) =>
    typeof value === 'number' && Number.isFinite(value) ? [{ value, i }] : [],
  );
  if (numbers.length === 0 || values.length < 2) return [];
  const top = numbers.reduce((a, b) => ((better === 'higher' ? b.value > a.value : b.value < a.value) ? b : a)).value;
  const same = (a: number): boolean => Math.abs(a - top) <= TIE * Math.max(1, Math.abs(top));
  const winners = numbers.filter((n) => same(n.value)).map((n) => n.i);
  // Every team level, and no team without a value below them: no one is best.
  return winners.length === numbers.length && numbers.length === values.length ? [] : winners;
}

interface RowSpec<T> {
  id: string;
  label: string;
  kind: 'input' | 'output';
  format: CellFormat;
  better: Better;
  value: (team: T) => CellValue;
}

/** A row of words (a name, a lever, a yes or no): shown as written and never ranked. */
function textRow<T>(kind: 'input' | 'output', id: string, label: string, value: (team: T) => CellValue): RowSpec<T> {
  return { id, label, kind, format: 'text', better: null, value };
}

function buildRows<T>(
  specs: readonly RowSpec<T>[],
  figures: readonly T[],
  currencies: readonly (Currency | null)[],
): BoardRow[] {
  const mixed = new Set(currencies.filter((c) => c !== null)).size > 1;
  return specs.map((spec) => {
    const values = figures.map(spec.value);
    const row = { id: spec.id, label: spec.label, kind: spec.kind, format: spec.format, better: spec.better, values };
    if (spec.format === 'money' && mixed && spec.better !== null) {
      return { ...row, best: [], note: 'The teams use different currencies, so these amounts are not compared.' };
    }
    return { ...row, best: bestOf(values, spec.better) };
  });
}

function table<T>(
  lab: ScenarioLabId,
  teams: readonly BoardTeam[],
  figures: T[],
  currencies: (Currency | null)[],
  specs: readonly RowSpec<T>[],
  headlineId: string,
  problems: { team: number; message: string }[],
): BoardTable {
  const rows = buildRows(specs, figures, currencies);
  const headlineRow = rows.find((r) => r.id === headlineId);
  return {
    lab,
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    currencies,
    rows,
    headline: {
      id: headlineId,
      label: headlineRow?.label ?? headlineId,
      format: headlineRow?.format ?? 'number',
      values: (headlineRow?.values ?? []).map((v) => (typeof v === 'number' ? v : null)),
    },
    problems,
  };
}

/**
 * The comparison table of teams that all worked the same lab (one group of `groupByLab`). Throws a
 * `RangeError` naming `teams` when they are not all of `lab`, since that is a bug in the page.
 */
export function boardTable(lab: ScenarioLabId, teams: readonly BoardTeam[]): BoardTable {
  const stray = teams.findIndex((t) => t.link.lab !== lab);
  if (stray !== -1) throw new RangeError(`teams[${stray}] is a ${teams[stray]?.link.lab ?? ''} scenario, not ${lab}`);
  const problems: { team: number; message: string }[] = [];
  switch (lab) {
    case 'value-equation': {
      const figures = teams
        .flatMap((t) => (t.link.lab === 'value-equation' ? [t.link.state] : []))
        .map((state) => {
          const names = displayNames(state);
          return { state, names, report: valueEquationReport(state.you, state.competitor) };
        });
      type F = (typeof figures)[number];
      const rating = (id: string, label: string, value: (f: F) => number): RowSpec<F> => ({
        id,
        label,
        kind: 'input',
        format: 'rating',
        better: null,
        value,
      });
      return table(
        lab,
        teams,
        figures,
        figures.map(() => null),
        [
          textRow('input', 'yourName', 'Your offer', (f) => f.names.you),
          rating('you.productQuality', 'Your product quality', (f) => f.state.you.productQuality),
          rating('you.serviceQuality', 'Your service quality', (f) => f.state.you.serviceQuality),
          rating('you.price', 'Your price', (f) => f.state.you.price),
          rating('you.hassle', 'Your hassle', (f) => f.state.you.hassle),
          textRow('input', 'competitorName', 'Competitor', (f) => f.names.competitor),
          rating('competitor.productQuality', 'Competitor’s product quality', (f) => f.state.competitor.productQuality),
          rating('competitor.serviceQuality', 'Competitor’s service quality', (f) => f.state.competitor.serviceQuality),
          rating('competitor.price', 'Competitor’s price', (f) => f.state.competitor.price),
          rating('competitor.hassle', 'Competitor’s hassle', (f) => f.state.competitor.hassle),
          {
            id: 'yourValue',
            label: 'Your perceived value',
            kind: 'output',
            format: 'number',
            better: 'higher',
            value: (f) => f.report.yourValue,
          },
          {
            id: 'competitorValue',
            label: 'Competitor’s perceived value',
            kind: 'output',
            format: 'number',
            better: null,
            value: (f) => f.report.competitorValue,
          },
          {
            id: 'relative',
            label: 'Relative value (yours ÷ competitor’s)',
            kind: 'output',
            format: 'ratio',
            better: 'higher',
            value: (f) => f.report.relative ?? null,
          },
          {
            id: 'equivalentPrice',
            label: 'Value-equivalent price',
            kind: 'output',
            format: 'rating',
            better: 'higher',
            value: (f) => f.report.equivalentPrice ?? null,
          },
          textRow(
            'output',
            'bestLever',
            'Lever that buys most value',
            (f) => f.report.bestLevers.map((l) => LEVER_NAMES[l]).join(', ') || null,
          ),
        ],
        'relative',
        problems,
      );
    }
    case 'ltv-roi': {
      const figures = teams.flatMap((t, i) => {
        if (t.link.lab !== 'ltv-roi') return [];
        const report = ltvRoiReport(t.link.state);
        if (!report.ok) problems.push({ team: i, message: report.message });
        return [{ state: t.link.state, report: report.ok ? report : null }];
      });
      type F = (typeof figures)[number];
      const input = (id: keyof F['state'], label: string, format: CellFormat, scale = 1): RowSpec<F> => ({
        id,
        label,
        kind: 'input',
        format,
        better: null,
        value: (f) => {
          const v = f.state[id];
          return typeof v === 'number' ? v / scale : v;
        },
      });
      return table(
        lab,
        teams,
        figures,
        figures.map((f) => f.state.currency),
        [
          input('spend', 'Campaign spend', 'money'),
          input('customers', 'New customers', 'number'),
          input('firstOrder', 'First-order value', 'money'),
          input('margin', 'Gross margin', 'percent', 100),
          input('repeatOrder', 'Repeat-order value', 'money'),
          input('ordersPerYear', 'Orders per year', 'number'),
          input('retention', 'Annual retention', 'percent', 100),
          input('discount', 'Discount rate', 'percent', 100),
          input('years', 'Horizon (repeat years)', 'number'),
          input('referrals', 'Referrals per customer per year', 'number'),
          input('costToServe', 'Cost to serve per year', 'money'),
          {
            id: 'firstSaleRoi',
            label: 'ROI credited with the first sale',
            kind: 'output',
            format: 'roi',
            better: 'higher',
            value: (f) => f.report?.campaign.firstSaleRoi ?? null,
          },
          {
            id: 'lifetimeRoi',
            label: 'ROI credited with lifetime value',
            kind: 'output',
            format: 'roi',
            better: 'higher',
            value: (f) => f.report?.campaign.lifetimeRoi ?? null,
          },
          {
            id: 'uplift',
            label: 'Uplift from lifetime credit',
            kind: 'output',
            format: 'points',
            better: null,
            value: (f) => f.report?.campaign.uplift ?? null,
          },
          {
            id: 'clv',
            label: 'Lifetime value of one customer',
            kind: 'output',
            format: 'money',
            better: 'higher',
            value: (f) => f.report?.clv.total ?? null,
          },
          // Never paying back within the horizon is worse than any year, so it holds no value here.
          {
            id: 'paybackYear',
            label: 'Payback year',
            kind: 'output',
            format: 'year',
            better: 'lower',
            value: (f) => f.report?.campaign.paybackYear ?? null,
          },
        ],
        'lifetimeRoi',
        problems,
      );
    }
    case 'allocation': {
      const figures = teams.flatMap((t, i) => {
        if (t.link.lab !== 'allocation') return [];
        const report = allocationReport(tiersOf(t.link.state), t.link.state.budget);
        if (!report.ok) problems.push({ team: i, message: report.message });
        const ok = report.ok ? report : null;
        const best = ok?.strategies.find((s) => s.strategy === ok.best) ?? null;
        return [{ state: t.link.state, report: ok, best }];
      });
      return table(
        lab,
        teams,
        figures,
        figures.map((f) => f.state.currency),
        [
          { id: 'budget', label: 'Budget', kind: 'input', format: 'money', better: null, value: (f) => f.state.budget },
          {
            id: 'tiers',
            label: 'Tiers',
            kind: 'input',
            format: 'number',
            better: null,
            value: (f) => f.state.names.length,
          },
          {
            id: 'customers',
            label: 'Customers',
            kind: 'input',
            format: 'number',
            better: null,
            value: (f) => f.state.customers.reduce((a, b) => a + b, 0),
          },
          {
            id: 'valueBefore',
            label: 'Portfolio value now',
            kind: 'output',
            format: 'money',
            better: null,
            value: (f) => f.report?.valueBefore ?? null,
          },
          {
            id: 'totalUpside',
            label: 'Most any budget could add',
            kind: 'output',
            format: 'money',
            better: null,
            value: (f) => f.report?.totalUpside ?? null,
          },
          textRow('output', 'bestStrategy', 'Best strategy', (f) => (f.report ? STRATEGY_NAMES[f.report.best] : null)),
          {
            id: 'bestUplift',
            label: 'Value added by the best strategy',
            kind: 'output',
            format: 'money',
            better: 'higher',
            value: (f) => f.best?.totalUplift ?? null,
          },
          {
            id: 'bestRoi',
            label: 'ROI of the best strategy',
            kind: 'output',
            format: 'roi',
            better: 'higher',
            value: (f) => f.best?.roi ?? null,
          },
          {
            id: 'equalShortfall',
            label: 'What treating everyone the same gives up',
            kind: 'output',
            format: 'money',
            better: null,
            value: (f) => f.report?.equalShortfall ?? null,
          },
        ],
        'bestRoi',
        problems,
      );
    }
    case 'perception-gap': {
      const figures = teams.flatMap((t, i) => {
        if (t.link.lab !== 'perception-gap') return [];
        const s = t.link.state;
        let gap: PerceptionGap | null = null;
        try {
          gap = perceptionGap({ agree: s.agreeA, size: s.sizeA }, { agree: s.agreeB, size: s.sizeB });
        } catch {
          // The codec resets impossible counts, so this is the last line, as in the plan's digest.
          problems.push({ team: i, message: 'These counts cannot be read: more people agreed than were asked.' });
        }
        return [{ state: s, gap }];
      });
      return table(
        lab,
        teams,
        figures,
        figures.map(() => null),
        [
          textRow('input', 'nameA', 'First group', (f) => groupLabel(f.state, 'A')),
          {
            id: 'agreeA',
            label: 'Agreed in the first group',
            kind: 'input',
            format: 'number',
            better: null,
            value: (f) => f.state.agreeA,
          },
          {
            id: 'sizeA',
            label: 'Asked in the first group',
            kind: 'input',
            format: 'number',
            better: null,
            value: (f) => f.state.sizeA,
          },
          textRow('input', 'nameB', 'Second group', (f) => groupLabel(f.state, 'B')),
          {
            id: 'agreeB',
            label: 'Agreed in the second group',
            kind: 'input',
            format: 'number',
            better: null,
            value: (f) => f.state.agreeB,
          },
          {
            id: 'sizeB',
            label: 'Asked in the second group',
            kind: 'input',
            format: 'number',
            better: null,
            value: (f) => f.state.sizeB,
          },
          {
            id: 'shareA',
            label: 'Share of the first group agreeing',
            kind: 'output',
            format: 'percent',
            better: null,
            value: (f) => f.gap?.shareA ?? null,
          },
          {
            id: 'shareB',
            label: 'Share of the second group agreeing',
            kind: 'output',
            format: 'percent',
            better: null,
            value: (f) => f.gap?.shareB ?? null,
          },
          // A poll has no better direction: a larger gap is a finding, not a win.
          { id: 'gap', label: 'Gap', kind: 'output', format: 'points', better: null, value: (f) => f.gap?.gap ?? null },
          {
            id: 'low',
            label: '95% interval, low end',
            kind: 'output',
            format: 'points',
            better: null,
            value: (f) => f.gap?.low ?? null,
          },
          {
            id: 'high',
            label: '95% interval, high end',
            kind: 'output',
            format: 'points',
            better: null,
            value: (f) => f.gap?.high ?? null,
          },
          textRow('output', 'clear', 'Shows a clear gap', (f) => (f.gap ? (f.gap.clear ? 'Yes' : 'Not yet') : null)),
        ],
        'gap',
        problems,
      );
    }
  }
}
