import { describe, expect, test } from 'vitest';
import { agendaCatalogue } from '../workshop/agenda';
import { AGENDA_START, encodeAgenda } from '../workshop/agenda-link';
import { lessonFiles } from '../workshop/test-support';
import { agendaAnswerer } from './agenda-requests';

const catalogue = agendaCatalogue(lessonFiles());
const SHORT = 'v=1&n=Taster&start=1400&it=lesson.the-value-equation,break,lab.value-equation&im=14,10,25&in=,Tea,';

describe('the agenda worker', () => {
  test('opens someone’s link over the agenda kept here, with what it could not use', () => {
    const answer = agendaAnswerer();
    const opened = answer({
      kind: 'open',
      id: 1,
      catalogue,
      fragment: SHORT.replace('start=1400', 'start=2500'),
      kept: SHORT,
    });
    if (opened.kind !== 'opened') throw new Error(opened.kind);
    expect(opened.origin).toBe('link');
    expect(opened.view.state.start).toBe('09:00');
    expect(opened.issues).toHaveLength(1);
    expect(opened.view.sheet.rows.map((r) => `${r.start.text}–${r.end.text} ${r.title}`)).toEqual([
      '09:00–09:14 The value equation',
      '09:14–09:24 Tea',
      '09:24–09:49 Value equation lab: your offer against the market',
    ]);
  });

  test('a link to the agenda kept here is the facilitator’s own; without a link the kept one opens', () => {
    const answer = agendaAnswerer();
    expect(answer({ kind: 'open', id: 1, catalogue, fragment: SHORT, kept: SHORT })).toMatchObject({
      origin: 'saved',
      issues: [],
    });
    expect(answer({ kind: 'open', id: 2, catalogue, fragment: undefined, kept: SHORT })).toMatchObject({
      origin: 'saved',
      view: { fragment: SHORT },
    });
    expect(
      answer({ kind: 'open', id: 3, catalogue, fragment: undefined, kept: encodeAgenda(AGENDA_START) }),
    ).toMatchObject({ origin: 'start' });
    expect(answer({ kind: 'open', id: 4, catalogue, fragment: undefined, kept: undefined })).toMatchObject({
      origin: 'start',
      view: { state: AGENDA_START, itemIssues: [] },
    });
  });

  test('edits come back with the new run sheet and link, or the reason they were refused', () => {
    const answer = agendaAnswerer();
    answer({ kind: 'open', id: 1, catalogue, fragment: undefined, kept: undefined });
    const edited = answer({ kind: 'edit', id: 2, state: AGENDA_START, edit: { kind: 'start', text: '13:15' } });
    expect(edited).toMatchObject({ kind: 'edited', problem: undefined, view: { state: { start: '13:15' } } });
    if (edited.kind !== 'edited') throw new Error(edited.kind);
    expect(edited.view.sheet.end.text).toBe('15:52');
    expect(edited.view.link).toEqual({ ok: true, fragment: edited.view.fragment });
    expect(edited.view.fragment).toContain('start=1315');
    const refused = answer({ kind: 'edit', id: 3, state: AGENDA_START, edit: { kind: 'start', text: '1315' } });
    expect(refused).toMatchObject({ problem: 'Enter a 24-hour time such as 09:30.', view: { state: AGENDA_START } });
  });

  test('an item the course no longer has is left out of the run sheet, with a note', () => {
    const answer = agendaAnswerer();
    const opened = answer({
      kind: 'open',
      id: 1,
      catalogue,
      fragment: 'v=1&n=Old&start=0900&it=lesson.retired-lesson,break&im=20,10&in=,',
      kept: undefined,
    });
    expect(opened.view.sheet.rows).toHaveLength(1);
    expect(opened.view.itemIssues).toEqual([
      { index: 0, message: 'Item 1 names a lesson this course does not have (“retired-lesson”), so it was left out.' },
    ]);
  });
});
