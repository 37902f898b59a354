import { describe, expect, test, vi } from 'vitest';
import type { CustomerBaseAnalysis } from '../calc/clv/analysis';
import { START_SETTINGS } from '../calc/clv/lab-settings';
import { dayNumber } from '../calc/clv/summary';
import type { LogLayout } from '../purchase-log/columns';
import type { ReadReport } from '../purchase-log/reader';
import type { Unsent } from '../workers/client';
import type { CustomerBaseRequest, CustomerBaseResponse } from '../workers/customer-base-protocol';
import { createCustomerBaseStore, SAMPLE, type CustomerBaseWorker, type KeptLogStorage } from './customer-base';
import type { KeptLog, KeptSettings } from './kept-log';

type Answer = Exclude<CustomerBaseResponse, { kind: 'progress' }>;
type Sent = Unsent<Extract<CustomerBaseRequest, { kind: 'read' | 'analyse' }>>;

/**
 * The lab's worker, played by the test: each request waits until the test answers it. Cancel
 * answers what was waiting with `failed`, as the real client does when it stops the worker.
 */
function fakeWorker() {
  const waiting: { request: Sent; answer: (a: Answer) => void; progress?: (f: number) => void }[] = [];
  const sent: Sent[] = [];
  const ask = (request: Sent, progress?: (f: number) => void): Promise<Answer> =>
    new Promise((answer) => {
      sent.push(request);
      waiting.push({ request, answer, ...(progress ? { progress } : {}) });
    });
  const worker: CustomerBaseWorker = {
    read: (request, onProgress) => ask({ kind: 'read', ...request }, onProgress),
    analyse: (settings) => ask({ kind: 'analyse', settings }),
    allocationLink: () => Promise.resolve({ kind: 'allocation', id: 0, fragment: 'v=1&budget=5000' }),
    cancel: vi.fn(() => {
      for (const { answer } of waiting.splice(0)) answer({ kind: 'failed', id: 0, problem: 'Cancelled.' });
    }),
    warm: vi.fn(),
  };
  /** Answers the oldest waiting request, which must be of `kind`. */
  const answer = async (kind: Sent['kind'], response: Answer): Promise<void> => {
    const next = waiting.shift();
    expect(next?.request.kind).toBe(kind);
    next?.answer(response);
    await flush();
  };
  return { worker, sent, waiting, answer };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeStorage(kept?: KeptLog) {
  const storage = {
    read: vi.fn(() => Promise.resolve(kept)),
    keep: vi.fn<(log: KeptLog) => Promise<void>>(() => Promise.resolve()),
    keepSettings: vi.fn<(settings: KeptSettings) => Promise<void>>(() => Promise.resolve()),
    forget: vi.fn(() => Promise.resolve()),
  } satisfies KeptLogStorage;
  return storage;
}

const layout: LogLayout = {
  hasHeader: true,
  names: ['customer', 'date', 'amount'],
  mapping: { customer: 0, date: 1, amount: 2, quantity: undefined },
  dateFormat: 'iso',
  dateCandidates: ['iso'],
  decimal: '.',
  amountIs: 'total',
  currency: undefined,
};

/** A read of the CDNOW sample's span, 1997-01-01 to 1998-06-30. */
function report(first = dayNumber(1997, 1, 1), last = dayNumber(1998, 6, 30)): ReadReport {
  return {
    rows: 6919,
    purchases: 6919,
    customers: 2357,
    badRows: 0,
    listedBadRows: [],
    refunds: 0,
    firstDay: first,
    lastDay: last,
    badDates: 0,
    swappedDates: 0,
    futureDates: 0,
    largest: undefined,
    medianAmount: undefined,
    earliestLine: 2,
    firstPercentileDay: first,
  };
}

function read(change: Partial<Extract<Answer, { kind: 'read' }>> = {}): Answer {
  return {
    kind: 'read',
    id: 0,
    layout,
    preview: [['00001', '1997-01-01', '11.77']],
    missing: [],
    report: report(),
    encoding: 'utf-8',
    readMs: 120,
    ...change,
  };
}

const analysed = (customers = 2357): Answer => ({
  kind: 'analysed',
  id: 0,
  outcome: { ok: true, analysis: { customers } as CustomerBaseAnalysis },
  summaryMs: 10,
  fitMs: 200,
});

function lab(options: { kept?: KeptLog; locale?: string; sample?: () => Promise<Blob> } = {}) {
  const fake = fakeWorker();
  const storage = fakeStorage(options.kept);
  const store = createCustomerBaseStore({
    worker: fake.worker,
    storage,
    fetchSample: options.sample ?? (() => Promise.resolve(new Blob(['customer,date,amount\n']))),
    locale: () => options.locale ?? 'en-GB',
  });
  const state = () => store.$lab.get();
  return { ...fake, storage, store, state };
}

const file = (text = 'customer,date,amount\n') => new Blob([text]);

/** Opens a file and lets the worker read it and fit the models. */
async function openAndFit(t: ReturnType<typeof lab>, name = 'orders.csv') {
  void t.store.openFile(file(), name);
  await t.answer('read', read());
  await t.answer('analyse', analysed());
}

describe('the customer-base lab’s workflow', () => {
  test('a file is read, then fitted, and the status line names it', async () => {
    const t = lab();
    void t.store.openFile(file(), 'orders.csv');
    expect(t.state()).toMatchObject({ phase: 'reading', fileName: 'orders.csv', status: 'Reading orders.csv…' });
    expect(t.store.$view.get().busy).toBe(true);
    expect(t.sent[0]).toMatchObject({ kind: 'read', choices: {}, preferMonthFirst: false });
    t.waiting[0]?.progress?.(0.4);
    expect(t.store.$readProgress.get()).toBe(0.4);
    await t.answer('read', read());
    // A new file's calibration end is its last date.
    expect(t.state().settings.calibrationEnd).toBe('1998-06-30');
    expect(t.state().phase).toBe('analysing');
    expect(t.sent[1]).toEqual({
      kind: 'analyse',
      settings: { calibrationEnd: dayNumber(1998, 6, 30), horizonWeeks: 52.18, annualDiscountRate: 0.1, margin: 0.3 },
    });
    await t.answer('analyse', analysed());
    expect(t.state()).toMatchObject({
      phase: 'ready',
      status: 'Fitted the models to 2,357 customers from orders.csv.',
    });
    expect(t.state().result?.analysis.customers).toBe(2357);
    expect(t.store.$view.get()).toMatchObject({ busy: false, stale: undefined, canFit: false });
  });

  test('a US browser reads ambiguous dates month first', () => {
    const t = lab({ locale: 'en-US' });
    void t.store.openFile(file(), 'orders.csv');
    expect(t.sent[0]).toMatchObject({ preferMonthFirst: true });
  });

  test('Cancel while reading forgets the file, and its late answer is ignored', async () => {
    const t = lab();
    void t.store.openFile(file(), 'big.csv');
    t.store.cancel();
    await flush();
    expect(t.worker.cancel).toHaveBeenCalledTimes(1);
    expect(t.state()).toMatchObject({
      phase: 'empty',
      fileName: undefined,
      read: undefined,
      result: undefined,
      importProblem: undefined,
      status: 'Reading cancelled. Nothing was kept.',
    });
    // A setting changed now has no file to fit.
    await t.store.changeSetting('horizonYears', '2');
    expect(t.sent).toHaveLength(1);
  });

  test('Cancel while fitting keeps the file; a changed setting reads it again and fits', async () => {
    const t = lab();
    void t.store.openFile(file(), 'many.csv');
    await t.answer('read', read());
    expect(t.state().phase).toBe('analysing');
    t.store.cancel();
    await flush();
    expect(t.state()).toMatchObject({
      phase: 'read',
      result: undefined,
      status: 'Fitting cancelled. Change a setting, or choose “Fit the models”, to fit again.',
    });
    expect(t.store.$view.get().canFit).toBe(true);
    // The worker was emptied by the Cancel: the file is read again, with the same choices.
    void t.store.changeSetting('horizonYears', '2');
    expect(t.state().phase).toBe('reading');
    expect(t.sent[2]).toMatchObject({ kind: 'read', choices: { mapping: layout.mapping, dateFormat: 'iso' } });
    await t.answer('read', read());
    expect(t.sent[3]).toMatchObject({ kind: 'analyse', settings: { horizonWeeks: 104.36 } });
    await t.answer('analyse', analysed(60_000));
    expect(t.state()).toMatchObject({ phase: 'ready', status: 'Fitted the models to 60,000 customers from many.csv.' });
  });

  test('“Fit the models” after a Cancel fits with the settings on screen', async () => {
    const t = lab();
    void t.store.openFile(file(), 'many.csv');
    await t.answer('read', read());
    t.store.cancel();
    await flush();
    void t.store.fit();
    await t.answer('read', read());
    await t.answer('analyse', analysed());
    expect(t.state().phase).toBe('ready');
  });

  test('a new choice for the same file keeps the figures, marked out of date, until the new ones arrive', async () => {
    const t = lab();
    await openAndFit(t);
    const before = t.state().result;
    void t.store.rechoose({ decimal: ',' });
    expect(t.worker.cancel).not.toHaveBeenCalled();
    expect(t.state().result).toBe(before);
    expect(t.store.$view.get().stale).toBe('working');
    expect(t.sent[2]).toMatchObject({ kind: 'read', choices: { decimal: ',', mapping: layout.mapping } });
    await t.answer('read', read({ layout: { ...layout, decimal: ',' } }));
    expect(t.state().result).toBe(before);
    await t.answer('analyse', analysed(2000));
    expect(t.state().result?.analysis.customers).toBe(2000);
  });

  test('a new file clears what the last one showed', async () => {
    const t = lab();
    await openAndFit(t);
    void t.store.openFile(file(), 'second.csv');
    expect(t.state()).toMatchObject({ read: undefined, result: undefined, fileName: 'second.csv' });
  });

  test('a file that cannot be read clears the last one’s results and says why', async () => {
    const t = lab();
    await openAndFit(t);
    void t.store.openFile(file(''), 'empty.csv');
    await t.answer('read', { kind: 'failed', id: 0, problem: 'The file is empty.' });
    expect(t.state()).toMatchObject({
      phase: 'empty',
      fileName: undefined,
      read: undefined,
      result: undefined,
      importProblem: 'empty.csv: The file is empty.',
      status: '',
    });
  });

  test('a file opened while another is read stops that read, and its answer is ignored', async () => {
    const t = lab();
    void t.store.openFile(file(), 'first.csv');
    void t.store.openFile(file(), 'second.csv');
    // The real client answers the stopped read with `failed`: that answer is out of date.
    expect(t.worker.cancel).toHaveBeenCalledTimes(1);
    expect(t.state()).toMatchObject({ phase: 'reading', fileName: 'second.csv', importProblem: undefined });
    await t.answer('read', read({ report: report(dayNumber(2024, 1, 1), dayNumber(2024, 12, 31)) }));
    await t.answer('analyse', analysed());
    expect(t.state().settings.calibrationEnd).toBe('2024-12-31');
    expect(t.state().status).toBe('Fitted the models to 2,357 customers from second.csv.');
  });

  test('a fit answer for settings since changed is ignored', async () => {
    const t = lab();
    void t.store.openFile(file(), 'orders.csv');
    await t.answer('read', read());
    void t.store.changeSetting('marginPercent', '45');
    // Two fits were asked for; the first one's answer comes last and is out of date.
    const first = t.waiting.shift();
    await t.answer('analyse', analysed(45));
    first?.answer(analysed(30));
    await flush();
    expect(t.state().result?.analysis.customers).toBe(45);
    expect(t.state().result?.settings.margin).toBe(0.45);
  });

  test('a column chosen for another role takes it from the role that had it', async () => {
    const t = lab();
    await openAndFit(t);
    void t.store.chooseColumn('amount', 1);
    expect(t.sent[2]).toMatchObject({
      kind: 'read',
      choices: { mapping: { customer: 0, date: undefined, amount: 1, quantity: undefined } },
    });
    await t.answer('read', read({ missing: ['date'], report: undefined }));
    expect(t.state()).toMatchObject({ phase: 'read', result: undefined, status: 'Choose the columns marked below.' });
  });

  test('a read with no purchase says so and fits nothing', async () => {
    const t = lab();
    void t.store.openFile(file(), 'words.csv');
    await t.answer('read', read({ report: { ...report(), purchases: 0, firstDay: undefined, lastDay: undefined } }));
    expect(t.state()).toMatchObject({
      phase: 'read',
      status: 'No row could be read as a purchase with these columns.',
    });
    expect(t.sent).toHaveLength(1);
  });

  test('the calibration end is kept while it falls in the file, otherwise it is the file’s last date', async () => {
    const t = lab();
    void t.store.trySample();
    await flush();
    await t.answer('read', read());
    expect(t.state().settings.calibrationEnd).toBe(SAMPLE.calibrationEnd);
    await t.answer('analyse', analysed());
    void t.store.changeSetting('calibrationEnd', '1998-01-31');
    await t.answer('analyse', analysed());
    // A new choice for the same file keeps the learner's date.
    void t.store.rechoose({ hasHeader: true });
    await t.answer('read', read());
    expect(t.state().settings.calibrationEnd).toBe('1998-01-31');
    await t.answer('analyse', analysed());
    // The same choice read as a file that ends earlier moves the date to its last day.
    void t.store.rechoose({ hasHeader: true });
    await t.answer('read', read({ report: report(dayNumber(1997, 1, 1), dayNumber(1997, 12, 31)) }));
    expect(t.state().settings.calibrationEnd).toBe('1997-12-31');
  });

  test('a fit that fails because of the calibration end says so beside the date', async () => {
    const t = lab();
    void t.store.trySample();
    await flush();
    await t.answer('read', read());
    await t.answer('analyse', {
      kind: 'analysed',
      id: 0,
      outcome: { ok: false, problem: 'No customer bought on more than one day before the end of calibration.' },
      summaryMs: 1,
      fitMs: 1,
    });
    expect(t.state()).toMatchObject({
      phase: 'read',
      status: 'The models could not be fitted with this calibration end: see the note beside the date.',
      analysisProblem: { atEnd: true },
    });
    expect(t.store.$view.get()).toMatchObject({
      endProblem: 'No customer bought on more than one day before the end of calibration.',
      canFit: false,
    });
  });

  test('a fit that fails over the whole file is said below, not beside the date', async () => {
    const t = lab();
    void t.store.openFile(file(), 'once.csv');
    await t.answer('read', read());
    await t.answer('analyse', {
      kind: 'analysed',
      id: 0,
      outcome: { ok: false, problem: 'No customer bought on more than one day.' },
      summaryMs: 1,
      fitMs: 1,
    });
    expect(t.state()).toMatchObject({
      status: 'The models could not be fitted: see why below.',
      analysisProblem: { message: 'No customer bought on more than one day.', atEnd: false },
    });
    expect(t.store.$view.get().endProblem).toBeUndefined();
  });

  test('a setting that cannot be used keeps the figures, out of date, and fits nothing until corrected', async () => {
    const t = lab();
    await openAndFit(t);
    await t.store.changeSetting('marginPercent', '150');
    expect(t.sent).toHaveLength(2);
    expect(t.store.$view.get()).toMatchObject({
      stale: 'settings',
      problems: { marginPercent: 'Enter a margin above 0% and up to 100%.' },
    });
    expect(t.state().result).toBeDefined();
    // A new choice for the file still reads it, and leaves the reading behind.
    void t.store.rechoose({ decimal: ',' });
    await t.answer('read', read());
    expect(t.state().phase).toBe('read');
    expect(t.store.$view.get().stale).toBe('settings');
    void t.store.changeSetting('marginPercent', '50');
    await t.answer('analyse', analysed());
    expect(t.state().result?.settings.margin).toBe(0.5);
    expect(t.store.$view.get().stale).toBeUndefined();
  });

  test('the sample that cannot be fetched says so', async () => {
    const t = lab({ sample: () => Promise.reject(new Error('offline')) });
    await t.store.trySample();
    expect(t.state()).toMatchObject({
      status: '',
      importProblem: 'The CDNOW sample could not be fetched. Check your connection and try again.',
    });
  });

  test('pasted rows are read like a file', async () => {
    const t = lab();
    void t.store.readPasted('a,2024-01-01,5');
    expect(t.state().fileName).toBe('Pasted rows');
    expect(await (t.sent[0] as Extract<Sent, { kind: 'read' }>).source.text()).toBe('a,2024-01-01,5');
  });
});

describe('the currency', () => {
  test('starts from the locale, then follows a file’s own currency', async () => {
    const t = lab({ locale: 'pl-PL' });
    expect(t.state().currency).toBe('PLN');
    void t.store.openFile(file(), 'uk.csv');
    await t.answer('read', read({ layout: { ...layout, currency: 'GBP' } }));
    expect(t.state().currency).toBe('GBP');
  });

  test('one the learner picked is not replaced by a new file’s own', async () => {
    const t = lab();
    t.store.pickCurrency('JPY');
    void t.store.openFile(file(), 'euro.csv');
    await t.answer('read', read({ layout: { ...layout, currency: 'EUR' } }));
    expect(t.state().currency).toBe('JPY');
    t.store.pickCurrency('XYZ');
    expect(t.state().currency).toBe('JPY');
  });
});

describe('keeping the file on this device', () => {
  test('keeps the file with its choices and settings, follows the settings, and forgets it', async () => {
    const t = lab();
    await openAndFit(t, 'private.csv');
    await t.store.setKeep(true);
    expect(t.storage.keep).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'private.csv',
        choices: expect.objectContaining({ mapping: layout.mapping }) as unknown,
        settings: { settings: { ...START_SETTINGS, calibrationEnd: '1998-06-30' }, currency: 'GBP' },
      }),
    );
    expect(t.state()).toMatchObject({
      keep: true,
      kept: { name: 'private.csv' },
      status: 'private.csv is kept in this browser, with your settings, for your next visit.',
    });
    t.storage.keepSettings.mockClear();
    void t.store.changeSetting('marginPercent', '45');
    t.store.pickCurrency('EUR');
    expect(t.storage.keepSettings).toHaveBeenLastCalledWith({
      settings: { ...START_SETTINGS, calibrationEnd: '1998-06-30', marginPercent: '45' },
      currency: 'EUR',
    });
    await t.answer('analyse', analysed());
    // A new file replaces the kept one, with the settings carried over.
    void t.store.openFile(file(), 'second.csv');
    await t.answer('read', read());
    expect(t.storage.keep).toHaveBeenLastCalledWith(
      expect.objectContaining({
        name: 'second.csv',
        settings: { settings: expect.objectContaining({ marginPercent: '45' }) as unknown, currency: 'EUR' },
      }),
    );
    await t.answer('analyse', analysed());
    await t.store.setKeep(false);
    expect(t.storage.forget).toHaveBeenCalledTimes(1);
    expect(t.state()).toMatchObject({
      keep: false,
      kept: undefined,
      status: 'The kept data were deleted from this browser.',
    });
  });

  test('a browser that will not store the file says so, and the box is unticked', async () => {
    const t = lab();
    await openAndFit(t);
    t.storage.keep.mockRejectedValueOnce(new Error('quota'));
    await t.store.setKeep(true);
    expect(t.state()).toMatchObject({
      keep: false,
      kept: undefined,
      status: 'This browser would not store the file. It is still open here until you leave the page.',
    });
  });

  test('nothing is stored unless asked', async () => {
    const t = lab();
    await openAndFit(t);
    void t.store.changeSetting('marginPercent', '45');
    await t.answer('analyse', analysed());
    expect(t.storage.keep).not.toHaveBeenCalled();
    expect(t.storage.keepSettings).not.toHaveBeenCalled();
  });

  const kept: KeptLog = {
    name: 'second.csv',
    source: new Blob(['customer,date,amount\n']),
    choices: { decimal: ',', mapping: layout.mapping },
    keptAt: '2026-01-05T10:00:00.000Z',
    settings: { settings: { ...START_SETTINGS, calibrationEnd: '1997-09-30', marginPercent: '45' }, currency: 'EUR' },
  };

  test('opens a kept file with its choices, settings and currency', async () => {
    const t = lab({ kept });
    await t.store.loadKept();
    expect(t.state().kept).toEqual(kept);
    void t.store.openKept();
    expect(t.state()).toMatchObject({ keep: true, currency: 'EUR', currencyPicked: true, fileName: 'second.csv' });
    expect(t.sent[0]).toMatchObject({ kind: 'read', source: kept.source, choices: kept.choices });
    await t.answer('read', read({ layout: { ...layout, currency: 'USD' } }));
    // The kept currency was the learner's: the file's own does not replace it.
    expect(t.state().currency).toBe('EUR');
    expect(t.sent[1]).toMatchObject({
      kind: 'analyse',
      settings: { calibrationEnd: dayNumber(1997, 9, 30), margin: 0.45 },
    });
  });

  test('a file kept before settings were kept opens with the starting settings', async () => {
    const t = lab({ kept: { ...kept, settings: undefined } });
    await t.store.loadKept();
    await t.store.changeSetting('horizonYears', '3');
    void t.store.openKept();
    await t.answer('read', read());
    expect(t.state().settings).toEqual({ ...START_SETTINGS, calibrationEnd: '1998-06-30' });
    expect(t.state().currencyPicked).toBe(false);
  });

  test('“Forget it” deletes the kept file without opening it', async () => {
    const t = lab({ kept });
    await t.store.loadKept();
    await t.store.forgetKept();
    expect(t.storage.forget).toHaveBeenCalledTimes(1);
    expect(t.state()).toMatchObject({ kept: undefined, keep: false, phase: 'empty' });
    expect(t.sent).toHaveLength(0);
  });

  test('the worker warms up on request, and the tiers’ link comes from it', async () => {
    const t = lab();
    t.store.warm();
    expect(t.worker.warm).toHaveBeenCalledTimes(1);
    expect(await t.store.allocationLink({ tiers: [], budget: 5000, currency: 'USD' })).toBe('v=1&budget=5000');
  });
});
