import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isoDate } from './dates';
import { detectEncoding } from './encoding';
import { readPurchaseLog } from './stream';

const sampleLog = readFileSync(new URL('../../public/data/cdnow-sample.csv', import.meta.url));

async function read(text: string | Uint8Array<ArrayBuffer>, choices = {}) {
  const outcome = await readPurchaseLog(new Blob([text]), choices);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome;
}

describe('readPurchaseLog', () => {
  test('reads the CDNOW sample as shipped for “try it with public data”, block by block', async () => {
    const progress: number[] = [];
    const outcome = await readPurchaseLog(new Blob([sampleLog]), {}, { onProgress: (f) => progress.push(f) });
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.layout.names).toEqual(['masterid', 'sampleid', 'date', 'cds', 'sales']);
    expect(outcome.layout.mapping).toEqual({ customer: 0, date: 2, amount: 4, quantity: 3 });
    expect(outcome.report).toMatchObject({ rows: 6919, purchases: 6919, customers: 2357, badRows: 0, refunds: 0 });
    expect(isoDate(outcome.report?.firstDay ?? 0)).toBe('1997-01-01');
    expect(isoDate(outcome.report?.lastDay ?? 0)).toBe('1998-06-30');
    // The file is larger than one chunk: progress rises to 1.
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  test('reads whitespace-aligned columns with CRLF line ends, like the CDNOW master file', async () => {
    const text =
      ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n 00002 19970112  5   77.00\r\n';
    const outcome = await read(text);
    expect(outcome.layout.mapping).toEqual({ customer: 0, date: 1, amount: 3, quantity: 2 });
    expect(outcome.report).toMatchObject({ rows: 3, purchases: 3, customers: 2, badRows: 0 });
    expect([...(outcome.log?.amount ?? [])]).toEqual([11.77, 12, 77]);
  });

  test('quoted fields may hold the separator and line breaks; bad rows keep their true line numbers', async () => {
    const text = [
      'Customer,Order date,Total,Note',
      '"Smith, J",2024-01-05,"$1,200.00","first order"',
      'ACME,2024-01-06,$80.00,"two',
      'lines"',
      'ACME,2024-13-01,$5.00,bad date',
      'ACME,2024-01-09,-$5.00,refund',
    ].join('\n');
    const outcome = await read(text);
    expect(outcome.report).toMatchObject({ purchases: 2, customers: 2, badRows: 1, refunds: 1 });
    expect(outcome.report?.listedBadRows).toEqual([
      { line: 5, reason: '“2024-13-01” is not a date in the chosen format' },
    ]);
    expect([...(outcome.log?.amount ?? [])]).toEqual([1200, 80]);
  });

  test('semicolons, decimal commas and day-first dates, and a byte-order mark', async () => {
    const text = '\ufeffklient;data;kwota\nK1;31.01.2024;1 234,50 zł\nK2;01.02.2024;99,90 zł\n';
    const outcome = await read(new TextEncoder().encode(text));
    expect(outcome.layout.names[0]).toBe('klient');
    expect(outcome.layout.dateFormat).toBe('dmy');
    expect(outcome.layout.decimal).toBe(',');
    expect([...(outcome.log?.amount ?? [])]).toEqual([1234.5, 99.9]);
  });

  test('the learner’s choices override detection', async () => {
    const text = 'a,b,c\nx,01/02/2024,5\ny,03/04/2024,6\n';
    const detected = await read(text);
    expect(detected.layout.dateFormat).toBe('dmy');
    expect(detected.layout.dateCandidates).toEqual(['dmy', 'mdy']);
    const chosen = await read(text, { dateFormat: 'mdy', hasHeader: true });
    expect(isoDate(chosen.report?.firstDay ?? 0)).toBe('2024-01-02');
    const noHeader = await read(text, {
      hasHeader: false,
      mapping: { customer: 0, date: 1, amount: 2, quantity: undefined },
    });
    // With the header read as data, its row is a bad row on line 1.
    expect(noHeader.report?.listedBadRows[0]?.line).toBe(1);
  });

  test('asks for the columns it cannot find instead of guessing', async () => {
    const outcome = await read('name,colour\napple,red\npear,green\n');
    expect(outcome.missing).toEqual(['date', 'amount']);
    expect(outcome.report).toBeUndefined();
    expect(outcome.preview).toContainEqual(['pear', 'green']);
  });

  test.each([
    ['', 'The file is empty.'],
    ['\n\n  \n', 'The file holds no rows of data.'],
    ['customer,date,amount\n', 'The file names its columns but lists no purchases under them.'],
    [
      'C-1;2024-03-05;12.50\n\n',
      'The file holds a single purchase: the models need a row for every purchase, from many customers.',
    ],
  ])('refuses %j', async (text, problem) => {
    expect(await readPurchaseLog(new Blob([text]))).toEqual({ ok: false, problem });
  });
  test.each<[string, Uint8Array<ArrayBuffer>, string]>([
    [
      'UTF-16 with its byte-order mark (Excel’s “Unicode text”)',
      utf16le('\ufeffclient\tdate\tamount\r\nZoë\t2024-01-05\t12.50\r\nZoë\t2024-02-05\t7.50\r\n'),
      'utf-16le',
    ],
    [
      'UTF-16 without a byte-order mark',
      utf16le('client,date,amount\nZoë,2024-01-05,12.50\nZoë,2024-02-05,7.50\n'),
      'utf-16le',
    ],
    ['big-endian UTF-16', utf16be('\ufeffclient,date,amount\nZoë,2024-01-05,12.50\nZoë,2024-02-05,7.50\n'), 'utf-16be'],
    // "Zoë" with ë as the single byte 0xEB: not valid UTF-8.
    [
      'Windows-1252 (Latin-1)',
      latin1('client,date,amount\nZo\u00eb,2024-01-05,12.50\nZo\u00eb,2024-02-05,7.50\n'),
      'windows-1252',
    ],
  ])('reads %s with its accents intact', async (_, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    const outcome = await read(bytes);
    expect(outcome.encoding).toBe(encoding);
    expect(outcome.log?.customerIds).toEqual(['Zoë']);
    expect([...(outcome.log?.amount ?? [])]).toEqual([12.5, 7.5]);
  });

  test('plain ASCII and UTF-8 with accents are UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('client,date\nA,2024-01-01\n'))).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('client,date\nZoë,2024-01-01\n'))).toBe('utf-8');
    // A sample cut in the middle of a two-byte character is still UTF-8.
    expect(detectEncoding(new TextEncoder().encode('Zoë').subarray(0, 3))).toBe('utf-8');
  });

  test('skips rows dated after the latest day, saying so, and keeps the rest', async () => {
    const text = 'client,date,amount\nA,2024-01-05,10\nA,2150-01-01,10\nB,2024-01-06,10\n';
    const outcome = await readPurchaseLog(new Blob([text]), {}, { latestDay: day('2026-12-07') });
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.report).toMatchObject({ purchases: 2, badRows: 1, futureDates: 1, badDates: 1 });
    expect(outcome.report?.listedBadRows).toEqual([{ line: 3, reason: '“2150-01-01” (2150-01-01) is after today' }]);
    expect(isoDate(outcome.report?.lastDay ?? 0)).toBe('2024-01-06');
  });

  test('multiplies a unit price by the quantity only when the amount is per unit', async () => {
    // "amount" reads as the row's total (a "price" beside a quantity would read as per unit).
    const text = 'client,date,qty,amount\nA,2024-01-05,3,2.50\nA,2024-01-06,x,1.00\n';
    const asTotal = await read(text);
    expect(asTotal.layout.amountIs).toBe('total');
    expect([...(asTotal.log?.amount ?? [])]).toEqual([2.5, 1]);
    const perUnit = await read(text, { amountIs: 'unit-price' });
    expect([...(perUnit.log?.amount ?? [])]).toEqual([7.5]);
    expect(perUnit.report?.listedBadRows).toEqual([{ line: 3, reason: '“x” is not a quantity' }]);
    const priced = await read(text.replace('amount', 'price'));
    expect(priced.layout.amountIs).toBe('unit-price');
    expect([...(priced.log?.amount ?? [])]).toEqual([7.5]);
  });
});

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function utf16be(text: string): Uint8Array<ArrayBuffer> {
  const le = utf16le(text);
  const bytes = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    bytes[i] = le[i + 1] ?? 0;
    bytes[i + 1] = le[i] ?? 0;
  }
  return bytes;
}

/** Characters below U+0100 as single bytes, as Latin-1 and Windows-1252 write them. */
function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
