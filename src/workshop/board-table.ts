/**
 * The compare board's table for one lab: each team a column, each input and key output a row, with
 * the best value per row marked where "best" means something, and the headline output per team for
 * the board's chart.
 *
 * Each lab declares its rows in its own folder (`src/labs/<lab>/board.ts`); the figures come from the
 * lab's own report (`src/labs/registry.ts`), so the board can never disagree with the lab a team
 * worked in. Pure: numbers come out unformatted, with a format for the page to apply
 * (`src/course/format.ts`) in each team's currency.
 */
import type { Currency } from '../scenario/currency';
import type { BoardFigures, RowSpec, ScenarioLab } from '../labs/lab';
import { scenarioLabRegistry, type ScenarioLabId, type ScenarioReports, type ScenarioStates } from '../labs/registry';
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

/** One lab's table, from its entry in the registry and its teams' scenarios. */
function table<S extends object, R extends { ok: true }>(
  lab: ScenarioLabId,
  entry: ScenarioLab<S, R>,
  teams: readonly BoardTeam[],
  states: readonly S[],
): BoardTable {
  const problems: { team: number; message: string }[] = [];
  const figures = states.map((state, team): BoardFigures<S, R> => {
    const report = entry.report(state);
    if (report.ok) return { state, report };
    problems.push({ team, message: report.message });
    return { state, report: null };
  });
  const { currency } = entry.board;
  const currencies = states.map((state) => (currency ? currency(state) : null));
  const headlineId = entry.board.headline;
  const rows = buildRows(entry.board.rows, figures, currencies);
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

/** A lab's table, typed by the lab, so that its registry entry takes its own scenarios. */
function labTable<L extends ScenarioLabId>(
  lab: L,
  teams: readonly BoardTeam[],
  states: readonly ScenarioStates[L][],
): BoardTable {
  return table<ScenarioStates[L], ScenarioReports[L]>(lab, scenarioLabRegistry[lab], teams, states);
}

/**
 * The comparison table of teams that all worked the same lab (one group of `groupByLab`). Throws a
 * `RangeError` naming `teams` when they are not all of `lab`, since that is a bug in the page.
 */
export function boardTable(lab: ScenarioLabId, teams: readonly BoardTeam[]): BoardTable {
  const stray = teams.findIndex((t) => t.link.lab !== lab);
  if (stray !== -1) throw new RangeError(`teams[${stray}] is a ${teams[stray]?.link.lab ?? ''} scenario, not ${lab}`);
  // Every team's scenario is `lab`'s (checked above): the types cannot carry that, the check does.
  return labTable(
    lab,
    teams,
    teams.map((t) => t.link.state),
  );
}
