/**
 * Reads a purchase log (CSV, TSV, semicolon- or whitespace-separated) from a file or pasted text
 * as a stream: the bytes are decoded a block at a time and each block of whole rows is parsed with
 * Papa Parse and read into purchases, so a file of a million rows never sits in memory as text or
 * as row arrays. A block ends at a line break outside quotes, so a quoted field may hold a comma
 * or a line break. Runs in the customer-base lab's worker; works anywhere Blob streams exist.
 */
import Papa from 'papaparse';
import { detectLayout, type ColumnMapping, type LogLayout, type Role } from './columns';
import type { DecimalSeparator } from './amounts';
import type { DateFormat } from './dates';
import { detectEncoding, type TextEncoding } from './encoding';
import { PurchaseLogReader, type AmountMeaning, type PurchaseLog, type ReadReport } from './reader';

/** Choices the learner made that override detection. */
export interface LayoutChoices {
  hasHeader?: boolean;
  mapping?: ColumnMapping;
  dateFormat?: DateFormat;
  decimal?: DecimalSeparator;
  amountIs?: AmountMeaning;
}

export type ReadOutcome =
  | {
      ok: true;
      layout: LogLayout;
      /** The first data rows, for the column picker's preview. */
      preview: string[][];
      /** Roles still without a column (or a date format): the learner must choose them. */
      missing: (Role | 'dateFormat')[];
      /** Present when every role has a column. */
      report: ReadReport | undefined;
      log: PurchaseLog | undefined;
      encoding: TextEncoding;
    }
  | { ok: false; problem: string };

const SNIFF_BYTES = 64 * 1024;
const SNIFF_ROWS = 60;
const PREVIEW_ROWS = 5;

type Splitter = (block: string) => string[][];

function whitespaceRows(block: string): string[][] {
  return block.split('\n').map((line) => {
    const trimmed = line.trim();
    return trimmed === '' ? [] : trimmed.split(/\s+/);
  });
}

function papaRows(delimiter: string): Splitter {
  return (block) => Papa.parse<string[]>(block, { delimiter, header: false, skipEmptyLines: false }).data;
}

/** How the file separates its fields, from its first kilobytes. */
function chooseSplitter(sample: string): { split: Splitter; rows: string[][] } {
  const guess = Papa.parse<string[]>(sample, { preview: SNIFF_ROWS, skipEmptyLines: true });
  const rows = guess.data;
  const singleColumn = rows.every((row) => row.length <= 1);
  const spaced = rows.filter((row) => /\S\s+\S/.test((row[0] ?? '').trim())).length;
  if (singleColumn && spaced > 0 && spaced >= rows.length * 0.8) {
    return {
      split: whitespaceRows,
      rows: whitespaceRows(sample)
        .filter((r) => r.length > 0)
        .slice(0, SNIFF_ROWS),
    };
  }
  return { split: papaRows(guess.meta.delimiter || ','), rows };
}

function missingRoles(layout: LogLayout): (Role | 'dateFormat')[] {
  const missing: (Role | 'dateFormat')[] = [];
  if (layout.mapping.customer === undefined) missing.push('customer');
  if (layout.mapping.date === undefined) missing.push('date');
  else if (layout.dateFormat === undefined) missing.push('dateFormat');
  if (layout.mapping.amount === undefined) missing.push('amount');
  return missing;
}

/** Text up to the last line break outside quotes, and the rest. */
function cut(text: string): [string, string] {
  if (!text.includes('"')) {
    const end = text.lastIndexOf('\n');
    return end < 0 ? ['', text] : [text.slice(0, end), text.slice(end + 1)];
  }
  let quoted = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) end = i;
  }
  return end < 0 ? ['', text] : [text.slice(0, end), text.slice(end + 1)];
}

/**
 * Reads `source`. Detects the layout from the first rows, then applies `choices` over it. With
 * every column known, streams the whole file through the reader, calling `onProgress` with the
 * share of bytes read.
 */
export async function readPurchaseLog(
  source: Blob,
  choices: LayoutChoices = {},
  {
    onProgress,
    preferMonthFirst = false,
    latestDay,
  }: {
    onProgress?: (fraction: number) => void;
    preferMonthFirst?: boolean;
    /** Dates after this day number are skipped as typos (see `ReadOptions.latestDay`). */
    latestDay?: number;
  } = {},
): Promise<ReadOutcome> {
  if (source.size === 0) return { ok: false, problem: 'The file is empty.' };
  const head = new Uint8Array(await source.slice(0, SNIFF_BYTES).arrayBuffer());
  const encoding = detectEncoding(head);
  const sample = stripBom(new TextDecoder(encoding).decode(head, { stream: true }));
  // The sample may end mid-row: leave the last partial line out of detection.
  const [whole] = source.size > SNIFF_BYTES ? cut(sample) : [sample];
  const { split, rows } = chooseSplitter(whole.replace(/\r\n?/g, '\n'));
  if (rows.length === 0 || rows.every((row) => row.every((cell) => cell.trim() === ''))) {
    return { ok: false, problem: 'The file holds no rows of data.' };
  }
  const layout = detectLayout(rows, {
    preferMonthFirst,
    ...(choices.hasHeader === undefined ? {} : { hasHeader: choices.hasHeader }),
  });
  const lines = rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  if (source.size <= SNIFF_BYTES && lines === 1) {
    return {
      ok: false,
      problem: layout.hasHeader
        ? 'The file names its columns but lists no purchases under them.'
        : 'The file holds a single purchase: the models need a row for every purchase, from many customers.',
    };
  }
  if (choices.mapping) layout.mapping = { ...choices.mapping };
  if (choices.dateFormat) layout.dateFormat = choices.dateFormat;
  if (choices.decimal) layout.decimal = choices.decimal;
  if (choices.amountIs) layout.amountIs = choices.amountIs;
  const preview = rows.slice(layout.hasHeader ? 1 : 0, (layout.hasHeader ? 1 : 0) + PREVIEW_ROWS);
  const missing = missingRoles(layout);
  if (missing.length > 0 || layout.dateFormat === undefined) {
    return { ok: true, layout, preview, missing, report: undefined, log: undefined, encoding };
  }

  const reader = new PurchaseLogReader({
    mapping: layout.mapping,
    dateFormat: layout.dateFormat,
    decimal: layout.decimal,
    amountIs: layout.amountIs,
    ...(latestDay === undefined ? {} : { latestDay }),
  });
  let line = 1;
  let headerPending = layout.hasHeader;
  const readBlock = (block: string): void => {
    const blockRows = split(block);
    const quoted = block.includes('"');
    for (const row of blockRows) {
      if (headerPending && row.some((cell) => cell.trim() !== '')) {
        headerPending = false;
      } else {
        reader.add(row, line);
      }
      line += 1 + (quoted ? embeddedBreaks(row) : 0);
    }
  };

  const decoder = new TextDecoder(encoding);
  const stream = source.stream().getReader();
  let pending = '';
  let bytes = 0;
  let first = true;
  // A \r at a chunk's end may be half of a \r\n: it waits for the next chunk.
  let carry = '';
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    bytes += value.byteLength;
    let text = carry + decoder.decode(value, { stream: true });
    if (first) {
      text = stripBom(text);
      first = false;
    }
    carry = text.endsWith('\r') ? '\r' : '';
    if (carry) text = text.slice(0, -1);
    pending += text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    const [block, rest] = cut(pending);
    if (block !== '') readBlock(block);
    pending = rest;
    onProgress?.(bytes / source.size);
  }
  pending += (carry + decoder.decode()).replace(/\r\n?/g, '\n');
  if (pending.trim() !== '') readBlock(pending);
  onProgress?.(1);
  const report = reader.report();
  return { ok: true, layout, preview, missing: [], report, log: reader.log(), encoding };
}

function embeddedBreaks(row: readonly string[]): number {
  let breaks = 0;
  for (const cell of row) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
  return breaks;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
