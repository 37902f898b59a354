/**
 * The agenda builder's worker, as a pure request handler: opening an agenda (from the page's link,
 * the one kept in this browser, or the suggested one), applying edits, and answering with all the
 * page shows: the agenda, its link, its run sheet and what in it the course lacks. Run in a worker
 * (docs/decisions.md), started once the page has loaded; `src/stores/agenda.ts` is its page side.
 */
import { openState, type Origin } from '../scenario/opening';
import { agendaItems, runSheet, type AgendaIssue, type CatalogueItem, type RunSheet } from '../workshop/agenda';
import { AGENDA_PRESETS, editAgenda, type AgendaEdit } from '../workshop/agenda-edit';
import {
  AGENDA_START,
  agendaEntries,
  agendaLink,
  decodeAgenda,
  encodeAgenda,
  type AgendaState,
} from '../workshop/agenda-link';

/** Everything the builder shows for an agenda. */
export interface AgendaView {
  state: AgendaState;
  /** The agenda's canonical fragment (what is kept in this browser and in the page's address). */
  fragment: string;
  /** The share link's fragment, or why the agenda is too long for one. */
  link: { ok: true; fragment: string } | { ok: false; reason: string };
  sheet: RunSheet;
  /** Items the course does not have (any more), left out of the run sheet. */
  itemIssues: AgendaIssue[];
}

export type AgendaRequest =
  | {
      kind: 'open';
      id: number;
      catalogue: CatalogueItem[];
      /** The page's fragment, when it holds a state (`isScenarioFragment`). */
      fragment: string | undefined;
      /** The agenda kept in this browser, if any. */
      kept: string | undefined;
    }
  | { kind: 'edit'; id: number; state: AgendaState; edit: AgendaEdit };

export type AgendaResponse =
  | {
      kind: 'opened';
      id: number;
      view: AgendaView;
      /** Where the agenda came from: someone's link, this browser (the facilitator's own), or the suggestion. */
      origin: Origin;
      /** What in a link could not be used, in words. */
      issues: string[];
      /** The illustrative agendas to start from. */
      presets: { id: string; title: string; story: string }[];
    }
  | { kind: 'edited'; id: number; view: AgendaView; problem: string | undefined; said: string | undefined };

/** A handler with the course's catalogue, which the page sends when it opens. */
export function agendaAnswerer(): (request: AgendaRequest) => AgendaResponse {
  let catalogue: readonly CatalogueItem[] = [];
  const view = (state: AgendaState): AgendaView => {
    const { items, issues } = agendaItems(agendaEntries(state), catalogue);
    return {
      state,
      fragment: encodeAgenda(state),
      link: agendaLink(state),
      sheet: runSheet({ start: state.start, items }),
      itemIssues: issues,
    };
  };
  const presets = AGENDA_PRESETS.map(({ id, title, story }) => ({ id, title, story }));
  return (request) => {
    if (request.kind === 'edit') {
      const { state, problem, said } = editAgenda(request.state, request.edit, catalogue);
      return { kind: 'edited', id: request.id, view: view(state), problem, said };
    }
    catalogue = request.catalogue;
    // The course's one rule for which state a page opens with (`src/scenario/opening.ts`).
    const opened = openState(
      { fragment: request.fragment, kept: request.kept },
      { decode: decodeAgenda, encode: encodeAgenda, start: () => AGENDA_START },
    );
    return {
      kind: 'opened',
      id: request.id,
      view: view(opened.state),
      origin: opened.origin,
      issues: opened.issues,
      presets,
    };
  };
}
