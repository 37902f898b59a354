/**
 * What a lab is to the rest of the course, in two halves, each declared in the lab's own folder
 * (`src/labs/<lab>/`):
 *
 * - `LabAbout` (`about.ts`): plain facts, its title, page, lesson, island and summary. The Astro
 *   config, the home page, the sidebar and the plan's island read these through `catalogue.ts`, so
 *   they hold no code.
 * - `ScenarioLab` (`index.ts`), for a lab whose scenario travels in links: its link format, its
 *   report, its headline and its rows on the compare board. `registry.ts` lists them; the plan's
 *   headlines, the board's tables and the codec's `encode`/`decode`/`defaults(lab)` work over that
 *   list, so none of them names a lab.
 */
import { decodeScenario, type ScenarioDefinition } from '../scenario/codec';
import type { Currency } from '../scenario/currency';
import type { Better, CellFormat, CellValue } from '../workshop/board-table';

/** A lesson of the course, as a link names it. */
export interface LessonLink {
  number: number;
  title: string;
  href: string;
}

export interface LabAbout {
  /** The lab's id: the last segment of its own page, `/labs/<id>/`, and its scenario links' lab. */
  id: string;
  /** What the home page, the sidebar, the plan and the board call it. */
  title: string;
  /** The page the lab is on, and its scenario links open: its own `/labs/<id>/`, or a lesson's. */
  path: string;
  /** The lesson that teaches it. */
  lesson: LessonLink;
  /** The island's component name, as a page or lesson embeds it: `<ValueEquationLab client:visible embedded />`. */
  island: string;
  /** One sentence on what the learner does in it. */
  summary: string;
  /** Whether its scenario travels in links: then it has a `ScenarioLab` in the registry, and a place in the plan. */
  scenario: boolean;
}

/** Declares a lab's facts, keeping its id and `scenario` as literal types for the lists built from them. */
export function defineAbout<const A extends LabAbout>(about: A): A {
  return about;
}

/** Why a scenario's figures cannot be worked out, in the lab's words. */
export interface Unworkable {
  ok: false;
  message: string;
}

/** A team's scenario on the compare board, with the lab's report of it (`null` where it has none). */
export interface BoardFigures<S, R> {
  state: S;
  report: R | null;
}

/** One row a lab puts on the compare board: an input or an output, read from each team's figures. */
export interface RowSpec<T> {
  /** Stable within a lab, for the page's keys and tests. */
  id: string;
  label: string;
  kind: 'input' | 'output';
  format: CellFormat;
  better: Better;
  value: (team: T) => CellValue;
}

/** A row of words (a name, a lever, a yes or no): shown as written and never ranked. */
export function textRow<T>(
  kind: 'input' | 'output',
  id: string,
  label: string,
  value: (team: T) => CellValue,
): RowSpec<T> {
  return { id, label, kind, format: 'text', better: null, value };
}

/** What a lab shows on the compare board (`src/workshop/board-table.ts` builds the table). */
export interface LabBoard<S, R> {
  rows: readonly RowSpec<BoardFigures<S, R>>[];
  /** The id of the row the board's chart shows. */
  headline: string;
  /** A team's currency, for money rows; left out by a lab without money. */
  currency?: (state: S) => Currency;
}

/** The parts a lab with scenario links declares. */
export interface ScenarioLabParts<S extends object, R extends { ok: true }> {
  about: LabAbout;
  /** Its link format (`src/scenario/labs/<lab>.ts`, a public contract). */
  definition: ScenarioDefinition<S>;
  /** The lab's figures for a scenario, or why they cannot be worked out. Never throws. */
  report: (state: S) => R | Unworkable;
  /** What the figures come to, in one sentence: the lab's headline, which the plan shows too. */
  headline: (state: S, report: R) => string;
  board: LabBoard<S, R>;
}

export interface ScenarioLab<S extends object, R extends { ok: true }> extends ScenarioLabParts<S, R> {
  /**
   * The plan's headline of a saved scenario: its fragment decoded as a link opens (so a damaged one
   * still says what it can), then the lab's headline, or its message when the figures cannot be
   * worked out. Never throws.
   */
  digest: (fragment: string) => string;
}

/** Declares a lab with scenario links; its digest for the plan follows from the parts. */
export function defineScenarioLab<S extends object, R extends { ok: true }>(
  parts: ScenarioLabParts<S, R>,
): ScenarioLab<S, R> {
  return {
    ...parts,
    digest: (fragment) => {
      const { state } = decodeScenario(parts.definition, fragment);
      const report = parts.report(state);
      return report.ok ? parts.headline(state, report) : report.message;
    },
  };
}
