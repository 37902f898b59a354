/**
 * The customer-base lab's workflow: a purchase log read in the lab's worker, the learner's column
 * choices over it, the settings, the models fitted, and the file kept on this device when the
 * learner asks. The island renders `$lab` and calls these actions; the worker and the kept-log
 * storage are injected, so the whole workflow is tested in Node with a fake worker.
 *
 * The purchases never enter this state: the worker holds them, and the file itself (a Blob) is
 * held here only to read it again after a new choice or a Cancel.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { CustomerBaseAnalysis } from '../calc/clv/analysis';
import {
  calibrationEndWithin,
  settingProblems,
  settingsForAnalysis,
  START_SETTINGS,
  startingCurrency,
  type LabSettings,
} from '../calc/clv/lab-settings';
import { formatCount } from '../course/format';
import { assignColumn, type Role } from '../purchase-log/columns';
import { reportSpan, type ReadReport, type ReportSpan } from '../purchase-log/reader';
import type { LayoutChoices } from '../purchase-log/stream';
import { CURRENCIES, type Currency } from '../scenario/currency';
import {
  allocationLinkInWorker,
  analyseInWorker,
  cancelWorker,
  readInWorker,
  startCustomerBaseWorker,
} from '../workers/customer-base-client';
import type { AnalysisSettings, CustomerBaseRequest, CustomerBaseResponse } from '../workers/customer-base-protocol';
import { forgetKeptLog, keepLog, keepSettings, readKeptLog, type KeptLog, type KeptSettings } from './kept-log';

/** The public sample "Try it with public data" loads, and the calibration end the papers use. */
export const SAMPLE = {
  url: '/data/cdnow-sample.csv',
  name: 'CDNOW sample (public data)',
  calibrationEnd: '1997-09-30',
};

/** empty: no file; reading, then read (columns to check or settings to fix); analysing, then ready. */
export type Phase = 'empty' | 'reading' | 'read' | 'analysing' | 'ready';

/** What the worker said of the file it read (its `read` answer, `customer-base-protocol.ts`). */
export type ReadState = Omit<Extract<CustomerBaseResponse, { kind: 'read' }>, 'kind' | 'id'>;

/** The models fitted, with the settings they were fitted with (which may differ from those on screen). */
export interface FittedResult {
  analysis: CustomerBaseAnalysis;
  settings: AnalysisSettings;
  summaryMs: number;
  fitMs: number;
}

export interface CustomerBaseState {
  phase: Phase;
  /** The file being read or shown (its name: the file itself stays out of the state). */
  fileName: string | undefined;
  read: ReadState | undefined;
  /** What the learner chose over what was detected. */
  choices: LayoutChoices;
  settings: LabSettings;
  currency: Currency;
  /** Set once the learner picks a currency: a new file's own currency no longer replaces theirs. */
  currencyPicked: boolean;
  result: FittedResult | undefined;
  /** Why the file could not be read (or the sample fetched). */
  importProblem: string | undefined;
  /** Why the models could not be fitted; `atEnd` when the calibration end caused it (shown beside it). */
  analysisProblem: { message: string; atEnd: boolean } | undefined;
  /** The status line. */
  status: string;
  /** The log kept on this device, offered on the next visit. */
  kept: KeptLog | undefined;
  /** Whether the learner asked to keep the file. */
  keep: boolean;
}

type WorkerAnswer = Exclude<CustomerBaseResponse, { kind: 'progress' }>;
type Request<K extends CustomerBaseRequest['kind']> = Omit<Extract<CustomerBaseRequest, { kind: K }>, 'id' | 'kind'>;

/** The lab's worker as the store uses it (`workers/customer-base-client.ts` in the page). Every request resolves. */
export interface CustomerBaseWorker {
  read: (request: Request<'read'>, onProgress: (fraction: number) => void) => Promise<WorkerAnswer>;
  analyse: (settings: AnalysisSettings) => Promise<WorkerAnswer>;
  allocationLink: (request: Request<'allocation'>) => Promise<WorkerAnswer>;
  /** Stops whatever the worker is doing (its data go with it) and starts a fresh one. */
  cancel: () => void;
  /** Starts the worker ahead of its first request. */
  warm: () => void;
}

/** Where a kept log lives (`stores/kept-log.ts`, IndexedDB, in the page). */
export interface KeptLogStorage {
  read: () => Promise<KeptLog | undefined>;
  keep: (log: KeptLog) => Promise<void>;
  keepSettings: (settings: KeptSettings) => Promise<void>;
  forget: () => Promise<void>;
}

export interface CustomerBaseDependencies {
  worker: CustomerBaseWorker;
  storage: KeptLogStorage;
  /** Fetches the public sample; rejects when it cannot. */
  fetchSample: (url: string) => Promise<Blob>;
  /** The learner's locale (`navigator.language`): it settles ambiguous dates and the first currency. */
  locale: () => string | undefined;
}

/** What the page shows besides the state itself, derived from it. */
export interface LabView {
  /** A read or a fit is running: the progress bar and Cancel show. */
  busy: boolean;
  /** The file's first and last days, once read. */
  span: ReportSpan | undefined;
  /** Each setting's problem, in words for beside it. */
  problems: Partial<Record<keyof LabSettings, string>>;
  /** What to say beside the calibration end: its own problem, or why the fit failed with it. */
  endProblem: string | undefined;
  /** The models can be fitted and are not: "Fit the models" shows. */
  canFit: boolean;
  /** Why the figures shown are not those of the settings on screen (see `ResultsProps`). */
  stale: 'working' | 'settings' | undefined;
}

export function labView(state: CustomerBaseState): LabView {
  const busy = state.phase === 'reading' || state.phase === 'analysing';
  const span = reportSpan(state.read?.report);
  const problems = settingProblems(state.settings, span);
  const hasProblems = Object.keys(problems).length > 0;
  return {
    busy,
    span,
    problems,
    endProblem: problems.calibrationEnd ?? (state.analysisProblem?.atEnd ? state.analysisProblem.message : undefined),
    canFit: state.phase === 'read' && !state.result && span !== undefined && !hasProblems && !state.analysisProblem,
    stale: busy ? 'working' : hasProblems ? 'settings' : undefined,
  };
}

interface Source {
  blob: Blob;
  name: string;
}

function mark(name: string): void {
  if (typeof performance !== 'undefined') performance.mark(name);
}

export type CustomerBaseStore = ReturnType<typeof createCustomerBaseStore>;

export function createCustomerBaseStore({ worker, storage, fetchSample, locale }: CustomerBaseDependencies) {
  const $lab = atom<CustomerBaseState>({
    phase: 'empty',
    fileName: undefined,
    read: undefined,
    choices: {},
    settings: START_SETTINGS,
    currency: startingCurrency(CURRENCIES, undefined, locale()),
    currencyPicked: false,
    result: undefined,
    importProblem: undefined,
    analysisProblem: undefined,
    status: '',
    kept: undefined,
    keep: false,
  });
  /** The share of the file read so far (0–1), while reading. */
  const $readProgress = atom(0);
  const $view = computed($lab, labView);

  const get = (): CustomerBaseState => $lab.get();
  const update = (change: Partial<CustomerBaseState>): void => {
    $lab.set({ ...$lab.get(), ...change });
  };

  let source: Source | undefined;
  /** Each read or fit takes the next number; an answer for an older one is out of date and ignored. */
  let generation = 0;
  /** Whether the worker holds the current file's purchases (Cancel starts a fresh, empty worker). */
  let workerHasLog = false;

  // Kept data follow the settings and currency the learner works with (the file itself is written
  // only when it changes).
  $lab.listen((now, before) => {
    if (!now.keep || !source) return;
    const same = now.keep === before?.keep && now.settings === before.settings && now.currency === before.currency;
    if (same) return;
    storage.keepSettings({ settings: now.settings, currency: now.currency }).catch(() => undefined);
  });

  /** A US locale writes month first: ambiguous dates follow it. */
  const monthFirst = (): boolean => /^en-US$/i.test(locale() ?? '');

  /** The layout the current read used, with the learner's choices over it. */
  const currentChoices = (): LayoutChoices => {
    const { read, choices } = get();
    if (!read) return choices;
    const { layout } = read;
    return {
      hasHeader: layout.hasHeader,
      mapping: layout.mapping,
      decimal: layout.decimal,
      amountIs: layout.amountIs,
      ...(layout.dateFormat ? { dateFormat: layout.dateFormat } : {}),
      ...choices,
    };
  };

  /** Fits the models with `next`, once the file's report allows; reads the file again if Cancel emptied the worker. */
  const analyse = async (next: LabSettings, report: ReadReport | undefined): Promise<void> => {
    const span = reportSpan(report);
    const wanted = settingsForAnalysis(next);
    if (Object.keys(settingProblems(next, span)).length > 0 || !wanted || !span) return;
    if (!workerHasLog) {
      if (source) await importSource(source, currentChoices(), { calibrationEnd: next.calibrationEnd });
      return;
    }
    const gen = ++generation;
    update({ analysisProblem: undefined, phase: 'analysing', status: 'Fitting the models…' });
    const answer = await worker.analyse(wanted);
    if (gen !== generation) return;
    const atEnd = wanted.calibrationEnd < span.lastDay;
    if (answer.kind === 'failed') {
      update({
        analysisProblem: { message: answer.problem, atEnd: false },
        result: undefined,
        phase: 'read',
        status: '',
      });
      return;
    }
    if (answer.kind !== 'analysed') return;
    mark('customer-base:fitted');
    const { outcome } = answer;
    if (outcome.ok) {
      update({
        result: { analysis: outcome.analysis, settings: wanted, summaryMs: answer.summaryMs, fitMs: answer.fitMs },
        phase: 'ready',
        // Named, as the file picker forgets the file once it is read.
        status: `Fitted the models to ${formatCount(outcome.analysis.customers, 'customer', 'customers')} from ${source?.name ?? 'the file'}.`,
      });
    } else {
      update({
        result: undefined,
        analysisProblem: { message: outcome.problem, atEnd },
        phase: 'read',
        status: atEnd
          ? 'The models could not be fitted with this calibration end: see the note beside the date.'
          : 'The models could not be fitted: see why below.',
      });
    }
  };

  /**
   * Reads `next` and fits the models. A new file (`fresh`) clears what an earlier one showed; a new
   * choice for the same file keeps it on screen, marked out of date, until the new figures arrive.
   * Whatever was running is stopped first. The calibration end is `calibrationEnd` (else the
   * settings' own) while it falls in the file, else the file's last date.
   */
  const importSource = async (
    next: Source,
    nextChoices: LayoutChoices,
    {
      calibrationEnd,
      base = get().settings,
      fresh = false,
    }: { calibrationEnd?: string | undefined; base?: LabSettings; fresh?: boolean } = {},
  ): Promise<void> => {
    const { phase } = get();
    if (phase === 'reading' || phase === 'analysing') worker.cancel();
    const gen = ++generation;
    workerHasLog = false;
    source = next;
    update({
      ...(fresh ? { read: undefined, result: undefined } : {}),
      fileName: next.name,
      importProblem: undefined,
      analysisProblem: undefined,
      phase: 'reading',
      status: `Reading ${next.name}…`,
    });
    mark('customer-base:read-start');
    $readProgress.set(0);
    const answer = await worker.read(
      { source: next.blob, choices: nextChoices, preferMonthFirst: monthFirst() },
      (fraction) => {
        if (gen === generation) $readProgress.set(fraction);
      },
    );
    if (gen !== generation) return;
    if (answer.kind === 'failed') {
      source = undefined;
      update({
        phase: 'empty',
        fileName: undefined,
        read: undefined,
        result: undefined,
        importProblem: `${next.name}: ${answer.problem}`,
        status: '',
      });
      return;
    }
    if (answer.kind !== 'read') return;
    const { report, layout } = answer;
    const { currencyPicked, currency } = get();
    update({
      read: {
        layout,
        preview: answer.preview,
        missing: answer.missing,
        report,
        encoding: answer.encoding,
        readMs: answer.readMs,
      },
      choices: nextChoices,
      currency: !currencyPicked && layout.currency ? startingCurrency(CURRENCIES, layout.currency, locale()) : currency,
    });
    const span = reportSpan(report);
    if (!report || report.purchases === 0 || !span) {
      update({
        result: undefined,
        phase: 'read',
        status: report ? 'No row could be read as a purchase with these columns.' : 'Choose the columns marked below.',
      });
      return;
    }
    workerHasLog = true;
    const settings = { ...base, calibrationEnd: calibrationEndWithin(calibrationEnd ?? base.calibrationEnd, span) };
    // The read is done; a setting that cannot be used leaves the figures (if any) marked out of
    // date until it is corrected, which fits them again.
    update({ settings, phase: 'read', status: '' });
    if (get().keep) {
      storage
        .keep({
          name: next.name,
          source: next.blob,
          choices: nextChoices,
          keptAt: new Date().toISOString(),
          settings: { settings, currency: get().currency },
        })
        .catch(() => undefined);
    }
    await analyse(settings, report);
  };

  /** Stops the read or the fit. A cancelled read forgets the file; a cancelled fit keeps it, to fit again. */
  const cancel = (): void => {
    const was = get().phase;
    generation++;
    worker.cancel();
    workerHasLog = false;
    if (was === 'reading') {
      source = undefined;
      update({
        result: undefined,
        read: undefined,
        fileName: undefined,
        phase: 'empty',
        status: 'Reading cancelled. Nothing was kept.',
      });
    } else {
      update({
        result: undefined,
        phase: 'read',
        status: 'Fitting cancelled. Change a setting, or choose “Fit the models”, to fit again.',
      });
    }
  };

  /** Keeps the file on this device (with the settings), or deletes what was kept. */
  const setKeep = async (on: boolean): Promise<void> => {
    update({ keep: on });
    if (on && source) {
      const record: KeptLog = {
        name: source.name,
        source: source.blob,
        choices: currentChoices(),
        keptAt: new Date().toISOString(),
        settings: { settings: get().settings, currency: get().currency },
      };
      try {
        await storage.keep(record);
        update({
          kept: record,
          status: `${record.name} is kept in this browser, with your settings, for your next visit.`,
        });
      } catch {
        update({
          keep: false,
          status: 'This browser would not store the file. It is still open here until you leave the page.',
        });
      }
    } else if (!on) {
      await storage.forget();
      update({ kept: undefined, status: 'The kept data were deleted from this browser.' });
    }
  };

  return {
    $lab: $lab as ReadableAtom<CustomerBaseState>,
    $readProgress: $readProgress as ReadableAtom<number>,
    $view,

    /** Starts the worker ahead of the first file, so reading one requests nothing. */
    warm: (): void => {
      worker.warm();
    },

    /** Looks for a log kept on an earlier visit. */
    loadKept: async (): Promise<void> => {
      update({ kept: await storage.read().catch(() => undefined) });
    },

    /** Reads a file the learner chose or dropped. */
    openFile: (blob: Blob, name: string): Promise<void> =>
      importSource({ blob, name }, {}, { fresh: true, calibrationEnd: '' }),

    /** Reads rows pasted from a spreadsheet. */
    readPasted: (text: string): Promise<void> =>
      importSource(
        { blob: new Blob([text], { type: 'text/plain' }), name: 'Pasted rows' },
        {},
        {
          fresh: true,
          calibrationEnd: '',
        },
      ),

    /** Fetches the public CDNOW sample and reads it, with the calibration end the papers use. */
    trySample: async (): Promise<void> => {
      update({ importProblem: undefined, status: 'Fetching the CDNOW sample…' });
      try {
        const blob = await fetchSample(SAMPLE.url);
        await importSource({ blob, name: SAMPLE.name }, {}, { fresh: true, calibrationEnd: SAMPLE.calibrationEnd });
      } catch {
        update({
          status: '',
          importProblem: 'The CDNOW sample could not be fetched. Check your connection and try again.',
        });
      }
    },

    /** Reads the same file again with a new choice (date format, decimal mark, header, amount meaning). */
    rechoose: async (change: LayoutChoices): Promise<void> => {
      if (!source || !get().read) return;
      await importSource(source, { ...currentChoices(), ...change });
    },

    /** Gives `role` the column `index` (`undefined`: none); the role that had it gives it up. */
    chooseColumn: async (role: Role, index: number | undefined): Promise<void> => {
      const read = get().read;
      if (!source || !read) return;
      await importSource(source, { ...currentChoices(), mapping: assignColumn(read.layout.mapping, role, index) });
    },

    /** Changes one setting as typed, and fits again when it can be used (not while reading). */
    changeSetting: async (field: keyof LabSettings, value: string): Promise<void> => {
      const settings = { ...get().settings, [field]: value };
      update({ settings });
      if (get().phase !== 'reading') await analyse(settings, get().read?.report);
    },

    /** The learner's currency, kept over any a new file says. */
    pickCurrency: (code: string): void => {
      const currency = CURRENCIES.find((c) => c === code);
      if (currency) update({ currency, currencyPicked: true });
    },

    /** "Fit the models", after a Cancel or a failed fit. */
    fit: (): Promise<void> => analyse(get().settings, get().read?.report),

    cancel,
    setKeep,

    /** Opens the log kept on an earlier visit, with its settings and currency. */
    openKept: async (): Promise<void> => {
      const record = get().kept;
      if (!record) return;
      const restored = record.settings;
      const currency = CURRENCIES.find((c) => c === restored?.currency);
      update({ keep: true, ...(currency ? { currency, currencyPicked: true } : {}) });
      await importSource({ blob: record.source, name: record.name }, record.choices, {
        fresh: true,
        base: restored?.settings ?? START_SETTINGS,
      });
    },

    /** "Forget it": deletes the kept log. */
    forgetKept: (): Promise<void> => setKeep(false),

    /** The allocation lab's scenario for these tiers and budget (a link fragment), or `undefined` if the worker could not build it. */
    allocationLink: async (request: Request<'allocation'>): Promise<string | undefined> => {
      const answer = await worker.allocationLink(request);
      return answer.kind === 'allocation' ? answer.fragment : undefined;
    },
  };
}

/** The lab on the page: the real worker, IndexedDB and the network. */
export const customerBase = createCustomerBaseStore({
  worker: {
    read: readInWorker,
    analyse: analyseInWorker,
    allocationLink: allocationLinkInWorker,
    cancel: cancelWorker,
    warm: startCustomerBaseWorker,
  },
  storage: { read: readKeptLog, keep: keepLog, keepSettings, forget: forgetKeptLog },
  fetchSample: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    return response.blob();
  },
  locale: () => (typeof navigator === 'undefined' ? undefined : navigator.language),
});
