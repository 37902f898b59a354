/**
 * The customer-base lab: the learner's own purchase log (or the public CDNOW sample) read, fitted
 * with BG/NBD and gamma-gamma, and audited, all in this browser. This island holds the import, the
 * column choices and the settings; the results are a lazy module, fetched while the page is idle so
 * that nothing is requested while a file is read and fitted (the privacy promise, tested).
 *
 * The purchases live in the worker (`customer-base.worker.ts`), never in the page's state or in
 * storage; the file is kept on the device only if the learner asks (`stores/kept-log.ts`).
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AnalysisOutcome } from '../calc/clv/analysis';
import {
  settingProblems as problemsOf,
  settingsForAnalysis,
  parseIsoDay,
  START_SETTINGS,
  startingCurrency,
  type LabSettings as Settings,
} from '../calc/clv/lab-settings';
import { ROLE_LABELS, ROLES, type ColumnMapping, type LogLayout, type Role } from '../purchase-log/columns';
import { DATE_FORMAT_LABELS, DATE_FORMATS, isoDate, type DateFormat } from '../purchase-log/dates';
import type { ReadReport } from '../purchase-log/reader';
import { ENCODING_LABELS, type TextEncoding } from '../purchase-log/encoding';
import type { LayoutChoices } from '../purchase-log/stream';
import { readWarnings, type ReadWarning } from '../purchase-log/warnings';
import { CURRENCIES as CUSTOMER_BASE_CURRENCIES, type Currency } from '../scenario/currency';
import { forgetKeptLog, keepLog, keepSettings, readKeptLog, type KeptLog } from '../stores/kept-log';
import type { AnalysisSettings } from '../workers/customer-base-protocol';
import {
  analyseInWorker,
  cancelWorker,
  readInWorker,
  readProgress,
  startCustomerBaseWorker,
} from '../workers/customer-base-client';
import { currencyDisplayName as currencyName, formatNumber } from '../course/format';
import { useHydrated } from '../kit/hooks';
import { useStoreValue } from '../kit/hooks';
import type { ResultsProps } from './lazy-customer-base-results';
import './customer-base.css';

/** The public sample "Try it with public data" loads, and the calibration end the papers use. */
const SAMPLE = { url: '/data/cdnow-sample.csv', name: 'CDNOW sample (public data)', calibrationEnd: '1997-09-30' };

interface Source {
  blob: Blob;
  name: string;
}

interface ReadState {
  layout: LogLayout;
  preview: string[][];
  missing: (Role | 'dateFormat')[];
  report: ReadReport | undefined;
  encoding: TextEncoding;
  readMs: number;
}

type Phase = 'empty' | 'reading' | 'read' | 'analysing' | 'ready';

/** "1 row", "2 rows". */
function count(n: number, one: string, many: string): string {
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}

/** The file's span, for the calibration end's checks and messages. */
function spanOf(report: ReadReport | undefined) {
  return report?.firstDay !== undefined && report.lastDay !== undefined
    ? {
        firstDay: report.firstDay,
        lastDay: report.lastDay,
        first: isoDate(report.firstDay),
        last: isoDate(report.lastDay),
      }
    : undefined;
}

/** A US locale writes month first: ambiguous dates follow it. */
const monthFirst = (): boolean => typeof navigator !== 'undefined' && /^en-US$/i.test(navigator.language);
const locale = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

let resultsModule: Promise<{ default: ComponentType<ResultsProps> }> | undefined;
const loadResults = () => (resultsModule ??= import('./lazy-customer-base-results'));

export default function CustomerBaseLab() {
  const id = useId();
  const [phase, setPhaseState] = useState<Phase>('empty');
  const phaseNow = useRef<Phase>('empty');
  const setPhase = (next: Phase): void => {
    phaseNow.current = next;
    setPhaseState(next);
  };
  const progress = useStoreValue(readProgress);
  const [status, setStatus] = useState('');
  const [importProblem, setImportProblem] = useState<string | undefined>();
  const [read, setRead] = useState<ReadState | undefined>();
  const [choices, setChoices] = useState<LayoutChoices>({});
  const [settings, setSettingsState] = useState<Settings>(START_SETTINGS);
  const settingsNow = useRef<Settings>(START_SETTINGS);
  const setSettings = (next: Settings): void => {
    settingsNow.current = next;
    setSettingsState(next);
  };
  const [result, setResult] = useState<
    { outcome: AnalysisOutcome; settings: AnalysisSettings; summaryMs: number; fitMs: number } | undefined
  >();
  /** Why the models could not be fitted; beside the calibration end when moving it caused it. */
  const [analysisProblem, setAnalysisProblem] = useState<{ message: string; atEnd: boolean } | undefined>();
  const [currency, setCurrency] = useState<Currency>(() =>
    startingCurrency(CUSTOMER_BASE_CURRENCIES, undefined, locale()),
  );
  /** Set once the learner picks a currency: a new file's own currency no longer replaces theirs. */
  const currencyPicked = useRef(false);
  const [Results, setResults] = useState<ComponentType<ResultsProps> | undefined>();
  const [kept, setKept] = useState<KeptLog | undefined>();
  const [keep, setKeep] = useState(false);
  // The pasted text stays in the field (uncontrolled): thousands of rows re-rendered on every
  // keystroke would make typing crawl.
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const [hasPasted, setHasPasted] = useState(false);
  const [dragging, setDragging] = useState(false);
  const hydrated = useHydrated();
  const source = useRef<Source | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Each read or fit takes the next number; an answer for an older one is out of date and ignored. */
  const generation = useRef(0);
  /** Whether the worker holds the current file's purchases (Cancel starts a fresh, empty worker). */
  const workerHasLog = useRef(false);

  useEffect(() => {
    // Start the worker and fetch the results' code while the page is idle: an import then
    // requests nothing.
    const idle = (fn: () => void): void => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(fn);
      else setTimeout(fn, 200);
    };
    idle(() => {
      startCustomerBaseWorker();
      loadResults().then(
        (m) => {
          setResults(() => m.default);
        },
        () => undefined,
      );
    });
    readKeptLog().then(setKept, () => undefined);
  }, []);

  // Kept data follow the settings and currency the learner works with (the file is written only
  // when it changes).
  useEffect(() => {
    if (!keep || !source.current) return;
    keepSettings({ settings, currency }).catch(() => undefined);
  }, [keep, settings, currency]);

  const analyse = async (next: Settings, report: ReadReport | undefined): Promise<void> => {
    const span = spanOf(report);
    const wanted = settingsForAnalysis(next);
    if (Object.keys(problemsOf(next, span)).length > 0 || !wanted || !span) return;
    if (!workerHasLog.current) {
      // Cancel emptied the worker: read the file again, then fit with these settings.
      if (source.current) await importSource(source.current, currentChoices(), { calibrationEnd: next.calibrationEnd });
      return;
    }
    const gen = ++generation.current;
    setAnalysisProblem(undefined);
    setPhase('analysing');
    setStatus('Fitting the models…');
    const answer = await analyseInWorker(wanted);
    if (gen !== generation.current) return;
    const atEnd = wanted.calibrationEnd < span.lastDay;
    if (answer.kind === 'failed') {
      setAnalysisProblem({ message: answer.problem, atEnd: false });
      setResult(undefined);
      setPhase('read');
      setStatus('');
      return;
    }
    if (answer.kind !== 'analysed') return;
    performance.mark('customer-base:fitted');
    setResult(
      answer.outcome.ok
        ? { outcome: answer.outcome, settings: wanted, summaryMs: answer.summaryMs, fitMs: answer.fitMs }
        : undefined,
    );
    if (answer.outcome.ok) {
      setPhase('ready');
      // Named, as the file picker forgets the file once it is read.
      setStatus(
        `Fitted the models to ${count(answer.outcome.analysis.customers, 'customer', 'customers')} from ${source.current?.name ?? 'the file'}.`,
      );
    } else {
      setAnalysisProblem({ message: answer.outcome.problem, atEnd });
      setPhase('read');
      setStatus(
        atEnd
          ? 'The models could not be fitted with this calibration end: see the note beside the date.'
          : 'The models could not be fitted: see why below.',
      );
    }
  };

  /** The layout the current read used, with the learner's choices over it. */
  const currentChoices = (): LayoutChoices =>
    read
      ? {
          hasHeader: read.layout.hasHeader,
          mapping: read.layout.mapping,
          decimal: read.layout.decimal,
          amountIs: read.layout.amountIs,
          ...(read.layout.dateFormat ? { dateFormat: read.layout.dateFormat } : {}),
          ...choices,
        }
      : choices;

  /**
   * Reads `next` and fits the models. A new file clears what an earlier one showed; a new choice
   * for the same file keeps it on screen, marked out of date, until the new figures arrive. Whatever
   * was running is stopped first.
   */
  const importSource = async (
    next: Source,
    nextChoices: LayoutChoices,
    {
      calibrationEnd,
      base = settingsNow.current,
      fresh = false,
    }: { calibrationEnd?: string | undefined; base?: Settings; fresh?: boolean } = {},
  ): Promise<void> => {
    if (phaseNow.current === 'reading' || phaseNow.current === 'analysing') cancelWorker();
    const gen = ++generation.current;
    workerHasLog.current = false;
    source.current = next;
    if (fresh) {
      setRead(undefined);
      setResult(undefined);
    }
    setImportProblem(undefined);
    setAnalysisProblem(undefined);
    setPhase('reading');
    setStatus(`Reading ${next.name}…`);
    performance.mark('customer-base:read-start');
    const answer = await readInWorker({ source: next.blob, choices: nextChoices, preferMonthFirst: monthFirst() });
    if (gen !== generation.current) return;
    if (answer.kind === 'failed') {
      setPhase('empty');
      setRead(undefined);
      setResult(undefined);
      source.current = undefined;
      setImportProblem(`${next.name}: ${answer.problem}`);
      setStatus('');
      return;
    }
    if (answer.kind !== 'read') return;
    const report = answer.report;
    setRead({
      layout: answer.layout,
      preview: answer.preview,
      missing: answer.missing,
      report,
      encoding: answer.encoding,
      readMs: answer.readMs,
    });
    setChoices(nextChoices);
    if (!currencyPicked.current && answer.layout.currency) {
      setCurrency(startingCurrency(CUSTOMER_BASE_CURRENCIES, answer.layout.currency, locale()));
    }
    const span = spanOf(report);
    if (!report || report.purchases === 0 || !span) {
      setResult(undefined);
      setPhase('read');
      setStatus(report ? 'No row could be read as a purchase with these columns.' : 'Choose the columns marked below.');
      return;
    }
    workerHasLog.current = true;
    // Keep a calibration end that still falls inside this file; otherwise use its last date.
    const wantedEnd = calibrationEnd ?? base.calibrationEnd;
    const day = parseIsoDay(wantedEnd);
    const end = day !== undefined && day > span.firstDay && day <= span.lastDay ? wantedEnd : span.last;
    const nextSettings = { ...base, calibrationEnd: end };
    setSettings(nextSettings);
    if (keep) {
      keepLog({
        name: next.name,
        source: next.blob,
        choices: nextChoices,
        keptAt: new Date().toISOString(),
        settings: { settings: nextSettings, currency },
      }).catch(() => undefined);
    }
    await analyse(nextSettings, report);
  };

  const cancel = (): void => {
    const was = phaseNow.current;
    generation.current++;
    cancelWorker();
    workerHasLog.current = false;
    setResult(undefined);
    if (was === 'reading') {
      source.current = undefined;
      setRead(undefined);
      setPhase('empty');
      setStatus('Reading cancelled. Nothing was kept.');
    } else {
      setPhase('read');
      setStatus('Fitting cancelled. Change a setting, or choose “Fit the models”, to fit again.');
    }
  };

  const openFile = (file: File): void => {
    void importSource({ blob: file, name: file.name }, {}, { fresh: true, calibrationEnd: '' });
  };

  const trySample = async (): Promise<void> => {
    setImportProblem(undefined);
    setStatus('Fetching the CDNOW sample…');
    try {
      const response = await fetch(SAMPLE.url);
      if (!response.ok) throw new Error(String(response.status));
      await importSource(
        { blob: await response.blob(), name: SAMPLE.name },
        {},
        { fresh: true, calibrationEnd: SAMPLE.calibrationEnd },
      );
    } catch {
      setStatus('');
      setImportProblem('The CDNOW sample could not be fetched. Check your connection and try again.');
    }
  };

  const rechoose = (change: LayoutChoices): void => {
    if (!source.current || !read) return;
    void importSource(source.current, { ...currentChoices(), ...change });
  };

  const changeSetting = (field: keyof Settings, value: string): void => {
    const next = { ...settings, [field]: value };
    setSettings(next);
    if (phaseNow.current !== 'reading') void analyse(next, read?.report);
  };

  const toggleKeep = async (on: boolean): Promise<void> => {
    setKeep(on);
    if (on && source.current) {
      const record: KeptLog = {
        name: source.current.name,
        source: source.current.blob,
        choices: currentChoices(),
        keptAt: new Date().toISOString(),
        settings: { settings, currency },
      };
      try {
        await keepLog(record);
        setKept(record);
        setStatus(`${source.current.name} is kept in this browser, with your settings, for your next visit.`);
      } catch {
        setKeep(false);
        setStatus('This browser would not store the file. It is still open here until you leave the page.');
      }
    } else if (!on) {
      await forgetKeptLog();
      setKept(undefined);
      setStatus('The kept data were deleted from this browser.');
    }
  };

  const openKept = (record: KeptLog): void => {
    setKeep(true);
    const restored = record.settings;
    if (restored) {
      const picked = CUSTOMER_BASE_CURRENCIES.find((c) => c === restored.currency);
      if (picked) {
        currencyPicked.current = true;
        setCurrency(picked);
      }
    }
    void importSource({ blob: record.source, name: record.name }, record.choices, {
      fresh: true,
      base: restored?.settings ?? START_SETTINGS,
    });
  };

  const importHeading = useRef<HTMLHeadingElement>(null);
  const busy = phase === 'reading' || phase === 'analysing';
  const report = read?.report;
  const span = spanOf(report);
  const problems = problemsOf(settings, span);
  const endProblem = problems.calibrationEnd ?? (analysisProblem?.atEnd ? analysisProblem.message : undefined);
  const canFit =
    phase === 'read' && !result && span !== undefined && Object.keys(problems).length === 0 && !analysisProblem;

  return (
    <div
      class="customer-base-lab not-content"
      data-lab="customer-base"
      data-phase={phase}
      data-ready={hydrated ? 'true' : undefined}
      data-prepared={Results ? 'true' : undefined}
    >
      <p class="cb-privacy">
        <strong>Your data stay on this device.</strong> The file is read and the models fitted in this browser tab:
        nothing is uploaded, and nothing is stored unless you tick “Keep this data on this device”.
      </p>

      {kept && !source.current && (
        <div class="cb-kept" role="group" aria-label="Data kept on this device">
          <p>
            You kept <strong>{kept.name}</strong> on this device on {new Date(kept.keptAt).toLocaleDateString()}
            {kept.settings ? ', with your settings' : ''}.
          </p>
          <button
            type="button"
            class="course-button small"
            onClick={() => {
              openKept(kept);
              // The buttons go with the note: the keyboard continues from step 1, not the page's top.
              importHeading.current?.focus();
            }}
          >
            Open it
          </button>{' '}
          <button
            type="button"
            class="course-button small"
            onClick={() => {
              void toggleKeep(false);
              importHeading.current?.focus();
            }}
          >
            Forget it
          </button>
        </div>
      )}

      <section class="cb-import" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`} ref={importHeading} tabIndex={-1}>
          1. Bring a purchase log
        </h2>
        <p>
          One row per purchase, with a customer ID, a date and an amount (a quantity column is optional). CSV, TSV,
          semicolon- or space-separated text; dates as 2024-03-05, 20240305, 05/03/2024 or 03/05/2024.
        </p>
        <div
          class={`cb-drop${dragging ? ' cb-drop--over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => {
            setDragging(false);
          }}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) openFile(file);
          }}
        >
          <label for={`${id}-file`} class="cb-file-label">
            Choose a file
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            aria-describedby={importProblem ? `${id}-import-problem` : undefined}
            aria-invalid={importProblem ? true : undefined}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) openFile(file);
              e.currentTarget.value = '';
            }}
          />
          <span class="cb-drop-hint">or drop it here</span>
        </div>
        <details class="cb-paste">
          <summary>Paste rows instead</summary>
          <label for={`${id}-paste`}>Rows copied from a spreadsheet, with or without a header</label>
          <textarea
            id={`${id}-paste`}
            rows={6}
            ref={pasteBox}
            spellcheck={false}
            onInput={(e) => {
              setHasPasted(e.currentTarget.value.trim() !== '');
            }}
          />
          <button
            type="button"
            class="course-button small"
            disabled={!hasPasted}
            onClick={() => {
              const text = pasteBox.current?.value ?? '';
              void importSource(
                { blob: new Blob([text], { type: 'text/plain' }), name: 'Pasted rows' },
                {},
                { fresh: true, calibrationEnd: '' },
              );
            }}
          >
            Read pasted rows
          </button>
        </details>
        <p>
          <button
            type="button"
            class="course-button small primary"
            onClick={() => {
              void trySample();
            }}
          >
            Try it with public data
          </button>{' '}
          <span class="cb-credit">
            The CDNOW sample: 2,357 customers of an online music store, 1997–98, from Bruce Hardie’s public data sets,
            as used by Fader, Hardie and Lee.
          </span>
        </p>
        {importProblem && (
          <p class="field-error" id={`${id}-import-problem`} role="alert">
            {importProblem}
          </p>
        )}
        {busy && (
          <div class="cb-progress">
            <label for={`${id}-progress`}>
              {phase === 'reading'
                ? `Reading ${source.current?.name ?? 'the file'}: ${formatNumber(progress * 100, 0)}%`
                : 'Fitting the models…'}
            </label>
            <progress id={`${id}-progress`} max={1} value={phase === 'reading' ? progress : undefined} />
            <button type="button" class="course-button small" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        <p class="cb-status" role="status">
          {busy ? '' : status}
        </p>
      </section>

      {read && (
        <ColumnsPanel
          id={id}
          read={read}
          onChoose={rechoose}
          keep={keep}
          onKeep={(on) => {
            void toggleKeep(on);
          }}
        />
      )}

      {report && report.purchases > 0 && (
        <section class="cb-settings" aria-labelledby={`${id}-settings`}>
          <h2 id={`${id}-settings`}>3. Settings</h2>
          <p>
            The horizon, discount rate and margin below are illustrative starting points: use your own. Forecasts start
            the day after calibration ends; move that date earlier to hold out the later purchases and check the
            forecast against them.
          </p>
          <div class="cb-fields">
            <SettingField
              id={`${id}-end`}
              label="Calibration ends on"
              type="date"
              value={settings.calibrationEnd}
              problem={endProblem}
              hint={span ? `The file runs from ${span.first} to ${span.last}.` : undefined}
              onChange={(v) => {
                changeSetting('calibrationEnd', v);
              }}
            />
            <SettingField
              id={`${id}-horizon`}
              label="Horizon (years)"
              value={settings.horizonYears}
              problem={problems.horizonYears}
              onChange={(v) => {
                changeSetting('horizonYears', v);
              }}
            />
            <SettingField
              id={`${id}-discount`}
              label="Discount rate (% a year)"
              value={settings.discountPercent}
              problem={problems.discountPercent}
              onChange={(v) => {
                changeSetting('discountPercent', v);
              }}
            />
            <SettingField
              id={`${id}-margin`}
              label="Margin (% of spend)"
              value={settings.marginPercent}
              problem={problems.marginPercent}
              onChange={(v) => {
                changeSetting('marginPercent', v);
              }}
            />
            <div class="cb-field">
              <label for={`${id}-currency`}>Currency</label>
              <select
                id={`${id}-currency`}
                value={currency}
                onChange={(e) => {
                  const picked = CUSTOMER_BASE_CURRENCIES.find((c) => c === e.currentTarget.value);
                  if (picked) {
                    currencyPicked.current = true;
                    setCurrency(picked);
                  }
                }}
              >
                {CUSTOMER_BASE_CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c} · {currencyName(c)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {canFit && (
            <p>
              <button
                type="button"
                class="course-button small cb-fit"
                onClick={() => {
                  void analyse(settings, report);
                }}
              >
                Fit the models
              </button>
            </p>
          )}
        </section>
      )}

      {analysisProblem && !analysisProblem.atEnd && (
        <p class="cb-analysis-problem" role="alert">
          {analysisProblem.message}
        </p>
      )}

      {result?.outcome.ok &&
        (Results ? (
          <Results
            analysis={result.outcome.analysis}
            settings={result.settings}
            currency={currency}
            timings={{ readMs: read?.readMs ?? 0, summaryMs: result.summaryMs, fitMs: result.fitMs }}
            stale={busy ? 'working' : Object.keys(problems).length > 0 ? 'settings' : undefined}
          />
        ) : (
          <p class="lab-chart-failed">The results could not be loaded. Check your connection and reload the page.</p>
        ))}
    </div>
  );
}

function SettingField({
  id,
  label,
  value,
  problem,
  hint,
  type = 'text',
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  problem: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'date';
  onChange: (value: string) => void;
}) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div class="cb-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={type === 'text' ? 'decimal' : undefined}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => {
          onChange(e.currentTarget.value);
        }}
      />
      {hint && (
        <p class="cb-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}

function ColumnsPanel({
  id,
  read,
  onChoose,
  keep,
  onKeep,
}: {
  id: string;
  read: ReadState;
  onChoose: (change: LayoutChoices) => void;
  keep: boolean;
  onKeep: (on: boolean) => void;
}) {
  const { layout, preview, missing, report } = read;
  const example = (column: number): string => {
    const value = preview[0]?.[column]?.trim() ?? '';
    return value === '' ? '' : ` (${value.length > 16 ? `${value.slice(0, 15)}…` : value})`;
  };
  const choose = (role: Role, value: string): void => {
    const index = value === '' ? undefined : Number(value);
    const mapping: ColumnMapping = { ...layout.mapping, [role]: index };
    // One column, one role: the role that had this column gives it up and is asked for again.
    for (const other of ROLES)
      if (other !== role && index !== undefined && mapping[other] === index) mapping[other] = undefined;
    onChoose({ mapping });
  };
  const hasQuantity = layout.mapping.quantity !== undefined;
  return (
    <section class="cb-columns" aria-labelledby={`${id}-columns`}>
      <h2 id={`${id}-columns`}>2. Check the columns</h2>
      <div class="cb-fields">
        {ROLES.map((role) => (
          <div class="cb-field" key={role}>
            <label for={`${id}-col-${role}`}>{ROLE_LABELS[role]}</label>
            <select
              id={`${id}-col-${role}`}
              value={layout.mapping[role] === undefined ? '' : String(layout.mapping[role])}
              aria-invalid={missing.includes(role) ? true : undefined}
              aria-describedby={
                missing.includes(role)
                  ? `${id}-col-${role}-problem`
                  : role === 'quantity'
                    ? `${id}-col-quantity-hint`
                    : undefined
              }
              onChange={(e) => {
                choose(role, e.currentTarget.value);
              }}
            >
              <option value="">{role === 'quantity' ? 'None' : 'Choose a column'}</option>
              {layout.names.map((name, i) => (
                <option key={i} value={String(i)}>
                  {name}
                  {example(i)}
                </option>
              ))}
            </select>
            {missing.includes(role) && (
              <p class="field-error" id={`${id}-col-${role}-problem`}>
                {role === 'customer'
                  ? 'Choose the column that identifies the customer.'
                  : role === 'date'
                    ? 'Choose the purchase date column.'
                    : 'Choose the column with the amount paid.'}
              </p>
            )}
            {role === 'quantity' && (
              <p class="cb-hint" id={`${id}-col-quantity-hint`}>
                Used only when the amount is the price of one unit: the models count purchase days and money, not items.
              </p>
            )}
          </div>
        ))}
        {hasQuantity && (
          <div class="cb-field">
            <label for={`${id}-amount-is`}>The amount is</label>
            <select
              id={`${id}-amount-is`}
              value={layout.amountIs}
              onChange={(e) => {
                onChoose({ amountIs: e.currentTarget.value === 'unit-price' ? 'unit-price' : 'total' });
              }}
            >
              <option value="total">What the row cost in all</option>
              <option value="unit-price">The price of one unit (times the quantity)</option>
            </select>
          </div>
        )}
        <div class="cb-field">
          <label for={`${id}-dates`}>Date format</label>
          <select
            id={`${id}-dates`}
            value={layout.dateFormat ?? ''}
            aria-invalid={missing.includes('dateFormat') ? true : undefined}
            aria-describedby={`${id}-dates-note`}
            onChange={(e) => {
              const value = e.currentTarget.value as DateFormat;
              if (DATE_FORMATS.includes(value)) onChoose({ dateFormat: value });
            }}
          >
            {!layout.dateFormat && <option value="">Choose a format</option>}
            {DATE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {DATE_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          <p class={missing.includes('dateFormat') ? 'field-error' : 'cb-hint'} id={`${id}-dates-note`}>
            {missing.includes('dateFormat')
              ? 'The date column’s values are in none of these formats.'
              : layout.mapping.date === undefined
                ? 'Read from the purchase date column once it is chosen.'
                : layout.dateCandidates.length > 1
                  ? 'These dates read both ways (day first or month first): check the choice.'
                  : 'Detected from the file.'}
          </p>
        </div>
        <div class="cb-field">
          <label for={`${id}-decimal`}>Amounts are written</label>
          <select
            id={`${id}-decimal`}
            value={layout.decimal}
            onChange={(e) => {
              onChoose({ decimal: e.currentTarget.value === ',' ? ',' : '.' });
            }}
          >
            <option value=".">1,234.56</option>
            <option value=",">1.234,56</option>
          </select>
        </div>
        <div class="cb-field cb-check">
          <input
            id={`${id}-header`}
            type="checkbox"
            checked={layout.hasHeader}
            onChange={(e) => {
              onChoose({ hasHeader: e.currentTarget.checked });
            }}
          />
          <label for={`${id}-header`}>The first row names the columns</label>
        </div>
      </div>
      {report && (
        <ReadSummary
          id={id}
          report={report}
          encoding={read.encoding}
          dateFormat={layout.dateFormat}
          onDateFormat={(dateFormat) => {
            onChoose({ dateFormat });
          }}
        />
      )}
      {report && report.purchases > 0 && (
        <div class="cb-check cb-keep">
          <input
            id={`${id}-keep`}
            type="checkbox"
            checked={keep}
            onChange={(e) => {
              onKeep(e.currentTarget.checked);
            }}
          />
          <label for={`${id}-keep`}>
            Keep this data on this device (in this browser only, with your settings, to reopen next time; untick to
            delete it)
          </label>
        </div>
      )}
    </section>
  );
}

/** The short name of a date format, for sentences: "day/month/year". */
const shortFormat = (format: DateFormat): string => (DATE_FORMAT_LABELS[format].split(' (')[0] ?? format).toLowerCase();

function ReadSummary({
  id,
  report,
  encoding,
  dateFormat,
  onDateFormat,
}: {
  id: string;
  report: ReadReport;
  encoding: TextEncoding;
  dateFormat: DateFormat | undefined;
  onDateFormat: (format: DateFormat) => void;
}) {
  const warnings = readWarnings(report, dateFormat);
  return (
    <div class="cb-read" id={`${id}-read`}>
      <p>
        Read {count(report.rows, 'row', 'rows')}: {count(report.purchases, 'purchase', 'purchases')} by{' '}
        {count(report.customers, 'customer', 'customers')}
        {report.firstDay !== undefined && report.lastDay !== undefined
          ? `, from ${isoDate(report.firstDay)} to ${isoDate(report.lastDay)}`
          : ''}
        .
        {report.refunds > 0 &&
          ` ${count(report.refunds, 'row has', 'rows have')} a negative amount (a refund) and ${report.refunds === 1 ? 'is' : 'are'} left out.`}
        {encoding !== 'utf-8' && ` The file was read as ${ENCODING_LABELS[encoding]} text.`}
      </p>
      {report.purchases === 0 && (
        <p class="field-error" role="alert">
          None of the rows could be read as a purchase with these columns and this date format. Check the choices above.
        </p>
      )}
      {warnings.length > 0 && (
        <div class="cb-warning cb-read-warnings" role="note" aria-label="Check the file">
          <ul>
            {warnings.map((warning) => (
              <li key={warning.kind}>
                <WarningText warning={warning} dateFormat={dateFormat} onDateFormat={onDateFormat} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.badRows > 0 && (
        <details class="cb-bad-rows">
          <summary>
            {count(report.badRows, 'row was', 'rows were')} skipped
            {report.badRows > report.listedBadRows.length
              ? ` (the first ${String(report.listedBadRows.length)} listed)`
              : ''}
          </summary>
          <ul>
            {report.listedBadRows.map((bad) => (
              <li key={bad.line}>
                Line {formatNumber(bad.line, 0)}: {bad.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function WarningText({
  warning,
  dateFormat,
  onDateFormat,
}: {
  warning: ReadWarning;
  dateFormat: DateFormat | undefined;
  onDateFormat: (format: DateFormat) => void;
}) {
  const amount = (v: number): string => formatNumber(v, 2);
  switch (warning.kind) {
    case 'date-order':
      return (
        <>
          {count(warning.skipped, 'row was', 'rows were')} skipped because{' '}
          {warning.skipped === 1 ? 'its date does' : 'their dates do'} not read as{' '}
          {dateFormat ? shortFormat(dateFormat) : 'the chosen format'}, and{' '}
          {warning.readOtherWay === warning.skipped
            ? warning.skipped === 1
              ? 'it reads'
              : 'every one of them reads'
            : `${formatNumber(warning.readOtherWay, 0)} of them ${warning.readOtherWay === 1 ? 'reads' : 'read'}`}{' '}
          as {shortFormat(warning.suggested)}: the dates are probably written{' '}
          {warning.suggested === 'mdy' ? 'month first' : 'day first'}.{' '}
          <button
            type="button"
            class="course-button small"
            onClick={() => {
              onDateFormat(warning.suggested);
            }}
          >
            Read dates as {shortFormat(warning.suggested)}
          </button>
        </>
      );
    case 'future-dates':
      return (
        <>
          {count(warning.skipped, 'row is', 'rows are')} dated after today and {warning.skipped === 1 ? 'was' : 'were'}{' '}
          skipped: a date in the future is a typo, and would stretch every customer’s calendar. The skipped rows are
          listed below.
        </>
      );
    case 'large-amount':
      return (
        <>
          One purchase, {amount(warning.amount)} by customer “{warning.customer}” on line{' '}
          {formatNumber(warning.line, 0)}, is {formatNumber(Math.floor(warning.amount / warning.median), 0)} times the
          median purchase ({amount(warning.median)}). If it is a typo, correct the file: a few purchases this large move
          the spend model for every customer.
        </>
      );
    case 'early-date':
      return (
        <>
          The earliest purchase, on {isoDate(warning.day)} (line {formatNumber(warning.line, 0)}), comes years before
          the rest of the file, which starts around {isoDate(warning.usualStart)}. If it is a typo, correct the file:
          each customer’s age is counted from their first purchase.
        </>
      );
  }
}
