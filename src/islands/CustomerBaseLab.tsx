/**
 * The customer-base lab: the learner's own purchase log (or the public CDNOW sample) read, fitted
 * with BG/NBD and gamma-gamma, and audited, all in this browser. The workflow is the store's
 * (`stores/customer-base.ts`); this island renders it: the import, the column choices, the
 * settings and, once fitted, the results, a lazy module fetched while the page is idle so that
 * nothing is requested while a file is read and fitted (the privacy promise, tested).
 *
 * The purchases live in the worker (`customer-base.worker.ts`), never in the page's state or in
 * storage; the file is kept on the device only if the learner asks (`stores/kept-log.ts`).
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useHydrated, useStoreValue, whenLoadedAndIdle } from '../kit/hooks';
import { customerBase } from '../stores/customer-base';
import { ColumnsPanel } from './CustomerBaseColumns';
import { ImportPanel } from './CustomerBaseImport';
import { KeptNote } from './CustomerBaseKeptNote';
import { SettingsPanel } from './CustomerBaseSettings';
import type { ResultsProps } from './lazy-customer-base-results';
import './customer-base.css';

let resultsModule: Promise<{ default: ComponentType<ResultsProps> }> | undefined;
const loadResults = () => (resultsModule ??= import('./lazy-customer-base-results'));

export default function CustomerBaseLab() {
  const id = useId();
  const state = useStoreValue(customerBase.$lab);
  const view = useStoreValue(customerBase.$view);
  const [Results, setResults] = useState<ComponentType<ResultsProps> | undefined>();
  const hydrated = useHydrated();
  const importHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Start the worker and fetch the results' code once the page has loaded and is idle: an import
    // then requests nothing.
    whenLoadedAndIdle(() => {
      customerBase.warm();
      loadResults().then(
        (m) => {
          setResults(() => m.default);
        },
        () => undefined,
      );
    });
    void customerBase.loadKept();
  }, []);

  const { phase, read, result, analysisProblem, kept } = state;
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

      {kept && state.fileName === undefined && (
        <KeptNote
          kept={kept}
          // The buttons go with the note: the keyboard continues from step 1, not the page's top.
          onOpen={() => {
            void customerBase.openKept();
            importHeading.current?.focus();
          }}
          onForget={() => {
            void customerBase.forgetKept();
            importHeading.current?.focus();
          }}
        />
      )}

      <ImportPanel id={id} headingRef={importHeading} state={state} busy={view.busy} />

      {read && <ColumnsPanel id={id} read={read} keep={state.keep} />}

      {report && report.purchases > 0 && <SettingsPanel id={id} state={state} view={view} />}

      {analysisProblem && !analysisProblem.atEnd && (
        <p class="cb-analysis-problem" role="alert">
          {analysisProblem.message}
        </p>
      )}

      {result &&
        (Results ? (
          <Results
            analysis={result.analysis}
            settings={result.settings}
            currency={state.currency}
            timings={{ readMs: read?.readMs ?? 0, summaryMs: result.summaryMs, fitMs: result.fitMs }}
            stale={view.stale}
          />
        ) : (
          <p class="lab-chart-failed">The results could not be loaded. Check your connection and reload the page.</p>
        ))}
    </div>
  );
}
