/**
 * The compare board's pure core: reading the share links teams paste in, and the board's state
 * (named teams, grouped by lab; rename, remove, reorder). The page holds a `BoardState` in a store
 * and calls these; nothing here touches the DOM.
 *
 * A pasted link becomes an entry on its own: one that cannot be read is flagged with the reason in
 * plain words and never affects the others. Nothing from a link is rendered as HTML or used as a
 * property name: the scenario codec reads the values, and lab ids are matched against a fixed list.
 */
import { publishedLabs } from '../course/labs';
import { PLAN_LABS } from '../course/plan-labs';
import { MAX_FRAGMENT_LENGTH, isScenarioFragment, type ScenarioIssue } from '../scenario/codec';
import { cleanText } from '../scenario/fields';
import { currentVersion, decode, encode, type ScenarioLabId, type ScenarioStates } from '../scenario/index';

/** A lab's decoded scenario, typed by its lab. */
export type LabScenario = { [L in ScenarioLabId]: { lab: L; state: ScenarioStates[L] } }[ScenarioLabId];

/** A link that holds a scenario the board can show. */
export type ReadLink = LabScenario & {
  ok: true;
  /** The link as pasted (clipped to `SOURCE_MAX_LENGTH`), to show beside the team. */
  source: string;
  /** The scenario's canonical fragment (without `#`), as the lab would write it now. */
  fragment: string;
  /** Values the link held that could not be used, from the codec, in plain words. */
  issues: ScenarioIssue[];
};

/** A pasted piece of text that is not a link the board can use, and why. */
export interface UnreadLink {
  ok: false;
  source: string;
  reason: string;
}

export type ParsedLink = ReadLink | UnreadLink;

/** Longest link read, in characters: a fragment at the codec's cap plus room for a long address. */
export const MAX_LINK_LENGTH = MAX_FRAGMENT_LENGTH + 1024;
/** How much of a pasted link is kept to show beside its entry. */
export const SOURCE_MAX_LENGTH = 200;
/** Longest team name. */
export const TEAM_NAME_MAX_LENGTH = 40;

// A new link starts where a comma is followed by an address: links themselves hold commas (lists
// such as `tc=2000,8000`), so a comma alone cannot separate them.
const NEXT_LINK = /,(?=https?:\/\/|\/(?:labs|lessons)\/|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?\/)/i;
// Brackets and quotes around a link in a message, and the punctuation after it. A closing bracket is
// only taken off when the link opened with one: a short link may end in a name such as "(Poland)".
const OPENERS: Record<string, string> = { '<': '>', '(': ')', '[': ']', '"': '"', "'": "'", '‘': '’', '“': '”' };
const TRAILING = /[.,;:!?]+$/;

function unwrap(token: string): string {
  let text = token.replace(TRAILING, '');
  const closer = OPENERS[text.charAt(0)];
  if (closer !== undefined) {
    text = text.slice(1);
    if (text.endsWith(closer)) text = text.slice(0, -closer.length).replace(TRAILING, '');
  }
  return text;
}

// A host without a scheme, as the printed plan shows its links: `course.example.org/labs/…`.
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?\//i;

/**
 * The pieces of pasted text that look like links: split at whitespace and at commas that start a
 * new address, unwrapped from punctuation. Words with no `/`, `#` or `=` are taken as prose (a
 * team's name typed beside its link) and skipped rather than flagged.
 */
export function linkCandidates(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((token) => token.split(NEXT_LINK))
    .map(unwrap)
    .filter((token) => /[/#=]/.test(token));
}

function clip(text: string): string {
  return text.length > SOURCE_MAX_LENGTH ? `${text.slice(0, SOURCE_MAX_LENGTH)}…` : text;
}

/** Which scenario lab a page path shows: `/labs/<id>/`, or a lesson whose scenarios a lab's links open. */
function labOfPath(path: string): { lab: ScenarioLabId } | { reason: string } {
  const lab = /\/labs\/([^/]+)\/?$/.exec(path)?.[1];
  if (lab !== undefined) {
    const known = PLAN_LABS.find((p) => p.path === `/labs/${lab}/`);
    if (known) return { lab: known.lab };
    if (publishedLabs.some((l) => l.id === lab)) {
      return {
        reason:
          'This lab keeps its data on the participant’s device and puts no scenario in its links, so there is nothing to compare.',
      };
    }
    return { reason: 'This is not one of the course’s labs.' };
  }
  const lesson = /\/lessons\/([^/]+)\/?$/.exec(path)?.[1];
  if (lesson !== undefined) {
    const opened = PLAN_LABS.find((p) => p.path === `/lessons/${lesson}/`);
    if (opened) return { lab: opened.lab };
    return { reason: 'This is a lesson page, not a lab: open the lab, then copy its link.' };
  }
  return { reason: 'This link does not open one of the course’s labs.' };
}

/** The format version a fragment says it was written in, if it says one plainly. */
function versionOf(fragment: string): number | undefined {
  const raw = /(?:^|&)v=([^&]*)/.exec(fragment)?.[1];
  return raw !== undefined && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * Reads one link: absolute (`https://host/labs/ltv-roi/#v=1&…`), without a scheme
 * (`host/labs/…`, as a printed plan shows it) or root-relative (`/labs/…#…`). Never throws.
 */
export function parseBoardLink(text: string): ParsedLink {
  const source = clip(text);
  const fail = (reason: string): UnreadLink => ({ ok: false, source, reason });
  if (text.length > MAX_LINK_LENGTH) {
    return fail(`This link is too long to be a scenario (over ${MAX_FRAGMENT_LENGTH / 1024} KB).`);
  }
  let url: URL;
  try {
    // The base only resolves root-relative links; its host is never shown or contacted.
    url = new URL(BARE_HOST.test(text) ? `https://${text}` : text, 'https://board.invalid');
  } catch {
    return fail('This is not a link.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('This is not a web link.');
  const found = labOfPath(url.pathname);
  if ('reason' in found) return fail(found.reason);
  const fragment = url.hash.replace(/^#/, '');
  if (!isScenarioFragment(fragment)) {
    return fail(
      'This link has no scenario in it, so it would open the lab’s starting values: copy the link after changing the lab.',
    );
  }
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return fail(`This link is too long to be a scenario (over ${MAX_FRAGMENT_LENGTH / 1024} KB).`);
  }
  const version = versionOf(fragment);
  if (version !== undefined && version > currentVersion(found.lab)) {
    return fail('This link comes from a newer version of the course: reload this page to read it.');
  }
  return readScenario(found.lab, fragment, source);
}

/** Decodes a fragment for a lab into a board entry (never throws: the codec's rule). */
export function readScenario(lab: ScenarioLabId, fragment: string, source: string): ReadLink {
  const { state, issues } = decode(lab, fragment);
  // `state` is `lab`'s, as decoded by its own format; the union of labs cannot pair the two by type.
  const scenario = { lab, state } as LabScenario;
  return { ...scenario, ok: true, issues, source, fragment: encode(lab, state) };
}

/** The page a lab's scenario links open: its lab page, or the lesson that holds it (the say–do gap poll). */
export function scenarioPath(lab: ScenarioLabId): string {
  return PLAN_LABS.find((p) => p.lab === lab)?.path ?? `/labs/${lab}/`;
}

/** The root-relative link that opens a team's scenario, as its lab would share it. */
export function scenarioHref(link: Pick<ReadLink, 'lab' | 'fragment'>): string {
  return `${scenarioPath(link.lab)}#${link.fragment}`;
}

/** Every link in pasted text (one or many; separated by newlines, spaces or commas), each on its own. */
export function parseBoardLinks(text: string): ParsedLink[] {
  return linkCandidates(text).map(parseBoardLink);
}

// A name ends in a colon, a dash or an arrow before its link: "Blue team: https://…".
const NAME_BEFORE_LINK = /^(.*?)\s*(?::|->|=>|→|—|–|-|>)$/u;
const MOST_WORDS_IN_A_NAME = 4;

/**
 * The links in pasted text, each with the team name written before it on its line, if any: a line
 * of one link after a short name and a colon, dash or arrow ("Blue team: https://…", "Green -> …").
 * Longer text before a link is taken as chat, not a name; a line of several links names none.
 */
export function parsePastedTeams(text: string): { links: ParsedLink[]; names: string[] } {
  const links: ParsedLink[] = [];
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const found = linkCandidates(line);
    if (found.length === 0) continue;
    let name = '';
    if (found.length === 1) {
      const words = line.trim().split(/\s+/);
      const at = words.findIndex((word) =>
        word
          .split(NEXT_LINK)
          .map(unwrap)
          .some((piece) => /[/#=]/.test(piece)),
      );
      const before = NAME_BEFORE_LINK.exec(words.slice(0, Math.max(at, 0)).join(' '))?.[1] ?? '';
      const count = before === '' ? 0 : before.split(' ').length;
      if (count > 0 && count <= MOST_WORDS_IN_A_NAME) name = cleanText(before, TEAM_NAME_MAX_LENGTH);
    }
    for (const link of found) {
      links.push(parseBoardLink(link));
      names.push(name);
    }
  }
  return { links, names };
}

/** One entry on the board: a team's link, read or flagged. */
export interface BoardEntry {
  /** Stable within a board, for the page's keys; never reused after a removal. */
  id: number;
  /** The team's name; empty for a link that could not be read (it is not a team yet). */
  name: string;
  link: ParsedLink;
}

export interface BoardState {
  title: string;
  entries: BoardEntry[];
  nextId: number;
}

export const BOARD_TITLE_MAX_LENGTH = 80;

/** A board with no entries. */
export function emptyBoard(title = 'Compare board'): BoardState {
  return { title, entries: [], nextId: 1 };
}

/** "Team N" for the lowest N no team on the board is called yet. */
export function nextTeamName(entries: readonly BoardEntry[]): string {
  const taken = new Set(entries.map((e) => e.name));
  let n = entries.filter((e) => e.link.ok).length + 1;
  while (taken.has(`Team ${n}`)) n++;
  return `Team ${n}`;
}

/** The board with these links added at the end; each readable link becomes a team with a default name. */
export function addLinks(board: BoardState, links: readonly ParsedLink[], names: readonly string[] = []): BoardState {
  const entries = [...board.entries];
  let nextId = board.nextId;
  for (const [i, link] of links.entries()) {
    const given = cleanText(names[i] ?? '', TEAM_NAME_MAX_LENGTH);
    entries.push({ id: nextId++, name: link.ok ? given || nextTeamName(entries) : '', link });
  }
  return { ...board, entries, nextId };
}

/** The board with a team renamed (cleaned and capped like every name in a link); empty keeps the old name. */
export function renameTeam(board: BoardState, id: number, name: string): BoardState {
  const cleaned = cleanText(name, TEAM_NAME_MAX_LENGTH);
  if (cleaned === '') return board;
  return { ...board, entries: board.entries.map((e) => (e.id === id && e.link.ok ? { ...e, name: cleaned } : e)) };
}

/** The board without this entry. */
export function removeEntry(board: BoardState, id: number): BoardState {
  return { ...board, entries: board.entries.filter((e) => e.id !== id) };
}

/**
 * The board with an entry moved to position `to` (0-based, clamped to the board), the others keeping
 * their order. Teams are compared in board order within their lab.
 */
export function moveEntry(board: BoardState, id: number, to: number): BoardState {
  const from = board.entries.findIndex((e) => e.id === id);
  const entry = board.entries[from];
  if (!entry || !Number.isInteger(to)) return board;
  const rest = board.entries.filter((e) => e.id !== id);
  const at = Math.min(Math.max(0, to), rest.length);
  return { ...board, entries: [...rest.slice(0, at), entry, ...rest.slice(at)] };
}

/** A team whose link was read, with its lab's scenario. */
export type BoardTeam = BoardEntry & { link: ReadLink };

/** Teams of one lab, in board order. */
export interface LabGroup {
  lab: ScenarioLabId;
  teams: BoardTeam[];
}

/** The board's teams grouped by lab, in course order, and the entries that could not be read. */
export function groupByLab(board: BoardState): { groups: LabGroup[]; unread: BoardEntry[] } {
  const teams = board.entries.filter((e): e is BoardTeam => e.link.ok);
  const groups = PLAN_LABS.map(({ lab }) => ({ lab, teams: teams.filter((t) => t.link.lab === lab) })).filter(
    (g) => g.teams.length > 0,
  );
  return { groups, unread: board.entries.filter((e) => !e.link.ok) };
}
