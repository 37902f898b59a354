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
import { dayNumber } from '../calc/clv/summary';
import { ROLE_LABELS, ROLES, type ColumnMapping, type LogLayout, type Role } from '../purchase-log/columns';
import { DATE_FORMAT_LABELS, DATE_FORMATS, isoDate, type DateFormat } from '../purchase-log/dates';
import type { ReadReport } from '../purchase-log/reader';
import type { LayoutChoices } from '../purchase-log/stream';
import type { Currency } from '../scenario/currency';
import { forgetKeptLog, keepLog, readKeptLog, type KeptLog } from '../stores/kept-log';
import type { AnalysisSettings } from '../workers/customer-base-protocol';
import {
  analyseInWorker,
  cancelWorker,
  readInWorker,
  readProgress,
  startCustomerBaseWorker,
} from './customer-base-worker';
import { CUSTOMER_BASE_CURRENCIES, currencyName } from './customer-base-currencies';
import { number as formatNumber } from './customer-base-format';
import { useHydrated } from './hydrated';
import { useStoreValue } from './use-store';
import type { ResultsProps } from './lazy-customer-base-results';

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
  readMs: number;
}

interface Settings {
  calibrationEnd: string;
  horizonYears: string;
  discountPercent: string;
  marginPercent: string;
}

const START_SETTINGS: Settings = { calibrationEnd: '', horizonYears: '1', discountPercent: '10', marginPercent: '30' };

type Phase = 'empty' | 'reading' | 'read' | 'analysing' | 'ready';

/** Field problems of the settings, by field; an empty object when they can be used. */
function settingProblems(settings: Settings, report: ReadReport | undefined): Partial<Record<keyof Settings, string>> {
  const problems: Partial<Record<keyof Settings, string>> = {};
  const number = (text: string): number => (text.trim() === '' ? NaN : Number(text.replace(',', '.')));
  const horizon = number(settings.horizonYears);
  if (!(horizon >= 0.25 && horizon <= 10)) problems.horizonYears = 'Enter a number of years from 0.25 to 10.';
  const discount = number(settings.discountPercent);
  if (!(discount >= 0 && discount <= 50)) problems.discountPercent = 'Enter a yearly rate from 0% to 50%.';
  const margin = number(settings.marginPercent);
  if (!(margin > 0 && margin <= 100)) problems.marginPercent = 'Enter a margin above 0% and up to 100%.';
  const end = parseIso(settings.calibrationEnd);
  if (report?.firstDay !== undefined && report.lastDay !== undefined) {
    if (end === undefined) problems.calibrationEnd = 'Enter a date as yyyy-mm-dd.';
    else if (end <= report.firstDay || end > report.lastDay) {
      problems.calibrationEnd = `Choose a date after ${isoDate(report.firstDay)} and up to ${isoDate(report.lastDay)}, the last date in the file.`;
    }
  }
  return problems;
}

function parseIso(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDate(day) === text.trim() ? day : undefined;
}

function toAnalysisSettings(settings: Settings): AnalysisSettings | undefined {
  const end = parseIso(settings.calibrationEnd);
  if (end === undefined) return undefined;
  return {
    calibrationEnd: end,
    horizonWeeks: Math.round(Number(settings.horizonYears.replace(',', '.')) * (365.25 / 7) * 100) / 100,
    annualDiscountRate: Number(settings.discountPercent.replace(',', '.')) / 100,
    margin: Number(settings.marginPercent.replace(',', '.')) / 100,
  };
}

/** A US locale writes month first: ambiguous dates follow it. */
const monthFirst = (): boolean => typeof navigator !== 'undefined' && /^en-US$/i.test(navigator.language);

let resultsModule: Promise<{ default: ComponentType<ResultsProps> }> | undefined;
const loadResults = () => (resultsModule ??= import('./lazy-customer-base-results'));

export default function CustomerBaseLab() {
  const id = useId();
  const [phase, setPhase] = useState<Phase>('empty');
  const progress = useStoreValue(readProgress);
  const [status, setStatus] = useState('');
  const [importProblem, setImportProblem] = useState<string | undefined>();
  const [read, setRead] = useState<ReadState | undefined>();
  const [choices, setChoices] = useState<LayoutChoices>({});
  const [settings, setSettings] = useState<Settings>(START_SETTINGS);
  const [result, setResult] = useState<
    { outcome: AnalysisOutcome; settings: AnalysisSettings; summaryMs: number; fitMs: number } | undefined
  >();
  const [analysisProblem, setAnalysisProblem] = useState<string | undefined>();
  const [currency, setCurrency] = useState<Currency>('USD');
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

  const analyse = async (next: Settings, report: ReadReport | undefined): Promise<void> => {
    const problems = settingProblems(next, report);
    const wanted = toAnalysisSettings(next);
    if (Object.keys(problems).length > 0 || !wanted) return;
    setPhase('analysing');
    setStatus('Fitting the models…');
    const answer = await analyseInWorker(wanted);
    if (answer.kind === 'failed') {
      if (answer.problem !== 'Cancelled.') setAnalysisProblem(answer.problem);
      setPhase('read');
      setStatus('');
      return;
    }
    if (answer.kind !== 'analysed') return;
    performance.mark('customer-base:fitted');
    setAnalysisProblem(answer.outcome.ok ? undefined : answer.outcome.problem);
    setResult({ outcome: answer.outcome, settings: wanted, summaryMs: answer.summaryMs, fitMs: answer.fitMs });
    setPhase(answer.outcome.ok ? 'ready' : 'read');
    setStatus(
      answer.outcome.ok
        ? `Fitted the models to ${formatNumber(answer.outcome.analysis.customers, 0)} customers.`
        : answer.outcome.problem,
    );
  };

  const importSource = async (
    next: Source,
    nextChoices: LayoutChoices,
    calibrationEnd?: string,
    keepSettings = false,
  ): Promise<void> => {
    source.current = next;
    setImportProblem(undefined);
    setAnalysisProblem(undefined);
    setPhase('reading');
    setStatus(`Reading ${next.name}…`);
    performance.mark('customer-base:read-start');
    const answer = await readInWorker({ source: next.blob, choices: nextChoices, preferMonthFirst: monthFirst() });
    if (answer.kind === 'failed') {
      setPhase('empty');
      setRead(undefined);
      setResult(undefined);
      if (answer.problem === 'Cancelled.') {
        setStatus('Reading cancelled. Nothing was kept.');
      } else {
        setImportProblem(`${next.name}: ${answer.problem}`);
        setStatus('');
      }
      return;
    }
    if (answer.kind !== 'read') return;
    const state: ReadState = {
      layout: answer.layout,
      preview: answer.preview,
      missing: answer.missing,
      report: answer.report,
      readMs: answer.readMs,
    };
    setRead(state);
    setChoices(nextChoices);
    const report = answer.report;
    if (!report || report.purchases === 0 || report.lastDay === undefined) {
      setResult(undefined);
      setPhase('read');
      setStatus(
        report ? 'No row could be read as a purchase with these columns.' : 'Choose the columns the file did not name.',
      );
      return;
    }
    const last = isoDate(report.lastDay);
    const kept = keepSettings ? settings.calibrationEnd : '';
    const end =
      calibrationEnd ??
      (kept !== '' &&
      (parseIso(kept) ?? Infinity) <= report.lastDay &&
      (parseIso(kept) ?? -Infinity) > (report.firstDay ?? 0)
        ? kept
        : last);
    const nextSettings = { ...settings, calibrationEnd: end };
    setSettings(nextSettings);
    await analyse(nextSettings, report);
  };

  const cancel = (): void => {
    cancelWorker();
  };

  const openFile = (file: File): void => {
    void importSource({ blob: file, name: file.name }, {});
  };

  const trySample = async (): Promise<void> => {
    setImportProblem(undefined);
    setStatus('Fetching the CDNOW sample…');
    try {
      const response = await fetch(SAMPLE.url);
      if (!response.ok) throw new Error(String(response.status));
      await importSource({ blob: await response.blob(), name: SAMPLE.name }, {}, SAMPLE.calibrationEnd);
    } catch {
      setStatus('');
      setImportProblem('The CDNOW sample could not be fetched. Check your connection and try again.');
    }
  };

  const rechoose = (change: LayoutChoices): void => {
    if (!source.current || !read) return;
    const next: LayoutChoices = {
      hasHeader: read.layout.hasHeader,
      mapping: read.layout.mapping,
      decimal: read.layout.decimal,
      ...(read.layout.dateFormat ? { dateFormat: read.layout.dateFormat } : {}),
      ...choices,
      ...change,
    };
    void importSource(source.current, next, undefined, true);
  };

  const changeSetting = (field: keyof Settings, value: string): void => {
    const next = { ...settings, [field]: value };
    setSettings(next);
    if (Object.keys(settingProblems(next, read?.report)).length === 0 && phase !== 'reading') {
      void analyse(next, read?.report);
    }
  };

  const toggleKeep = async (on: boolean): Promise<void> => {
    setKeep(on);
    if (on && source.current) {
      const record = {
        name: source.current.name,
        source: source.current.blob,
        choices,
        keptAt: new Date().toISOString(),
      };
      try {
        await keepLog(record);
        setKept(record);
        setStatus(`${source.current.name} is kept in this browser for your next visit.`);
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

  const busy = phase === 'reading' || phase === 'analysing';
  const problems = settingProblems(settings, read?.report);
  const report = read?.report;

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
            You kept <strong>{kept.name}</strong> on this device on {new Date(kept.keptAt).toLocaleDateString()}.
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setKeep(true);
              void importSource({ blob: kept.source, name: kept.name }, kept.choices);
            }}
          >
            Open it
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              void toggleKeep(false);
            }}
          >
            Forget it
          </button>
        </div>
      )}

      <section class="cb-import" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>1. Bring a purchase log</h2>
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
            if (file && !busy) openFile(file);
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
            disabled={busy}
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
            disabled={busy || !hasPasted}
            onClick={() => {
              const text = pasteBox.current?.value ?? '';
              void importSource({ blob: new Blob([text], { type: 'text/plain' }), name: 'Pasted rows' }, {});
            }}
          >
            Read pasted rows
          </button>
        </details>
        <p>
          <button
            type="button"
            class="cb-sample"
            disabled={busy}
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
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        <p class="sr-only" role="status">
          {status}
        </p>
      </section>

      {read && (
        <ColumnsPanel
          id={id}
          read={read}
          busy={busy}
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
            The horizon, discount rate and margin below are illustrative starting points: use your own. Move the end of
            calibration earlier to hold out the later purchases and check the forecast against them.
          </p>
          <div class="cb-fields">
            <SettingField
              id={`${id}-end`}
              label="Calibration ends on"
              type="date"
              value={settings.calibrationEnd}
              problem={problems.calibrationEnd}
              hint={
                report.firstDay !== undefined && report.lastDay !== undefined
                  ? `The file runs from ${isoDate(report.firstDay)} to ${isoDate(report.lastDay)}.`
                  : undefined
              }
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
                  if (picked) setCurrency(picked);
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
        </section>
      )}

      {analysisProblem && (
        <p class="cb-analysis-problem" role="alert">
          {analysisProblem}
        </p>
      )}

      {result?.outcome.ok &&
        (Results ? (
          <Results
            analysis={result.outcome.analysis}
            settings={result.settings}
            currency={currency}
            timings={{ readMs: read?.readMs ?? 0, summaryMs: result.summaryMs, fitMs: result.fitMs }}
            stale={phase === 'analysing'}
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
  busy,
  onChoose,
  keep,
  onKeep,
}: {
  id: string;
  read: ReadState;
  busy: boolean;
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
    const mapping: ColumnMapping = { ...layout.mapping, [role]: value === '' ? undefined : Number(value) };
    onChoose({ mapping });
  };
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
              disabled={busy}
              aria-invalid={missing.includes(role) ? true : undefined}
              aria-describedby={missing.includes(role) ? `${id}-col-${role}-problem` : undefined}
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
                    ? 'No column reads as dates: choose the purchase date column.'
                    : 'No column reads as amounts: choose the column with the amount paid.'}
              </p>
            )}
          </div>
        ))}
        <div class="cb-field">
          <label for={`${id}-dates`}>Date format</label>
          <select
            id={`${id}-dates`}
            value={layout.dateFormat ?? ''}
            disabled={busy}
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
            disabled={busy}
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
            disabled={busy}
            onChange={(e) => {
              onChoose({ hasHeader: e.currentTarget.checked });
            }}
          />
          <label for={`${id}-header`}>The first row names the columns</label>
        </div>
      </div>
      {report && <ReadSummary id={id} report={report} />}
      {report && report.purchases > 0 && (
        <div class="cb-check cb-keep">
          <input
            id={`${id}-keep`}
            type="checkbox"
            checked={keep}
            disabled={busy}
            onChange={(e) => {
              onKeep(e.currentTarget.checked);
            }}
          />
          <label for={`${id}-keep`}>
            Keep this data on this device (in this browser only, to reopen next time; untick to delete it)
          </label>
        </div>
      )}
    </section>
  );
}

function ReadSummary({ id, report }: { id: string; report: ReadReport }) {
  const n = (v: number): string => formatNumber(v, 0);
  return (
    <div class="cb-read" id={`${id}-read`}>
      <p>
        Read {n(report.rows)} {report.rows === 1 ? 'row' : 'rows'}: {n(report.purchases)} purchases by{' '}
        {n(report.customers)} customers
        {report.firstDay !== undefined && report.lastDay !== undefined
          ? `, from ${isoDate(report.firstDay)} to ${isoDate(report.lastDay)}`
          : ''}
        .
        {report.refunds > 0 &&
          ` ${n(report.refunds)} ${report.refunds === 1 ? 'row has' : 'rows have'} a negative amount (a refund) and ${report.refunds === 1 ? 'is' : 'are'} left out.`}
      </p>
      {report.purchases === 0 && (
        <p class="field-error" role="alert">
          None of the rows could be read as a purchase with these columns and this date format. Check the choices above.
        </p>
      )}
      {report.badRows > 0 && (
        <details class="cb-bad-rows">
          <summary>
            {n(report.badRows)} {report.badRows === 1 ? 'row was' : 'rows were'} skipped
            {report.badRows > report.listedBadRows.length
              ? ` (the first ${String(report.listedBadRows.length)} listed)`
              : ''}
          </summary>
          <ul>
            {report.listedBadRows.map((bad) => (
              <li key={bad.line}>
                Line {n(bad.line)}: {bad.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
