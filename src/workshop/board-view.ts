/**
 * What the compare board page shows, worked out from the board in one pure step: the teams grouped
 * by lab, each group's table with every cell already formatted and its best values marked, the
 * headline figures for its chart, the flagged links, the board's share link (or why there is none)
 * and the text kept in this browser. And the facilitator's changes to the board, each with the
 * sentence a screen reader hears.
 *
 * It needs every lab's link format and report, so the page runs it in a worker
 * (`src/workers/board.worker.ts`) and renders the plain data it returns: the labs' own bundles do
 * not grow because the board exists (see docs/decisions.md).
 */
import {
  formatCount,
  formatMoneyRounded,
  formatNumber,
  formatPercent,
  formatPoints,
  formatRoi,
} from '../course/format';
import { PLAN_LABS } from '../course/plan-labs';
import { encode } from '../scenario/index';
import { LTV_ROI_PRESETS, LTV_ROI_START } from '../scenario/labs/ltv-roi';
import { VALUE_EQUATION_PRESETS } from '../scenario/labs/value-equation';
import type { Currency } from '../scenario/currency';
import type { ScenarioLabId } from '../scenario/index';
import type { ScenarioIssue } from '../scenario/codec';
import { cleanText } from '../scenario/fields';
import {
  BOARD_TITLE_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
  addLinks,
  emptyBoard,
  groupByLab,
  moveEntry,
  parseBoardLinks,
  parsePastedTeams,
  removeEntry,
  renameTeam,
  scenarioHref,
  type BoardState,
} from './board';
import { boardLink } from './board-link';
import { boardTable, type BoardRow, type CellFormat, type CellValue } from './board-table';
import { serializeBoard } from './board-storage';

export interface CellView {
  text: string;
  best: boolean;
}

export interface RowView {
  id: string;
  label: string;
  better: 'higher' | 'lower' | null;
  /** Why the row has no best although it has a direction. */
  note?: string;
  cells: CellView[];
}

export interface TeamView {
  id: number;
  name: string;
  /** Opens the team's scenario in its lab (root-relative). */
  href: string;
  /** Values in the team's link that could not be used, in plain words. */
  issues: string[];
  /** Place within its lab's group, from 0, and how many teams the group has. */
  place: number;
  of: number;
}

export interface ChartView {
  /** What the bars show, with its unit: "ROI credited with lifetime value (%)". */
  axis: string;
  labels: string[];
  /** In the axis's unit (percent and points × 100), `null` where a team has no figure. */
  values: (number | null)[];
  /** Each value as the table shows it, for the tooltip. */
  texts: string[];
  /** The figure's name, as the table row calls it. */
  label: string;
}

export interface GroupView {
  lab: ScenarioLabId;
  title: string;
  teams: TeamView[];
  inputs: RowView[];
  outputs: RowView[];
  /** A team whose figures cannot be worked out, with the lab's own message. */
  problems: string[];
  chart: ChartView;
}

export interface BoardView {
  title: string;
  groups: GroupView[];
  flagged: { id: number; source: string; reason: string }[];
  teamCount: number;
  link: { ok: true; fragment: string } | { ok: false; reason: string };
  /** The board as this browser keeps it (`board-storage.ts`). */
  stored: string;
  /** The longest title and team name the board keeps, for the page's fields. */
  limits: { title: number; teamName: number };
}

/** A value as the board's table shows it, in the team's currency for money. */
export function formatCell(value: CellValue, format: CellFormat, currency: Currency | null, locale?: string): string {
  if (value === null) return format === 'year' ? 'Not within the horizon' : '–';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'money':
      return currency ? formatMoneyRounded(value, currency, locale) : formatNumber(value, 0, locale);
    case 'percent':
      return formatPercent(value, locale);
    case 'roi':
      return formatRoi(value, locale);
    case 'points':
      return formatPoints(value, locale);
    case 'rating':
      return formatNumber(value, 1, locale);
    case 'year':
      return value === 0 ? 'Year 0 (acquisition)' : `Year ${formatNumber(value, 0, locale)}`;
    case 'text':
    case 'number':
    case 'ratio':
      return formatNumber(value, 2, locale);
  }
}

/** A headline value in its chart's unit: percentages and points as numbers of percent. */
function chartValue(value: number | null, format: CellFormat): number | null {
  if (value === null) return null;
  return format === 'percent' || format === 'roi' || format === 'points' ? Math.round(value * 1000) / 10 : value;
}

function axisTitle(label: string, format: CellFormat): string {
  if (format === 'percent' || format === 'roi') return `${label} (%)`;
  if (format === 'points') return `${label} (percentage points)`;
  return label;
}

function labTitle(lab: ScenarioLabId): string {
  return PLAN_LABS.find((p) => p.lab === lab)?.title ?? lab;
}

function issueText(issues: readonly ScenarioIssue[]): string[] {
  return issues.map((i) => i.message);
}

/** A note for a team whose scenario an earlier team in its lab already has: a link pasted twice? */
function sameAs(teams: readonly { name: string; link: { fragment: string } }[], place: number): string[] {
  const team = teams[place];
  const first = teams.findIndex((t) => t.link.fragment === team?.link.fragment);
  return first >= 0 && first < place
    ? [`The same scenario as ${teams[first]?.name ?? ''}: was its link pasted twice?`]
    : [];
}

/** Everything the page shows for a board. */
export function boardView(board: BoardState, locale?: string): BoardView {
  const { groups, unread } = groupByLab(board);
  return {
    title: board.title,
    teamCount: groups.reduce((n, g) => n + g.teams.length, 0),
    groups: groups.map((group) => {
      const table = boardTable(group.lab, group.teams);
      const rowView = (row: BoardRow): RowView => ({
        id: row.id,
        label: row.label,
        better: row.better,
        ...(row.note === undefined ? {} : { note: row.note }),
        cells: row.values.map((value, i) => ({
          text: formatCell(value, row.format, table.currencies[i] ?? null, locale),
          best: row.best.includes(i),
        })),
      });
      const headline = table.rows.find((r) => r.id === table.headline.id);
      return {
        lab: group.lab,
        title: labTitle(group.lab),
        teams: group.teams.map((team, place) => ({
          id: team.id,
          name: team.name,
          href: scenarioHref(team.link),
          issues: [...issueText(team.link.issues), ...sameAs(group.teams, place)],
          place,
          of: group.teams.length,
        })),
        inputs: table.rows.filter((r) => r.kind === 'input').map(rowView),
        outputs: table.rows.filter((r) => r.kind === 'output').map(rowView),
        problems: table.problems.map((p) => `${group.teams[p.team]?.name ?? ''}: ${p.message}`),
        chart: {
          label: table.headline.label,
          axis: axisTitle(table.headline.label, table.headline.format),
          labels: group.teams.map((t) => t.name),
          values: table.headline.values.map((v) => chartValue(v, table.headline.format)),
          texts: headline ? rowView(headline).cells.map((c) => c.text) : [],
        },
      };
    }),
    flagged: unread.map((e) => ({
      id: e.id,
      source: e.link.source,
      reason: e.link.ok ? '' : e.link.reason,
    })),
    link: boardLink(board),
    stored: serializeBoard(board),
    limits: { title: BOARD_TITLE_MAX_LENGTH, teamName: TEAM_NAME_MAX_LENGTH },
  };
}

/** A change the facilitator makes to the board. */
export type BoardAction =
  | { kind: 'paste'; text: string }
  | { kind: 'rename'; id: number; name: string }
  | { kind: 'remove'; id: number }
  | { kind: 'move'; id: number; by: -1 | 1 }
  | { kind: 'title'; title: string }
  | { kind: 'example' }
  | { kind: 'clear' };

export interface ActionResult {
  board: BoardState;
  /** What happened, in a sentence for a screen reader's polite status line. */
  said: string;
  /** Paste only: the text nothing could be read from stays in the paste box. */
  keepPaste?: boolean;
}

/**
 * Three illustrative teams from the labs' own illustrative starting points: two lifetime ROI
 * campaigns and, from another lab, the value equation's take-the-hassle-out preset (after Smith's Lexus example), so the board shows two
 * groups. The numbers are the labs' presets, invented for illustration.
 */
export function exampleLinks(): { name: string; href: string }[] {
  const apparel = LTV_ROI_PRESETS.find((p) => p.id === 'apparel-retailer')?.state ?? LTV_ROI_START;
  const hassleFree = VALUE_EQUATION_PRESETS.find((p) => p.id === 'remove-hassle')?.state;
  return [
    { name: 'Homeware shop', href: `/labs/ltv-roi/#${encode('ltv-roi', LTV_ROI_START)}` },
    { name: 'Apparel retailer', href: `/labs/ltv-roi/#${encode('ltv-roi', apparel)}` },
    ...(hassleFree
      ? [{ name: 'Prestige cars', href: `/labs/value-equation/#${encode('value-equation', hassleFree)}` }]
      : []),
  ];
}

export const EXAMPLE_TITLE = 'Example board (illustrative numbers)';

/** The teams of the same lab before and after an entry, in board order. */
function neighbour(board: BoardState, id: number, by: -1 | 1): number | undefined {
  const entry = board.entries.find((e) => e.id === id);
  if (!entry?.link.ok) return undefined;
  const lab = entry.link.lab;
  const same = board.entries.filter((e) => e.link.ok && e.link.lab === lab);
  const other = same[same.findIndex((e) => e.id === id) + by];
  return other ? board.entries.findIndex((e) => e.id === other.id) : undefined;
}

/** The board after one change, and what to announce. Never throws. */
export function applyBoardAction(board: BoardState, action: BoardAction): ActionResult {
  const nameOf = (id: number): string => board.entries.find((e) => e.id === id)?.name ?? '';
  switch (action.kind) {
    case 'paste': {
      const { links, names } = parsePastedTeams(action.text);
      if (links.length === 0) {
        return {
          board,
          said: 'No links found in the text. Paste the links teams copied with their lab’s Copy link button.',
          keepPaste: true,
        };
      }
      const read = links.filter((l) => l.ok).length;
      const flagged = links.length - read;
      const parts = [
        read > 0 ? `${formatCount(read, 'team', 'teams')} added` : 'No team added',
        ...(flagged > 0 ? [`${formatCount(flagged, 'link', 'links')} could not be read; see why below`] : []),
      ];
      return { board: addLinks(board, links, names), said: `${parts.join('; ')}.` };
    }
    case 'rename': {
      const next = renameTeam(board, action.id, action.name);
      const name = next.entries.find((e) => e.id === action.id)?.name ?? '';
      return { board: next, said: next === board ? '' : `Renamed to ${name}.` };
    }
    case 'remove': {
      const entry = board.entries.find((e) => e.id === action.id);
      if (!entry) return { board, said: '' };
      return {
        board: removeEntry(board, action.id),
        said: entry.link.ok ? `${entry.name} removed.` : 'Flagged link removed.',
      };
    }
    case 'move': {
      const to = neighbour(board, action.id, action.by);
      if (to === undefined) return { board, said: '' };
      const next = moveEntry(board, action.id, to);
      const { groups } = groupByLab(next);
      const group = groups.find((g) => g.teams.some((t) => t.id === action.id));
      const place = group ? group.teams.findIndex((t) => t.id === action.id) + 1 : 0;
      return {
        board: next,
        said: `${nameOf(action.id)} moved ${action.by < 0 ? 'up' : 'down'}: now ${String(place)} of ${String(group?.teams.length ?? 0)} in ${group ? labTitle(group.lab) : ''}.`,
      };
    }
    case 'title': {
      const title = cleanText(action.title, BOARD_TITLE_MAX_LENGTH);
      return { board: { ...board, title }, said: '' };
    }
    case 'example': {
      const links = exampleLinks();
      return {
        board: addLinks(
          emptyBoard(EXAMPLE_TITLE),
          parseBoardLinks(links.map((l) => l.href).join('\n')),
          links.map((l) => `${l.name} (illustrative)`),
        ),
        said: `Example board loaded: ${formatCount(links.length, 'team', 'teams')} with illustrative numbers.`,
      };
    }
    case 'clear':
      return { board: emptyBoard(), said: 'Board cleared.' };
  }
}
