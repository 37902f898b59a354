/**
 * Share-link format of the compare board (`/workshop/board/#v=1&…`), on the scenario codec's rules:
 * versioned, decoding never throws, a team that cannot be read is left out with
 * an issue in plain words, a fragment over 4 KB is refused.
 *
 * Version 1 (the first):
 * `v=1&n=Compare%20board&t1=ltv-roi!Team%201!v~1!cur~USD!spend~20000!…&t2=allocation!Blue!v~1!…!tn~Top%2520value,Middle`
 * - `n`: the board's title (text, at most 80 characters)
 * - `t1` … `t16`: one team each, in board order, `<lab>!<name>!<scenario>`. Unused slots are not
 *   written; the first links written (up to December 2026) wrote them empty (`&t3=&…&t16=`), and a
 *   missing or empty slot reads the same. In a slot, `<lab>` is a lab id (`value-equation`,
 *   `ltv-roi`, `allocation`, `perception-gap`), `<name>` the team's name (at most 40 characters; a `!` or `%` in it written `%21` or `%25`), and `<scenario>`
 *   the team's canonical scenario fragment in its lab's own format and version, with `&` written
 *   `!` and `=` written `~` (a `!` or `~` inside a value is percent-encoded first). The scenario
 *   keeps its commas and escapes, so it stays readable and grows only by its own `%` signs.
 *
 * Why a field per team rather than lists (as the allocation lab's tiers): a team's scenario holds
 * lists of its own, with commas, and a separate key per team lets one damaged team be dropped while
 * the others open. Only readable teams are written; links that could not be read stay on the page.
 * Like the agenda, it is not a lab, so it is not registered in `src/scenario/index.ts`.
 */
import * as v from 'valibot';
import { capitalise } from '../course/text';
import {
  MAX_FRAGMENT_LENGTH,
  decodeScenario,
  defineScenario,
  encodeScenario,
  type FieldEntry,
  type ScenarioIssue,
} from '../scenario/codec';
import { cleanText, textField, type Field, type ReadResult } from '../scenario/fields';
import { currentVersion, scenarioLabs, type ScenarioLabId } from '../scenario/index';
import {
  BOARD_TITLE_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
  addLinks,
  emptyBoard,
  readScenario,
  scenarioHref,
  type BoardState,
  type ReadLink,
} from './board';

/** Most teams one board link holds (and, in practice, what fits in 4 KB for the longest labs). */
export const MAX_BOARD_TEAMS = 16;

/** A team as its link slot holds it. */
export interface PackedTeam {
  lab: ScenarioLabId;
  name: string;
  /** Canonical scenario fragment, without `#`. */
  fragment: string;
}

/** The board as its link carries it: `slots.t1` … `slots.t16`, each a packed team or empty. */
export interface BoardLinkState {
  title: string;
  slots: Record<string, string>;
}

const slotKeys = Array.from({ length: MAX_BOARD_TEAMS }, (_, i) => `t${i + 1}`);

/** A team in a slot's text: `<lab>!<name>!<scenario with & → ! and = → ~>`. */
export function packTeam(team: PackedTeam): string {
  const name = cleanText(team.name, TEAM_NAME_MAX_LENGTH).replace(/[%!]/g, (c) => (c === '%' ? '%25' : '%21'));
  const scenario = team.fragment
    .replace(/[!~]/g, (c) => (c === '!' ? '%21' : '%7E'))
    .replace(/[&=]/g, (c) => (c === '&' ? '!' : '~'));
  return `${team.lab}!${name}!${scenario}`;
}

/** Reads a slot's text back into a team, or the reason it cannot be used. Never throws. */
export function unpackTeam(text: string): ReadResult<PackedTeam & { issues: ScenarioIssue[] }> {
  const first = text.indexOf('!');
  const second = first === -1 ? -1 : text.indexOf('!', first + 1);
  if (second === -1) return { ok: false, reason: 'it is not a team written by this board' };
  const labText = text.slice(0, first);
  const lab = scenarioLabs.find((id) => id === labText);
  if (!lab) return { ok: false, reason: `“${labText.slice(0, 24)}” is not one of the course’s labs` };
  const name = cleanText(
    text.slice(first + 1, second).replace(/%(21|25)/g, (_, code: string) => (code === '21' ? '!' : '%')),
    TEAM_NAME_MAX_LENGTH,
  );
  const fragment = text.slice(second + 1).replace(/[!~]/g, (c) => (c === '!' ? '&' : '='));
  const version = /^v=([1-9]\d{0,5})(?:&|$)/.exec(fragment)?.[1];
  if (version !== undefined && Number(version) > currentVersion(lab)) {
    return { ok: false, reason: 'it comes from a newer version of the course' };
  }
  const read = readScenario(lab, fragment, '');
  return { ok: true, value: { lab, name, fragment: read.fragment, issues: read.issues } };
}

function teamField(key: string, position: number): Field<string> {
  const label = `team ${position}`;
  return {
    key,
    label,
    default: '',
    schema: v.pipe(
      v.string(),
      v.check((text) => {
        if (text === '') return true;
        const team = unpackTeam(text);
        return team.ok && team.value.issues.length === 0 && packTeam(team.value) === text;
      }, `${label} must be a packed team with a canonical scenario`),
    ),
    write: (value) => value,
    read: (raw) => {
      if (raw === '') return { ok: true, value: '' };
      const team = unpackTeam(raw);
      if (!team.ok) return team;
      const first = team.value.issues[0];
      return {
        ok: true,
        value: packTeam(team.value),
        ...(first
          ? {
              note: `had values that could not be used (${first.message.replace(/\.$/, '')})`,
            }
          : {}),
      };
    },
  };
}

export const boardScenario = defineScenario<BoardLinkState>({
  lab: 'board',
  version: 1,
  fields: [
    {
      path: 'title',
      field: textField({
        key: 'n',
        label: 'the board’s title',
        default: 'Compare board',
        maxLength: BOARD_TITLE_MAX_LENGTH,
      }),
    },
    ...slotKeys.map((key, i): FieldEntry => ({ path: `slots.${key}`, field: teamField(key, i + 1) })),
  ],
});

/**
 * The board's link fragment (without `#`), holding every team whose link was read, in board order;
 * or why it cannot be shared: more than 16 teams, or over 4 KB (the codec's cap, which a link that
 * long would hit when opened).
 */
export function boardLink(board: BoardState): { ok: true; fragment: string } | { ok: false; reason: string } {
  const teams = board.entries.flatMap((e) => (e.link.ok ? [{ name: e.name, link: e.link }] : []));
  if (teams.length > MAX_BOARD_TEAMS) {
    return {
      ok: false,
      reason: `A board link holds at most ${MAX_BOARD_TEAMS} teams, and this board has ${teams.length}. Remove some teams, or share two boards.`,
    };
  }
  const slots: Record<string, string> = {};
  for (const [i, key] of slotKeys.entries()) {
    const team = teams[i];
    slots[key] = team ? packTeam({ lab: team.link.lab, name: team.name, fragment: team.link.fragment }) : '';
  }
  const fragment = encodeScenario(boardScenario, {
    title: cleanText(board.title, BOARD_TITLE_MAX_LENGTH),
    slots,
  })
    .split('&')
    .filter((part) => !/^t\d+=$/.test(part))
    .join('&');
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return {
      ok: false,
      reason: `This board is too long to share as a link (${Math.ceil(fragment.length / 1024)} KB; a link holds ${MAX_FRAGMENT_LENGTH / 1024} KB). Remove some teams, or share two boards.`,
    };
  }
  return { ok: true, fragment };
}

/**
 * Opens a board from its link's fragment (with or without `#`): its teams in order, each with its
 * scenario read by its lab's codec. Never throws; a team that cannot be read is left out and named
 * in the issues.
 */
export function decodeBoard(fragment: string): { board: BoardState; issues: ScenarioIssue[] } {
  const { state, issues } = decodeScenario(boardScenario, fragment);
  const links: ReadLink[] = [];
  const names: string[] = [];
  for (const key of slotKeys) {
    const text = state.slots[key] ?? '';
    if (text === '') continue;
    const team = unpackTeam(text);
    if (!team.ok) continue; // The codec has already reset it, with an issue.
    links.push(readScenario(team.value.lab, team.value.fragment, scenarioHref(team.value)));
    names.push(team.value.name);
  }
  const board = addLinks(emptyBoard(state.title || 'Compare board'), links, names);
  return {
    board,
    issues: issues.map((issue) => ({
      ...issue,
      message: capitalise(issue.message.replace(/, so it was reset to \.$/, ', so it was left out.')),
    })),
  };
}
