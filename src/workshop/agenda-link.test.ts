import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_FRAGMENT_LENGTH, validateScenario } from '../scenario/codec';
import { cleanText } from '../scenario/fields';
import { MAX_AGENDA_ITEMS, agendaCatalogue, agendaItems, runSheet } from './agenda';
import {
  AGENDA_START,
  agendaEntries,
  agendaLink,
  agendaScenario,
  decodeAgenda,
  encodeAgenda,
  withEntries,
  type AgendaState,
} from './agenda-link';
import { goldenAgendaLinks } from './fixtures/golden-links';
import { lessonFiles } from './test-support';

const catalogue = agendaCatalogue(lessonFiles());

describe('agenda links', () => {
  test('the suggested agenda opens from an empty fragment with nothing to report', () => {
    expect(decodeAgenda('')).toEqual({ state: AGENDA_START, issues: [] });
    expect(decodeAgenda('#')).toEqual({ state: AGENDA_START, issues: [] });
  });

  test('the suggested agenda names only things the course has, and times a morning', () => {
    const { items, issues } = agendaItems(agendaEntries(AGENDA_START), catalogue);
    expect(issues).toEqual([]);
    const sheet = runSheet({ start: AGENDA_START.start, items });
    // 12 + 14 + 25 + 15 + 14 + 15 + 12 + 20 + 30 = 157 minutes: 09:00 to 11:37.
    expect([sheet.totalMinutes, sheet.end.text, sheet.breakMinutes]).toEqual([157, '11:37', 15]);
  });

  test.each(goldenAgendaLinks.map((g) => [g.fragment, g] as const))(
    'golden link %s opens as it did when it shipped, and is written the same way',
    (_, golden) => {
      expect(decodeAgenda(golden.fragment)).toEqual({ state: golden.state, issues: [] });
      if (golden.version === agendaScenario.version) expect(encodeAgenda(golden.state)).toBe(golden.fragment);
    },
  );

  test('the README’s example opens with nothing to report', () => {
    const { state, issues } = decodeAgenda(
      'v=1&n=Day%201&start=0900&it=lesson.the-value-equation,lab.value-equation,break&im=14,25,15&in=,,Coffee',
    );
    expect(issues).toEqual([]);
    expect(agendaItems(agendaEntries(state), catalogue).items.map((i) => i.title)).toEqual([
      'The value equation',
      'Value equation lab: your offer against the market',
      'Coffee',
    ]);
  });

  test('every version has a golden link', () => {
    for (let version = 1; version <= agendaScenario.version; version++)
      expect(goldenAgendaLinks.some((g) => g.version === version)).toBe(true);
  });

  test.each([
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['930', '09:30'],
    ['0000', '00:00'],
    ['2359', '23:59'],
  ])('a start written %s opens as %s', (raw, start) => {
    expect(decodeAgenda(`v=1&start=${raw}`)).toEqual({ state: { ...AGENDA_START, start }, issues: [] });
  });

  test.each([
    ['start=2400', 'start', /The start time: “2400” is not a 24-hour time such as 0930, so it was reset to 0900\./],
    ['start=9h30', 'start', /not a 24-hour time/],
    [
      'im=0,14,25,15,14,15,12,20,30',
      'minutes',
      /item 1: 0 is below the minimum of 1, so the lab used the suggested agenda/,
    ],
    ['im=12,14', 'refs', /item lists have different lengths \(9, 2, 9\)/],
    ['it=lesson.x,quiz.y&im=5,5&in=,', 'refs', /Item 2 of the link is not a lesson, lab, exercise or break/],
  ])('a bad value (%s) falls back with an issue in words', (fragment, field, message) => {
    const { state, issues } = decodeAgenda(`v=1&${fragment}`);
    expect(issues.map((i) => i.field)).toContain(field);
    expect(issues.map((i) => i.message).join(' ')).toMatch(message);
    expect(validateScenario(agendaScenario, state)).toEqual([]);
    if (field !== 'start') expect(agendaEntries(state)).toEqual(agendaEntries(AGENDA_START));
  });

  test('a list of more than 40 items keeps the first 40, with a note', () => {
    const n = MAX_AGENDA_ITEMS + 2;
    const fragment = `v=1&it=${Array(n).fill('break').join(',')}&im=${Array(n).fill(5).join(',')}&in=${Array(n).fill('').join(',')}`;
    const { state, issues } = decodeAgenda(fragment);
    expect(state.refs).toHaveLength(MAX_AGENDA_ITEMS);
    expect(issues.map((i) => i.message).join(' ')).toMatch(/had 42 items; the lab keeps the first 40/);
  });

  test('a link from a newer version opens as best it can, and says so', () => {
    const { state, issues } = decodeAgenda('v=2&start=1000');
    expect(state.start).toBe('10:00');
    expect(issues[0]?.message).toMatch(/newer version/);
  });

  test('a link over 4 KB is refused whole', () => {
    const { state, issues } = decodeAgenda(`v=1&n=${'a'.repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(state).toEqual(AGENDA_START);
    expect(issues[0]?.field).toBe('link');
  });

  test('an agenda too long for a link is refused with the reason, not cut', () => {
    const many = withEntries(
      AGENDA_START,
      Array.from({ length: MAX_AGENDA_ITEMS }, () => ({
        ref: 'break' as const,
        minutes: 5,
        title: 'Łódź '.repeat(12).trim(),
      })),
    );
    const link = agendaLink(many);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/too long to share as a link \(\d+ KB; a link holds 4 KB\)/);
    expect(agendaLink(AGENDA_START)).toEqual({ ok: true, fragment: encodeAgenda(AGENDA_START) });
  });

  test('an invalid state is a bug and throws a RangeError naming the field', () => {
    expect(() => encodeAgenda({ ...AGENDA_START, start: '9:30' })).toThrow(
      /^start: the start time must be a 24-hour time/,
    );
    expect(() => encodeAgenda({ ...AGENDA_START, minutes: AGENDA_START.minutes.map(() => 0) })).toThrow(RangeError);
  });

  test('rows and columns convert both ways', () => {
    expect(withEntries(AGENDA_START, agendaEntries(AGENDA_START))).toEqual(AGENDA_START);
  });
});

describe('agenda links: properties', () => {
  const ref = fc.oneof(
    fc.constant('break'),
    fc.constantFrom(...catalogue.map((c) => c.ref)),
    fc.stringMatching(/^(lesson|lab|exercise)\.[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
  );
  const title = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => cleanText(s, 60));
  const entry = fc.record({ ref, minutes: fc.integer({ min: 1, max: 720 }), title });
  const state: fc.Arbitrary<AgendaState> = fc
    .record({
      title,
      start: fc
        .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
        .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      entries: fc.array(entry, { minLength: 1, maxLength: 12 }),
    })
    .map(({ entries, ...rest }) =>
      withEntries({ ...rest, refs: [], minutes: [], titles: [] }, entries as Parameters<typeof withEntries>[1]),
    );

  test('any valid agenda survives the round trip, and the same agenda always gives the same link', () => {
    fc.assert(
      fc.property(state, (s) => {
        const fragment = encodeAgenda(s);
        expect(decodeAgenda(fragment)).toEqual({ state: s, issues: [] });
        expect(encodeAgenda(structuredClone(s))).toBe(fragment);
      }),
      { numRuns: 300 },
    );
  });

  test('decoding never throws and always gives a valid agenda', () => {
    const keys = ['v', 'n', 'start', 'it', 'im', 'in', '__proto__'];
    const linkish = fc
      .array(
        fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.constantFrom('break,lesson.x', '5,5', '0930'))),
        {
          maxLength: 8,
        },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), linkish, fc.webFragments()), (fragment) => {
        const { state: s, issues } = decodeAgenda(fragment);
        expect(validateScenario(agendaScenario, s)).toEqual([]);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
        // Whatever the link, the run sheet of what it opens can be worked out.
        const { items } = agendaItems(agendaEntries(s), catalogue);
        expect(() => runSheet({ start: s.start, items })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
