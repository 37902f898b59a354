import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { agendaCatalogue, agendaItems, runSheet } from './agenda';
import { AGENDA_START, agendaEntries, decodeAgenda, encodeAgenda, type AgendaState } from './agenda-link';
import { AGENDA_PRESETS, editAgenda, type AgendaEdit } from './agenda-edit';
import { lessonFiles } from './test-support';

const catalogue = agendaCatalogue(lessonFiles());

function sheetOf(state: AgendaState) {
  const { items, issues } = agendaItems(agendaEntries(state), catalogue);
  return { sheet: runSheet({ start: state.start, items }), issues };
}

function apply(state: AgendaState, ...edits: AgendaEdit[]): AgendaState {
  return edits.reduce((s, edit) => {
    const out = editAgenda(s, edit, catalogue);
    expect(out.problem).toBeUndefined();
    return out.state;
  }, state);
}

describe('editAgenda', () => {
  test('the suggested agenda runs 09:00 to 11:37 with one coffee break', () => {
    const { sheet, issues } = sheetOf(AGENDA_START);
    expect(issues).toEqual([]);
    // 12 + 14 + 25 + 15 + 14 + 15 + 12 + 20 + 30 = 157 minutes from 09:00.
    expect(sheet.totalMinutes).toBe(157);
    expect(sheet.end.text).toBe('11:37');
    expect(sheet.breakMinutes).toBe(15);
    expect(sheet.rows.slice(0, 4).map((r) => `${r.start.text} ${r.title}`)).toEqual([
      '09:00 Two meanings of customer value',
      '09:12 The value equation',
      '09:26 Value equation lab: your offer against the market',
      '09:51 Coffee',
    ]);
  });

  test('the start time is read as typed, and refused with a reason when it is not a time', () => {
    const later = apply(AGENDA_START, { kind: 'start', text: ' 9:30 ' });
    expect(later.start).toBe('09:30');
    expect(sheetOf(later).sheet.end.text).toBe('12:07');
    for (const text of ['25:00', '9.30', '', '930']) {
      expect(editAgenda(later, { kind: 'start', text }, catalogue)).toEqual({
        state: later,
        problem: 'Enter a 24-hour time such as 09:30.',
      });
    }
  });

  test('minutes must be whole, 1 to 720; a refusal changes nothing', () => {
    expect(apply(AGENDA_START, { kind: 'item-minutes', index: 0, text: '20' }).minutes[0]).toBe(20);
    for (const text of ['0', '721', '2.5', 'ten', '1e2', '']) {
      const out = editAgenda(AGENDA_START, { kind: 'item-minutes', index: 1, text }, catalogue);
      expect(out).toEqual({ state: AGENDA_START, problem: 'Enter whole minutes from 1 to 720.' });
    }
  });

  test('items are added, moved and removed, and each says what happened', () => {
    const added = editAgenda(AGENDA_START, { kind: 'add', ref: 'lab.allocation' }, catalogue);
    expect(added.state.refs.at(-1)).toBe('lab.allocation');
    // The allocation lab's suggested minutes.
    expect(added.state.minutes.at(-1)).toBe(30);
    expect(added.said).toBe('Allocation lab: invest where the value potential is added at the end.');
    const moved = editAgenda(added.state, { kind: 'move', index: 0, direction: 1 }, catalogue);
    expect(moved.state.refs.slice(0, 2)).toEqual([
      'lesson.the-value-equation',
      'lesson.two-meanings-of-customer-value',
    ]);
    expect(moved.said).toBe('Two meanings of customer value moved to item 2 of 10.');
    expect(sheetOf(moved.state).sheet.rows[1]?.start.text).toBe('09:14');
    expect(editAgenda(moved.state, { kind: 'move', index: 0, direction: -1 }, catalogue).problem).toBe(
      'That item cannot move further.',
    );
    const removed = editAgenda(moved.state, { kind: 'remove', index: 3 }, catalogue);
    expect(removed.said).toBe('Coffee removed from the agenda.');
    expect(removed.state.refs).not.toContain('break');
    expect(editAgenda(AGENDA_START, { kind: 'add', ref: 'lab.no-such-lab' }, catalogue).problem).toBe(
      'This course has no such lesson or exercise.',
    );
  });

  test('an agenda keeps at least one item and holds at most 40', () => {
    const one: AgendaState = { ...AGENDA_START, refs: ['break'], minutes: [10], titles: ['Coffee'] };
    expect(editAgenda(one, { kind: 'remove', index: 0 }, catalogue).problem).toBe('An agenda needs at least one item.');
    let full = one;
    for (let i = 1; i < 40; i++) full = apply(full, { kind: 'add', ref: 'break' });
    expect(full.refs).toHaveLength(40);
    expect(editAgenda(full, { kind: 'add', ref: 'break' }, catalogue).problem).toBe(
      'An agenda holds at most 40 items.',
    );
  });

  test('titles are cleaned; an empty item title brings back the course’s', () => {
    const titled = apply(AGENDA_START, { kind: 'title', text: '  Warsaw CX day\u0007 ' });
    expect(titled.title).toBe('Warsaw CX day');
    const own = apply(titled, { kind: 'item-title', index: 0, text: 'Why value has two meanings' });
    expect(sheetOf(own).sheet.rows[0]?.title).toBe('Why value has two meanings');
    expect(sheetOf(apply(own, { kind: 'item-title', index: 0, text: '' })).sheet.rows[0]?.title).toBe(
      'Two meanings of customer value',
    );
  });

  test('Undo of a preset or Reset puts back the agenda the page kept', () => {
    const own = apply(AGENDA_START, { kind: 'title', text: 'Our day' });
    const taster = apply(own, { kind: 'preset', id: 'taster' });
    expect(taster.title).not.toBe('Our day');
    expect(editAgenda(taster, { kind: 'restore', state: own }, catalogue)).toEqual({
      state: own,
      said: 'Your agenda from before is back.',
    });
  });

  test('every preset is an agenda the course can run, and survives its link', () => {
    for (const preset of AGENDA_PRESETS) {
      const state = apply(AGENDA_START, { kind: 'preset', id: preset.id });
      expect(sheetOf(state).issues).toEqual([]);
      expect(sheetOf(state).sheet.rows).toHaveLength(preset.state.refs.length);
      expect(decodeAgenda(encodeAgenda(state))).toEqual({ state, issues: [] });
    }
    // Each lasts what its name and story say.
    const length = (id: string): number => sheetOf(apply(AGENDA_START, { kind: 'preset', id })).sheet.totalMinutes;
    expect(length('taster')).toBe(120);
    expect(length('morning')).toBeLessThan(180);
    // The full day covers every lesson and exercise the course has.
    const day = AGENDA_PRESETS.find((p) => p.id === 'day')?.state;
    expect(new Set(day?.refs)).toEqual(new Set([...catalogue.map((c) => c.ref), 'break']));
  });

  test('any sequence of edits leaves an agenda that encodes and times', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('start' as const), text: fc.string() }),
      fc.record({
        kind: fc.constant('item-minutes' as const),
        index: fc.integer({ min: -1, max: 45 }),
        text: fc.string(),
      }),
      fc.record({
        kind: fc.constant('item-title' as const),
        index: fc.integer({ min: -1, max: 45 }),
        text: fc.string(),
      }),
      fc.record({
        kind: fc.constant('add' as const),
        ref: fc.constantFrom('break', ...catalogue.map((c) => c.ref), 'x'),
      }),
      fc.record({
        kind: fc.constant('move' as const),
        index: fc.integer({ min: -1, max: 45 }),
        direction: fc.constantFrom(-1 as const, 1 as const),
      }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.integer({ min: -1, max: 45 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), (edits) => {
        let state = AGENDA_START;
        for (const e of edits) state = editAgenda(state, e, catalogue).state;
        expect(decodeAgenda(encodeAgenda(state)).state).toEqual(state);
        const { sheet } = sheetOf(state);
        expect(sheet.rows).toHaveLength(state.refs.length);
        expect(sheet.totalMinutes).toBe(state.minutes.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 200 },
    );
  });
});
