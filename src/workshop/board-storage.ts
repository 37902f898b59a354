/**
 * The compare board as this browser keeps it (localStorage key `valued:board`), so a facilitator's
 * board survives a reload, a closed laptop and a trip to a lab and back.
 *
 * Format (version 1), JSON:
 *
 *   { "v": 1, "title": "Warsaw, day 2",
 *     "entries": [ { "lab": "ltv-roi", "name": "Red", "scenario": "v=1&cur=USD&…" },
 *                  { "pasted": "/labs/nope/#v=1", "reason": "This is not one of the course’s labs." } ] }
 *
 * Unlike the board's link, it keeps every entry in board order, flagged links included (so nothing
 * the facilitator pasted is lost), and has no 16-team or 4 KB limit. Each team's scenario is its
 * lab's own link fragment, so it opens through that lab's codec, migrations and all.
 *
 * Reading is lenient: anything unusable is dropped and the rest opens; damaged text opens an empty
 * board. A later format must still read this one.
 */
import { MAX_FRAGMENT_LENGTH } from '../scenario/codec';
import { cleanText } from '../scenario/fields';
import { scenarioLabs } from '../scenario/index';
import {
  BOARD_TITLE_MAX_LENGTH,
  SOURCE_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
  addLinks,
  emptyBoard,
  readScenario,
  scenarioHref,
  type BoardState,
  type ParsedLink,
} from './board';

export const BOARD_STORAGE_KEY = 'valued:board';
export const BOARD_STORAGE_VERSION = 1;
/** More entries than any room pastes; a longer list in storage is cut here. */
export const MAX_STORED_ENTRIES = 64;
const REASON_MAX_LENGTH = 300;

type StoredEntry = { lab: string; name: string; scenario: string } | { pasted: string; reason: string };

/** The board as stored text. */
export function serializeBoard(board: BoardState): string {
  const entries: StoredEntry[] = board.entries.map((e) =>
    e.link.ok
      ? { lab: e.link.lab, name: e.name, scenario: e.link.fragment }
      : { pasted: e.link.source, reason: e.link.reason },
  );
  return JSON.stringify({ v: BOARD_STORAGE_VERSION, title: board.title, entries });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The board in stored text, keeping whatever can be used. Never throws. */
export function parseStoredBoard(raw: string | null | undefined): BoardState {
  if (typeof raw !== 'string' || raw === '') return emptyBoard();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyBoard();
  }
  if (!isRecord(data)) return emptyBoard();
  const title = typeof data['title'] === 'string' ? cleanText(data['title'], BOARD_TITLE_MAX_LENGTH) : '';
  const entries = Array.isArray(data['entries']) ? (data['entries'] as unknown[]).slice(0, MAX_STORED_ENTRIES) : [];
  const links: ParsedLink[] = [];
  const names: string[] = [];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const { lab: labText, name, scenario, pasted, reason } = entry;
    if (typeof labText === 'string' && typeof scenario === 'string') {
      // Lab ids are matched against the fixed list, never used as property names.
      const lab = scenarioLabs.find((id) => id === labText);
      if (!lab || scenario.length > MAX_FRAGMENT_LENGTH) continue;
      const read = readScenario(lab, scenario, '');
      links.push({ ...read, source: scenarioHref(read) });
      names.push(typeof name === 'string' ? cleanText(name, TEAM_NAME_MAX_LENGTH) : '');
    } else if (typeof pasted === 'string' && typeof reason === 'string') {
      links.push({
        ok: false,
        source: pasted.slice(0, SOURCE_MAX_LENGTH + 1),
        reason: cleanText(reason, REASON_MAX_LENGTH),
      });
      names.push('');
    }
  }
  return addLinks(emptyBoard(title || undefined), links, names);
}
