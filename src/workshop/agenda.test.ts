import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_AGENDA_ITEMS,
  MAX_ITEM_MINUTES,
  agendaCatalogue,
  agendaItems,
  catalogueByLesson,
  clockTime,
  formatClockTime,
  isAgendaRef,
  parseClockTime,
  rowOfItem,
  runSheet,
  type RunSheetItem,
} from './agenda';
import { lessonFiles } from './test-support';

const lessons = lessonFiles();
const catalogue = agendaCatalogue(lessons);

const item = (title: string, minutes: number, kind: RunSheetItem['kind'] = 'lesson'): RunSheetItem => ({
  kind,
  title,
  minutes,
});
const times = (sheet: ReturnType<typeof runSheet>): string[] =>
  sheet.rows.map((r) => `${formatClockTime(r.start)}–${formatClockTime(r.end)}`);

describe('run sheet: worked examples', () => {
  test('items follow one another from the start time, and the total adds them up', () => {
    // 09:00 + 14 = 09:14; + 25 = 09:39; + 15 = 09:54.
    const sheet = runSheet({
      start: '09:00',
      items: [item('The value equation', 14), item('Value equation lab', 25, 'lab'), item('Coffee', 15, 'break')],
    });
    expect(times(sheet)).toEqual(['09:00–09:14', '09:14–09:39', '09:39–09:54']);
    expect(sheet.rows.map((r) => r.offset)).toEqual([0, 14, 39]);
    expect(sheet.totalMinutes).toBe(54);
    expect(sheet.breakMinutes).toBe(15);
    expect(sheet.end).toEqual({ text: '09:54', minuteOfDay: 594, day: 0 });
  });

  test('an evening session runs past midnight onto the next day', () => {
    // 23:30 + 45 min = 00:15 next day; + 30 = 00:45.
    const sheet = runSheet({ start: '23:30', items: [item('Lesson', 45), item('Lab', 30, 'lab')] });
    expect(times(sheet)).toEqual(['23:30–00:15 (next day)', '00:15 (next day)–00:45 (next day)']);
    expect(sheet.rows[1]?.start).toEqual({ text: '00:15', minuteOfDay: 15, day: 1 });
    expect(sheet.totalMinutes).toBe(75);
  });

  test('an item ending exactly at midnight ends at 00:00 the next day', () => {
    const sheet = runSheet({ start: '23:00', items: [item('Late lesson', 60)] });
    expect(sheet.end).toEqual({ text: '00:00', minuteOfDay: 0, day: 1 });
  });

  test('long items can run over more than one day', () => {
    // 00:00 + 3 × 720 min = 36 h: 12:00 on the second day after the start.
    const sheet = runSheet({ start: '0:00', items: [item('A', 720), item('B', 720), item('C', 720)] });
    expect(times(sheet)).toEqual(['00:00–12:00', '12:00–00:00 (next day)', '00:00 (next day)–12:00 (next day)']);
    expect(
      runSheet({ start: '00:00', items: [item('A', 720), item('B', 720), item('C', 720), item('D', 720)] }).end,
    ).toEqual({ text: '00:00', minuteOfDay: 0, day: 2 });
    expect(formatClockTime({ text: '00:00', minuteOfDay: 0, day: 2 })).toBe('00:00 (day 3)');
  });

  test('an empty agenda starts and ends at the start time', () => {
    const sheet = runSheet({ start: '14:05', items: [] });
    expect(sheet).toMatchObject({ rows: [], totalMinutes: 0, breakMinutes: 0 });
    expect(sheet.end.text).toBe('14:05');
  });

  test('links and notes travel with each row', () => {
    const links = [{ label: 'The lab', href: '/labs/allocation/' }];
    const sheet = runSheet({ start: '10:00', items: [{ ...item('Allocation', 30, 'lab'), links }] });
    expect(sheet.rows[0]?.links).toEqual(links);
  });
});

describe('clock times', () => {
  test.each([
    ['00:00', 0],
    ['9:30', 570],
    ['09:30', 570],
    [' 17:45 ', 1065],
    ['23:59', 1439],
  ])('"%s" is %i minutes after midnight', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  test.each([['24:00'], ['9.30'], ['9:5'], ['930'], [''], ['12:60'], ['-1:00'], ['noon'], [930], [null], [undefined]])(
    '%j is refused with a RangeError naming the field',
    (text) => {
      expect(() => parseClockTime(text, 'start')).toThrow(RangeError);
      expect(() => parseClockTime(text, 'start')).toThrow(/^start must be a 24-hour time/);
    },
  );

  test('clockTime counts days past the first and pads hours and minutes', () => {
    expect(clockTime(65)).toEqual({ text: '01:05', minuteOfDay: 65, day: 0 });
    expect(clockTime(1440 + 61)).toEqual({ text: '01:01', minuteOfDay: 61, day: 1 });
    expect(() => clockTime(-1)).toThrow(RangeError);
    expect(() => clockTime(Number.NaN)).toThrow(RangeError);
  });
});

describe('run sheet: bad input is refused, naming the field', () => {
  test.each([
    ['start', { start: '25:00', items: [] }, /^start must be/],
    ['start', { start: 930, items: [] }, /^start must be/],
    ['items', { start: '09:00', items: 'lesson' }, /^items must be a list/],
    [
      'items',
      { start: '09:00', items: Array.from({ length: MAX_AGENDA_ITEMS + 1 }, () => item('x', 5)) },
      /^items must hold at most 40/,
    ],
    [
      'minutes',
      { start: '09:00', items: [item('a', 5), item('b', 0)] },
      /^items\[1\]\.minutes must be a whole number from 1 to 720 \(got 0\)/,
    ],
    ['item', { start: '09:00', items: [item('a', 5), null] }, /^items\[1\] must be an item/],
    ['minutes', { start: '09:00', items: [item('a', -5)] }, /^items\[0\]\.minutes/],
    ['minutes', { start: '09:00', items: [item('a', 1.5)] }, /^items\[0\]\.minutes/],
    ['minutes', { start: '09:00', items: [item('a', Number.NaN)] }, /^items\[0\]\.minutes .*\(got NaN\)/],
    ['minutes', { start: '09:00', items: [item('a', Number.POSITIVE_INFINITY)] }, /^items\[0\]\.minutes/],
    ['minutes', { start: '09:00', items: [item('a', MAX_ITEM_MINUTES + 1)] }, /^items\[0\]\.minutes/],
    [
      'minutes',
      { start: '09:00', items: [{ kind: 'lesson', title: 'a', minutes: '10' }] },
      /^items\[0\]\.minutes .*\(got "10"\)/,
    ],
    [
      'title',
      { start: '09:00', items: [item('a', 5), item('  ', 5, 'break')] },
      /^items\[1\]\.title must be a non-empty text/,
    ],
  ])('bad %s', (_, agenda, message) => {
    expect(() => runSheet(agenda as Parameters<typeof runSheet>[0])).toThrow(RangeError);
    expect(() => runSheet(agenda as Parameters<typeof runSheet>[0])).toThrow(message);
  });
});

describe('run sheet: properties', () => {
  const clock = fc
    .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
    .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const items = fc.array(
    fc.record({
      kind: fc.constantFrom<RunSheetItem['kind']>('lesson', 'lab', 'exercise', 'break'),
      title: fc.constantFrom('Lesson', 'Lab', 'Break'),
      minutes: fc.integer({ min: 1, max: MAX_ITEM_MINUTES }),
    }),
    { maxLength: MAX_AGENDA_ITEMS },
  );

  test('rows are back to back, times add up to the total, and every time reads hh:mm', () => {
    fc.assert(
      fc.property(clock, items, (start, list) => {
        const sheet = runSheet({ start, items: list });
        const startMinute = parseClockTime(start);
        expect(sheet.totalMinutes).toBe(list.reduce((sum, i) => sum + i.minutes, 0));
        expect(sheet.breakMinutes).toBe(list.filter((i) => i.kind === 'break').reduce((s, i) => s + i.minutes, 0));
        let previousEnd = sheet.start;
        for (const [i, row] of sheet.rows.entries()) {
          expect(row.start).toEqual(previousEnd);
          const span = row.end.day * 1440 + row.end.minuteOfDay - (row.start.day * 1440 + row.start.minuteOfDay);
          expect(span).toBe(list[i]?.minutes);
          expect(row.end.text).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          previousEnd = row.end;
        }
        expect(sheet.end).toEqual(previousEnd);
        expect(sheet.end.day * 1440 + sheet.end.minuteOfDay).toBe(startMinute + sheet.totalMinutes);
      }),
      { numRuns: 500 },
    );
  });

  test('anything that is not a valid agenda throws a RangeError, never returns NaN', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(fc.oneof(fc.record({ title: fc.anything(), minutes: fc.anything() }), fc.anything()), {
          maxLength: 5,
        }),
        (start, list) => {
          try {
            const sheet = runSheet({ start: start as string, items: list as RunSheetItem[] });
            const numbers = [
              sheet.totalMinutes,
              ...sheet.rows.flatMap((r) => [r.start.minuteOfDay, r.end.minuteOfDay]),
            ];
            for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
          }
        },
      ),
    );
  });
});

describe('the catalogue a facilitator picks from', () => {
  test('every lesson comes in course order, each followed by the exercises it teaches', () => {
    expect(catalogue.map((c) => c.ref)).toEqual([
      'lesson.two-meanings-of-customer-value',
      'lesson.the-value-equation',
      'lab.value-equation',
      'lesson.feeling-valued-beats-feeling-satisfied',
      'exercise.threats',
      'exercise.self-audit',
      'lesson.take-credit-for-the-relationship',
      'lab.ltv-roi',
      'lesson.customers-as-assets',
      'lesson.customer-service-is-not-customer-centricity',
      'lab.allocation',
      'lesson.know-your-customer-base',
      'lab.customer-base',
      'lesson.closing-the-say-do-gap',
      'exercise.say-do-poll',
      'lesson.your-customer-value-plan',
      'exercise.plan',
    ]);
  });

  test('a lesson carries its own duration and link; a lab its page and the lesson’s steps', () => {
    expect(catalogue.find((c) => c.ref === 'lesson.the-value-equation')).toMatchObject({
      kind: 'lesson',
      title: 'The value equation',
      minutes: 14,
      links: [{ label: 'Lesson 2: The value equation', href: '/lessons/the-value-equation/' }],
    });
    expect(catalogue.find((c) => c.ref === 'lab.ltv-roi')).toMatchObject({
      kind: 'lab',
      minutes: 30,
      lesson: { order: 4, slug: 'take-credit-for-the-relationship' },
      links: [
        { label: 'The lab', href: '/labs/ltv-roi/' },
        {
          label: 'Its steps in lesson 4',
          href: '/lessons/take-credit-for-the-relationship/#exercise-your-own-campaign',
        },
      ],
    });
    expect(catalogue.find((c) => c.ref === 'exercise.say-do-poll')?.links).toEqual([
      { label: 'The exercise in lesson 8', href: '/lessons/closing-the-say-do-gap/#try-it-poll-your-room' },
    ]);
  });

  test('lessons carry no notes; every lab and exercise does', () => {
    for (const c of catalogue) expect(c.notes === undefined).toBe(c.kind === 'lesson');
  });

  test('an exercise whose lesson is not in the course is not offered', () => {
    const only = agendaCatalogue([{ slug: 'closing-the-say-do-gap', title: 'Closing', duration: 12, order: 8 }]);
    expect(only.map((c) => c.ref)).toEqual(['lesson.closing-the-say-do-gap', 'exercise.say-do-poll']);
  });

  test('every reference in the catalogue has the shape agenda links use', () => {
    for (const c of catalogue) expect(isAgendaRef(c.ref)).toBe(true);
    expect(isAgendaRef('break')).toBe(true);
    for (const bad of ['lesson.', 'lesson.A', 'lesson.a b', 'quiz.x', 'break.x', '__proto__', 'lesson.a--b'])
      expect(isAgendaRef(bad)).toBe(false);
  });
});

describe('agenda entries become run-sheet items', () => {
  test('titles, links and notes come from the catalogue unless the facilitator set a title', () => {
    const { items, issues } = agendaItems(
      [
        { ref: 'lesson.the-value-equation', minutes: 20, title: '' },
        { ref: 'exercise.threats', minutes: 10, title: 'Threats, quickly' },
        { ref: 'break', minutes: 45, title: '' },
        { ref: 'break', minutes: 15, title: 'Coffee' },
      ],
      catalogue,
    );
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.kind, i.title, i.minutes])).toEqual([
      ['lesson', 'The value equation', 20],
      ['exercise', 'Threats, quickly', 10],
      ['break', 'Break', 45],
      ['break', 'Coffee', 15],
    ]);
    expect(items[1]?.notes?.questions.length).toBeGreaterThan(0);
    expect(items[2]?.links).toBeUndefined();
  });

  test('an item the course does not have is left out with a note, and the rest stay', () => {
    const { items, issues } = agendaItems(
      [
        { ref: 'lesson.the-value-equation', minutes: 14, title: '' },
        { ref: 'lesson.a-lesson-since-removed', minutes: 10, title: '' },
        { ref: 'exercise.quiz', minutes: 10, title: '' },
        { ref: 'lab.ltv-roi', minutes: 30, title: '' },
      ],
      catalogue,
    );
    expect(items.map((i) => i.title)).toEqual([
      'The value equation',
      'Lifetime ROI lab: take credit for the relationship',
    ]);
    expect(issues).toEqual([
      {
        index: 1,
        message: 'Item 2 names a lesson this course does not have (“a-lesson-since-removed”), so it was left out.',
      },
      { index: 2, message: 'Item 3 names an exercise this course does not have (“quiz”), so it was left out.' },
    ]);
  });
});

describe('the agenda on the page', () => {
  test('each item finds its run-sheet row; an item the course lacks has none, and later items still find theirs', () => {
    const { items, issues } = agendaItems(
      [
        { ref: 'lesson.the-value-equation', minutes: 14, title: '' },
        { ref: 'lesson.a-lesson-since-removed', minutes: 10, title: '' },
        { ref: 'break', minutes: 15, title: 'Coffee' },
        { ref: 'exercise.quiz', minutes: 10, title: '' },
        { ref: 'lab.ltv-roi', minutes: 30, title: '' },
      ],
      catalogue,
    );
    const sheet = runSheet({ start: '09:00', items });
    expect([0, 1, 2, 3, 4].map((i) => rowOfItem(sheet, issues, i)?.title)).toEqual([
      'The value equation',
      undefined,
      'Coffee',
      undefined,
      'Lifetime ROI lab: take credit for the relationship',
    ]);
  });

  test('the catalogue is offered lesson by lesson, each with its exercises after it', () => {
    const groups = catalogueByLesson(catalogue);
    expect(groups.map((g) => g.label)).toEqual(catalogue.filter((i) => i.kind === 'lesson').map((i) => i.title));
    expect(groups.flatMap((g) => g.items)).toEqual(catalogue);
    for (const group of groups) {
      expect(group.items[0]?.kind).toBe('lesson');
      expect(group.items.slice(1).every((i) => i.kind !== 'lesson')).toBe(true);
    }
  });
});
