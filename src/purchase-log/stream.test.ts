import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isoDate } from './dates';
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
  ])('refuses %j', async (text, problem) => {
    expect(await readPurchaseLog(new Blob([text]))).toEqual({ ok: false, problem });
  });
});
