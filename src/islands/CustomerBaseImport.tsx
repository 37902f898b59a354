/**
 * Step 1 of the customer-base lab: a file chosen, dropped or pasted, or the public sample; the
 * read's progress with Cancel, and the status line.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { formatNumber } from '../course/format';
import { useStoreValue } from '../kit/hooks';
import { customerBase, type CustomerBaseState } from '../stores/customer-base';

export function ImportPanel({
  id,
  headingRef,
  state,
  busy,
}: {
  id: string;
  /** Step 1's heading, where the keyboard goes when the kept note's buttons disappear. */
  headingRef: RefObject<HTMLHeadingElement>;
  state: CustomerBaseState;
  busy: boolean;
}) {
  const { phase, importProblem, status, fileName } = state;
  // The pasted text stays in the field (uncontrolled): thousands of rows re-rendered on every
  // keystroke would make typing crawl.
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const [hasPasted, setHasPasted] = useState(false);
  const [dragging, setDragging] = useState(false);
  const open = (file: File): void => {
    void customerBase.openFile(file, file.name);
  };
  return (
    <section class="cb-import" aria-labelledby={`${id}-import`}>
      <h2 id={`${id}-import`} ref={headingRef} tabIndex={-1}>
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
          if (file) open(file);
        }}
      >
        <label for={`${id}-file`} class="cb-file-label">
          Choose a file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          aria-describedby={importProblem ? `${id}-import-problem` : undefined}
          aria-invalid={importProblem ? true : undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) open(file);
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
            void customerBase.readPasted(pasteBox.current?.value ?? '');
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
            void customerBase.trySample();
          }}
        >
          Try it with public data
        </button>{' '}
        <span class="cb-credit">
          The CDNOW sample: 2,357 customers of an online music store, 1997–98, from Bruce Hardie’s public data sets, as
          used by Fader, Hardie and Lee.
        </span>
      </p>
      {importProblem && (
        <p class="field-error" id={`${id}-import-problem`} role="alert">
          {importProblem}
        </p>
      )}
      {busy && <Progress id={id} reading={phase === 'reading'} fileName={fileName} />}
      <p class="cb-status" role="status">
        {busy ? '' : status}
      </p>
    </section>
  );
}

/** The read's progress (or the fit's, without a figure), with Cancel; re-rendered alone as the read goes. */
function Progress({ id, reading, fileName }: { id: string; reading: boolean; fileName: string | undefined }) {
  const progress = useStoreValue(customerBase.$readProgress);
  return (
    <div class="cb-progress">
      <label for={`${id}-progress`}>
        {reading ? `Reading ${fileName ?? 'the file'}: ${formatNumber(progress * 100, 0)}%` : 'Fitting the models…'}
      </label>
      <progress id={`${id}-progress`} max={1} value={reading ? progress : undefined} />
      <button type="button" class="course-button small" onClick={customerBase.cancel}>
        Cancel
      </button>
    </div>
  );
}
