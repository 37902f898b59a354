import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { encode, defaults } from '../scenario/index';
import { answerPlanRequest } from '../workers/plan-requests';

// Lesson 9's worker, answered in this process by the same code the worker runs.
vi.mock('../workers/plan-client', () => ({
  askPlanWorker: (request: Parameters<typeof answerPlanRequest>[0]) =>
    Promise.resolve(answerPlanRequest({ ...request, id: 0 })),
}));

// The stores read their storage engine when created; the saved scenarios use localStorage itself.
useTestStorageEngine();
const items = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  },
});
const {
  $courseDataImport,
  applyCourseData,
  cancelCourseDataImport,
  chooseCourseDataFile,
  collectCourseData,
  confirmCourseDataImport,
  courseDataFileName,
  describeCourseData,
  serializeCourseData,
} = await import('./course-data');
const { readCourseData } = await import('../course/course-data-reader');
const { $progress, completeLesson, resetProgress, visitLesson } = await import('./progress');
const { $audit, clearAudit, setAuditAnswer } = await import('./self-audit');
const { $threats, clearThreats, setThreatExposure, setThreatGuess } = await import('./threats');
const { $plan, setPlanField } = await import('./plan');

const LTV = encode('ltv-roi', { ...defaults('ltv-roi'), spend: 12_000 });
const NOW = new Date('2026-11-23T10:00:00.000Z');

beforeAll(() => {
  for (const store of [$progress, $audit, $threats, $plan]) store.listen(() => undefined);
});
function clearAll(): void {
  cleanTestStorage();
  items.clear();
  resetProgress();
  clearAudit();
  clearThreats();
  $plan.set({ v: 1, name: '', measure: '', hassle: '', invest: '' });
}
beforeEach(clearAll);
afterEach(clearAll);

function fillEverything(): void {
  visitLesson('feeling-valued-beats-feeling-satisfied', NOW);
  completeLesson('feeling-valued-beats-feeling-satisfied', NOW);
  items.set('valued:scenario:ltv-roi', LTV);
  setAuditAnswer('m1', 2);
  setAuditAnswer('a3', 'unknown');
  setThreatGuess('price');
  setThreatExposure('speed', 3);
  setPlanField('measure', 'Ask whether customers feel appreciated,\r\nquarterly.');
}

/** A valid file's data with one part replaced. */
function fileWith(change: Record<string, unknown>): string {
  fillEverything();
  const file = { ...collectCourseData(NOW), ...change };
  clearAll();
  return JSON.stringify(file);
}

describe('export then import', () => {
  test('restores every section on a browser that had none of it', () => {
    fillEverything();
    const text = serializeCourseData(collectCourseData(NOW));
    clearAll();
    expect($audit.get().answers).toEqual({});

    const reading = readCourseData(text);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.exported).toBe(NOW.toISOString());
    applyCourseData(reading.data);

    expect($progress.get().lessons['feeling-valued-beats-feeling-satisfied']?.completed).toBe(NOW.toISOString());
    expect(items.get('valued:scenario:ltv-roi')).toBe(LTV);
    expect({ ...$audit.get().answers }).toEqual({ m1: 2, a3: 'unknown' });
    expect($threats.get()).toMatchObject({ guess: 'price', exposure: { speed: 3 } });
    expect($plan.get().measure).toBe('Ask whether customers feel appreciated,\nquarterly.');
  });

  test('replaces what the browser had in each section the file holds, and forgets scenarios it lacks', () => {
    const text = fileWith({ scenarios: {} });
    items.set('valued:scenario:allocation', encode('allocation', defaults('allocation')));
    setAuditAnswer('d1', 5);
    const reading = readCourseData(text);
    if (!reading.ok) throw new Error(reading.problem);
    applyCourseData(reading.data);
    expect(items.has('valued:scenario:allocation')).toBe(false);
    expect({ ...$audit.get().answers }).toEqual({ m1: 2, a3: 'unknown' });
  });

  test('a section missing from the file leaves this browser’s copy alone', () => {
    fillEverything();
    const rest: Partial<ReturnType<typeof collectCourseData>> = collectCourseData(NOW);
    delete rest.plan;
    setPlanField('invest', 'Top decile first.');
    const reading = readCourseData(JSON.stringify(rest));
    if (!reading.ok) throw new Error(reading.problem);
    expect(describeCourseData(reading.data).map((l) => l.section)).not.toContain('Plan');
    applyCourseData(reading.data);
    expect($plan.get().invest).toBe('Top decile first.');
  });

  test('the preview says what the file holds', () => {
    const reading = readCourseData(fileWith({}));
    if (!reading.ok) throw new Error(reading.problem);
    expect(describeCourseData(reading.data)).toEqual([
      { section: 'Course progress', holds: '1 lesson opened, 1 complete' },
      { section: 'Lab scenarios', holds: '1 scenario' },
      { section: 'Self-audit', holds: '2 answers' },
      { section: 'The six threats', holds: '1 threat rated' },
      { section: 'Plan', holds: '1 of 3 commitments written' },
    ]);
  });

  test('the file is named by the local date', () => {
    expect(courseDataFileName(new Date(2026, 0, 5, 23, 30))).toBe('valued-course-data-2026-01-05.json');
  });
});

describe('a file that cannot be used is refused with the reason', () => {
  test.each([
    ['not JSON', '{"format": "valued-course-data", ', /not complete JSON text: it may be damaged or cut short/],
    ['no sections', '{"format": "valued-course-data", "version": 1}', /holds no course data/],
    ['another program’s JSON', '{"name": "report", "version": 1}', /not a course data file from Valued/],
    ['a JSON array', '[1, 2]', /not a course data file from Valued/],
    [
      'a newer format',
      JSON.stringify({ format: 'valued-course-data', version: 2 }),
      /newer version of the course \(format 2\)/,
    ],
    ['no version', JSON.stringify({ format: 'valued-course-data' }), /no format version/],
    ['a huge file', `{"format":"valued-course-data","version":1,"x":"${'a'.repeat(300_000)}"}`, /far larger/],
  ])('%s', (_name, text, message) => {
    const reading = readCourseData(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(message);
  });

  test.each([
    [
      'a progress entry with no visit time',
      { progress: { v: 1, lessons: { 'two-meanings': { completed: 'x' } } } },
      /two-meanings.*first visit/,
    ],
    ['a lesson slug that cannot be one', { progress: { v: 1, lessons: { __proto__x: {} } } }, /cannot be a lesson/],
    ['a scenario for an unknown lab', { scenarios: { 'time-machine': 'v=1' } }, /lab this course does not have/],
    ['a scenario that is not a link', { scenarios: { 'ltv-roi': 42 } }, /ltv-roi lab is not a scenario link/],
    [
      'a scenario with a damaged value',
      { scenarios: { 'ltv-roi': 'v=1&spend=abc' } },
      /ltv-roi lab is damaged: The campaign spend: “abc” is not a number\.$/,
    ],
    ['an audit answer off the scale', { audit: { v: 1, answers: { m1: 9 } } }, /statement m1 is not on the scale/],
    ['an audit answer to no statement', { audit: { v: 1, answers: { q9: 3 } } }, /does not have \(“q9”\)/],
    ['an audit of a newer format', { audit: { v: 3, answers: {} } }, /self-audit was made by a newer version/],
    ['a threat rating of 4', { threats: { v: 1, exposure: { price: 4 } } }, /“price” is not 1, 2 or 3/],
    [
      'a plan that is not text',
      { plan: { v: 1, name: '', measure: ['x'], hassle: '', invest: '' } },
      /“measure” entry that is not text/,
    ],
  ])('%s, and nothing in the browser changes', (_name, change, message) => {
    const text = fileWith(change);
    fillEverything();
    const before = JSON.stringify([$progress.get(), $audit.get(), $threats.get(), $plan.get(), [...items]]);
    const reading = readCourseData(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(message);
    expect(JSON.stringify([$progress.get(), $audit.get(), $threats.get(), $plan.get(), [...items]])).toBe(before);
  });
});

describe('importing a course data file', () => {
  const file = (name: string, text: string, size = text.length) => ({ name, size, text: () => Promise.resolve(text) });

  test('a good file is shown first, and replaces this browser’s data only when confirmed', async () => {
    setPlanField('measure', 'Theirs');
    const theirs = serializeCourseData(collectCourseData(NOW));
    setPlanField('measure', 'Ours');
    await chooseCourseDataFile(file('theirs.json', theirs));
    expect($courseDataImport.get()).toMatchObject({
      step: 'confirm',
      name: 'theirs.json',
      exported: NOW.toISOString(),
    });
    expect($plan.get().measure).toBe('Ours');
    confirmCourseDataImport();
    expect($courseDataImport.get()).toEqual({ step: 'done', name: 'theirs.json' });
    expect($plan.get().measure).toBe('Theirs');
  });

  test('Cancel leaves this browser’s data as it was', async () => {
    setPlanField('measure', 'Ours');
    await chooseCourseDataFile(file('theirs.json', serializeCourseData(collectCourseData(NOW))));
    cancelCourseDataImport();
    confirmCourseDataImport();
    expect($courseDataImport.get()).toEqual({ step: 'idle' });
    expect($plan.get().measure).toBe('Ours');
  });

  test.each([
    ['a file far too large', file('big.json', '{}', 10_000_000), /far larger than a course data file/],
    ['a file that is not course data', file('notes.json', '{"hello": 1}'), /./],
    [
      'a file that cannot be read',
      { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('gone')) },
      /could not be read/,
    ],
  ])('%s is refused with the reason, and nothing changes', async (_, chosen, reason) => {
    setPlanField('measure', 'Ours');
    await chooseCourseDataFile(chosen);
    const now = $courseDataImport.get();
    expect(now.step).toBe('refused');
    if (now.step === 'refused') expect(now.problem).toMatch(reason);
    confirmCourseDataImport();
    expect($plan.get().measure).toBe('Ours');
  });
});
