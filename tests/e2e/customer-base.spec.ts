import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openLabPage, test } from './fixtures';

const SAMPLE = readFileSync('public/data/cdnow-sample.csv', 'utf8');

async function openLab(page: Page) {
  const lab = await openLabPage(page, 'customer-base');
  // The worker and the results' code load while the page is idle.
  await expect(lab).toHaveAttribute('data-prepared', 'true');
  return lab;
}

function file(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

const says = (page: Page) => page.locator('.cb-says');

test.describe('customer-base lab', () => {
  test('the public CDNOW sample: the fit in words, the holdout check, deciles, tiers', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers made their first purchase by 1997-09-30; 946 of them');
    // The average rate, not a typical customer's: most buy less often.
    await expect(says(page)).toContainText('customers buy on average about 2.9 times a year (most less often');
    await expect(says(page)).toContainText('Customers who never came back count as active in this model');
    await expect(says(page)).toContainText('the chance that any one repeat purchase is their last is about 24.6%');
    await page.getByText('Parameters for analysts').click();
    // The published estimates (Fader, Hardie & Lee 2005; Fader & Hardie), to the digits published.
    const parameters = async (row: string): Promise<number[]> =>
      (await page.getByRole('row', { name: row }).getByRole('cell').innerText()).split(', ').map(Number);
    const bgnbd = await parameters('BG/NBD r, α, a, b');
    [0.243, 4.414, 0.793, 2.426].forEach((published, i) => {
      expect(Math.abs((bgnbd[i] ?? NaN) - published)).toBeLessThan(0.0015);
    });
    const spend = await parameters('Gamma-gamma p, q, γ');
    [6.25, 3.74, 15.44].forEach((published, i) => {
      expect(Math.abs((spend[i] ?? NaN) - published)).toBeLessThan(0.015);
    });
    await expect(page.locator('.cb-parameters')).toContainText('−9,582.4');
    await expect(page.locator('.cb-parameters')).toContainText('−4,055.9');
    await expect(page.getByText(/these customers made 1,882 repeat purchases/)).toBeVisible();
    const read = page.locator('.cb-read');
    await expect(read).toContainText(
      'Read 6,919 rows: 6,919 purchases by 2,357 customers, from 1997-01-01 to 1998-06-30.',
    );
    await expect(page.getByRole('heading', { name: 'Where the future value sits' })).toBeVisible();
    const tiers = page.getByRole('region', { name: 'Value tiers' });
    await expect(tiers.getByRole('row')).toHaveCount(5);
    await expect(tiers.getByRole('row', { name: /^Top 10% 236/ })).toBeVisible();
    await expect(page.locator('.customer-base-lab')).not.toContainText(/NaN|Infinity|undefined/);
  });

  test('reads a dropped-in file by keyboard, lists bad rows by line, leaves refunds out', async ({ page }) => {
    await openLab(page);
    const rows = [
      'Client;Order date;Net sales',
      'A-1;31/01/2024;1.234,50 €',
      'A-1;14/02/2024;99,90 €',
      'B-2;31/02/2024;10,00 €',
      'B-2;01/02/2024;-5,00 €',
      'C-3;01/02/2024;abc',
      ...Array.from({ length: 40 }, (_, i) => `C${String(i)};0${String((i % 9) + 1)}/03/2024;${String(10 + i)},00 €`),
      ...Array.from({ length: 40 }, (_, i) => `C${String(i)};1${String(i % 9)}/04/2024;${String(20 + i)},00 €`),
    ];
    // The file picker is reached with Tab like any field.
    const picker = page.getByLabel('Choose a file');
    await picker.focus();
    await expect(picker).toBeFocused();
    await picker.setInputFiles(file('orders.csv', rows.join('\n')));
    await expect(page.getByLabel('Customer ID')).toHaveValue('0');
    await expect(page.getByLabel('Date format')).toHaveValue('dmy');
    await expect(page.getByLabel('Amounts are written')).toHaveValue(',');
    const read = page.locator('.cb-read');
    await expect(read).toContainText('Read 85 rows: 82 purchases by 41 customers');
    await expect(page.getByLabel('Currency')).toHaveValue('EUR');
    await expect(read).toContainText('1 row has a negative amount (a refund) and is left out.');
    await read.getByText('2 rows were skipped').click();
    await expect(read.getByRole('listitem')).toHaveText([
      'Line 4: “31/02/2024” is not a date in the chosen format',
      'Line 6: “abc” is not an amount',
    ]);
    await expect(says(page)).toContainText('41 customers made their first purchase');
  });

  test('prints its figures without its controls, with a chart’s table when the chart is not drawn or the table is short', async ({
    page,
  }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
    const weekly = page.locator('.lab-chart', { hasText: 'week by week' });
    const byFrequency = page.locator('.lab-chart', { hasText: 'by how many repeat purchases' });
    const print = async (): Promise<void> => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    };
    const printed = async (): Promise<void> => {
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    };
    // Not yet scrolled to, so not drawn: the 78-week table stands in for the chart.
    await expect(weekly.locator('canvas[data-drawn]')).toHaveCount(0);
    await print();
    await expect(weekly.locator('details')).toHaveAttribute('open', '');
    await expect(weekly.locator('tbody tr')).toHaveCount(78);
    await printed();
    await expect(weekly.locator('details')).not.toHaveAttribute('open', '');

    // Drawn: the weekly chart prints as its drawing, the short table beside the other chart opens.
    await weekly.scrollIntoViewIfNeeded();
    await expect(weekly.locator('canvas[data-drawn]')).toHaveCount(1);
    await print();
    await expect(byFrequency.locator('details')).toHaveAttribute('open', '');
    await expect(weekly.locator('details')).not.toHaveAttribute('open', '');
    await page.emulateMedia({ media: 'print' });
    for (const control of ['Try it with public data', 'Download as CSV', 'Open these tiers in the allocation lab']) {
      await expect(
        page.getByRole('button', { name: control }).or(page.getByRole('link', { name: control })),
      ).toBeHidden();
    }
    await expect(page.getByLabel('Choose a file')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Where the future value sits' })).toBeVisible();
  });

  test('says what is missing instead of a fake result', async ({ page }) => {
    await openLab(page);
    const picker = page.getByLabel('Choose a file');
    await picker.setInputFiles(file('empty.csv', ''));
    await expect(page.getByRole('alert')).toHaveText('empty.csv: The file is empty.');
    await expect(picker).toHaveAttribute('aria-invalid', 'true');

    await picker.setInputFiles(file('words.csv', 'name,colour\napple,red\npear,green\n'));
    await expect(page.getByText('Choose the purchase date column.')).toBeVisible();
    await expect(page.getByLabel('Purchase date')).toHaveAttribute('aria-invalid', 'true');

    await picker.setInputFiles(
      file('once.csv', 'customer,date,amount\na,2024-01-01,5\nb,2024-01-02,6\nc,2024-01-03,7\n'),
    );
    await expect(page.locator('.cb-analysis-problem')).toContainText('No customer bought on more than one day');
    await expect(page.locator('.cb-results')).toHaveCount(0);

    await picker.setInputFiles(file('one.csv', 'customer,date,amount\na,2024-01-01,5\na,2024-02-01,6\n'));
    await expect(page.locator('.cb-analysis-problem')).toContainText('The file holds one customer.');
  });

  test('a new file replaces the last one’s results, even when it fails', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
    await page.getByLabel('Choose a file').setInputFiles(file('empty.csv', ''));
    await expect(page.getByRole('alert')).toHaveText('empty.csv: The file is empty.');
    await expect(page.locator('.cb-results')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '2. Check the columns' })).toHaveCount(0);
  });

  test('a fit cancelled midway can be run again; the status is on screen', async ({ page }) => {
    test.setTimeout(90_000);
    await openLab(page);
    // 60,000 customers with three purchases each: a fit long enough to cancel.
    const rows = ['customer,date,amount'];
    for (let c = 0; c < 60_000; c++) {
      for (let k = 0; k < 3; k++) {
        const month = 1 + ((c + 5 * k) % 12);
        const day = 1 + ((c * 7 + k * 11) % 28);
        rows.push(
          `c${String(c)},2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${String(10 + (c % 50))}.00`,
        );
      }
    }
    await page.getByLabel('Choose a file').setInputFiles(file('many.csv', rows.join('\n')));
    const lab = page.locator('[data-lab="customer-base"]');
    await expect(lab).toHaveAttribute('data-phase', 'analysing', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    const status = page.getByRole('status');
    await expect(status).toHaveText('Fitting cancelled. Change a setting, or choose “Fit the models”, to fit again.');
    await expect(status).toBeVisible();
    await expect(page.locator('.cb-results')).toHaveCount(0);
    // A setting changed after the cancel reads the file again and fits: no "no data" message.
    const horizon = page.getByLabel('Horizon (years)');
    await horizon.fill('2');
    await horizon.press('Tab');
    await expect(says(page)).toContainText('over the next 2 years', { timeout: 60_000 });
    await expect(page.locator('.cb-analysis-problem')).toHaveCount(0);
    await expect(status).toHaveText('Fitted the models to 60,000 customers from many.csv.');
  });

  test('warns of dates read the wrong way round, dates after today and an outsized purchase', async ({ page }) => {
    await openLab(page);
    // Day-first dates; the first 60 rows could be either, so a US browser reads them month first.
    const rows = ['client,date,amount'];
    for (let i = 0; i < 60; i++)
      rows.push(`K${String(i % 20)},0${String((i % 9) + 1)}/0${String((i % 3) + 1)}/2024,£${String(20 + (i % 7))}.00`);
    for (let i = 0; i < 40; i++)
      rows.push(`K${String(i % 20)},${String(13 + (i % 15))}/05/2024,£${String(25 + (i % 5))}.00`);
    rows.push('K3,2150-01-01,£20.00'.replace('2150-01-01', '01/01/2150'));
    rows.push('K4,02/02/2024,"£250,000.00"');
    await page.getByLabel('Choose a file').setInputFiles(file('uk.csv', rows.join('\n')));
    const dates = page.getByLabel('Date format');
    await expect(dates).toHaveValue('mdy');
    const check = page.getByRole('note', { name: 'Check the file' });
    await expect(check).toContainText(
      '40 rows were skipped because their dates do not read as month/day/year, and every one of them reads',
    );
    await expect(check).toContainText('the dates are probably written day first');
    await expect(check).toContainText('1 row is dated after today and was skipped');
    await expect(check).toContainText('One purchase, 250,000 by customer “K4” on line 103');
    // The file's own currency sign sets the currency.
    await expect(page.getByLabel('Currency')).toHaveValue('GBP');
    const fix = check.getByRole('button', { name: 'Read dates as day/month/year' });
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect(dates).toHaveValue('dmy');
    await expect(page.locator('.cb-read')).toContainText('Read 102 rows: 101 purchases by 20 customers');
    await expect(check).not.toContainText('rows were skipped because their dates');
    // Twenty customers: the figures come with a warning not to read them closely.
    await expect(page.getByText('Read these figures as an illustration.')).toBeVisible();
  });

  test('a column choice re-reads the file and keeps the focus; one column serves one role', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
    const decimal = page.getByLabel('Amounts are written');
    await decimal.focus();
    await decimal.selectOption(',');
    await expect(page.locator('[data-lab="customer-base"]')).toHaveAttribute('data-phase', 'ready');
    await expect(decimal).toBeFocused();
    await decimal.selectOption('.');
    // Choosing the date column as the amount takes it from the date, which then asks to be chosen.
    const amount = page.getByLabel('Amount', { exact: true });
    await amount.selectOption({ label: 'date (19970101)' });
    await expect(page.getByLabel('Purchase date')).toHaveValue('');
    await expect(page.getByLabel('Purchase date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Choose the purchase date column.')).toBeVisible();
    await expect(page.locator('.cb-results')).toHaveCount(0);
  });

  test('a calibration end too early for any repeat buying is refused beside the date', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
    const end = page.getByLabel('Calibration ends on');
    await end.fill('1997-01-02');
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.locator('#' + ((await end.getAttribute('aria-describedby'))?.split(' ').at(-1) ?? '')),
    ).toContainText('No customer bought on more than one day before the end of calibration');
    await expect(page.locator('.cb-analysis-problem')).toHaveCount(0);
    await end.fill('1997-09-30');
    await expect(says(page)).toContainText('2,357 customers made their first purchase by 1997-09-30');
    await expect(end).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('privacy: nothing is requested or stored while a file is read and fitted', async ({ page }) => {
    await openLab(page);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByLabel('Choose a file').setInputFiles(file('private.csv', SAMPLE));
    await expect(says(page)).toContainText('2,357 customers');
    expect(requests).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage).filter((k) => k.startsWith('valued:') && k !== 'valued:progress'),
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(stored).toEqual({ local: [], session: 0, databases: [] });
    // Asked to keep it, the lab stores it, and offers it on the next visit; Forget it deletes it.
    await page.getByLabel(/Keep this data on this device/).check();
    await expect(page.getByRole('status')).toContainText('private.csv is kept in this browser');
    // What is kept follows the settings and a newly opened file.
    const margin = page.getByLabel('Margin (% of spend)');
    await margin.fill('45');
    await margin.press('Tab');
    await expect(says(page)).toContainText('45% margin');
    await page.getByLabel('Choose a file').setInputFiles(file('second.csv', SAMPLE));
    await expect(page.locator('.cb-read')).toContainText('Read 6,919 rows');
    await expect(says(page)).toContainText('45% margin');
    await page.reload();
    const kept = page.getByRole('group', { name: 'Data kept on this device' });
    await expect(kept).toContainText('You kept second.csv on this device');
    await expect(kept).toContainText('with your settings');
    await kept.getByRole('button', { name: 'Open it' }).focus();
    await page.keyboard.press('Enter');
    // The note and its buttons go: the keyboard carries on from step 1, not from the top of the page.
    await expect(page.getByRole('heading', { name: '1. Bring a purchase log' })).toBeFocused();
    await expect(says(page)).toContainText('2,357 customers');
    await expect(says(page)).toContainText('45% margin');
    await expect(page.getByLabel(/Keep this data on this device/)).toBeChecked();
    await page.getByLabel(/Keep this data on this device/).uncheck();
    await page.reload();
    await expect(page.locator('[data-lab="customer-base"][data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Data kept on this device' })).toHaveCount(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  });

  test('the holdout follows the calibration end; settings reject bad values beside the field', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
    const end = page.getByLabel('Calibration ends on');
    await end.fill('1998-06-30');
    await expect(page.getByRole('heading', { name: 'Check the forecast against the holdout' })).toHaveCount(0);
    // 1,139 sample customers bought on two or more days by the end of the log (counted from the file).
    await expect(says(page)).toContainText('1,139 of them');
    const margin = page.getByLabel('Margin (% of spend)');
    await margin.fill('150');
    await margin.press('Tab');
    await expect(page.getByText('Enter a margin above 0% and up to 100%.')).toBeVisible();
    await expect(margin).toHaveAttribute('aria-invalid', 'true');
    // The figures stay, for the last margin that could be used, and say so.
    await expect(says(page)).toContainText('30% margin');
    const outOfDate = page.getByRole('note').filter({ hasText: 'Out of date' });
    await expect(outOfDate).toContainText('these figures are for the last settings that could be used');
    await margin.fill('50');
    await margin.press('Tab');
    await expect(says(page)).toContainText('50% margin');
    await expect(outOfDate).toHaveCount(0);
  });

  test('the table sorts by keyboard and downloads as CSV; the tiers open the allocation lab', async ({ page }) => {
    await openLab(page);
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
    const table = page.getByRole('region', { name: 'Customers' });
    // Virtualised: 2,358 rows announced, a few dozen in the page.
    await expect(table.getByRole('table')).toHaveAttribute('aria-rowcount', '2358');
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(40);
    const repeat = table.getByRole('button', { name: 'Repeat purchases' });
    await repeat.focus();
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: 'Repeat purchases' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const top = await table.locator('tbody tr[aria-rowindex="2"] td').first().innerText();
    expect(Number(top)).toBeGreaterThanOrEqual(20);
    // Scrolling shows later rows.
    await table.evaluate((el) => {
      el.scrollTop = 36 * 1000;
    });
    await expect(table.locator('tbody tr[aria-rowindex="1002"]')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'customer,repeat_purchases,recency_weeks,age_weeks,mean_repeat_spend,p_alive,expected_purchases,expected_value',
    );
    expect(csv).toHaveLength(2358);
    expect(Number(csv[1]?.split(',')[1])).toBe(Number(top));

    const link = page.getByRole('link', { name: /^Open these tiers in the allocation lab/ });
    await expect(link).toHaveAttribute('href', /^\/labs\/allocation\/#v=1&cur=USD&budget=\d+/);
    // A budget written with a decimal comma and grouped thousands is read as it is meant, as the
    // allocation lab reads its own budget: 1,500.50, not 1.5005.
    const budget = page.getByLabel('Budget to allocate (USD)');
    await budget.fill('1.500,50');
    await expect(link).toHaveAttribute('href', /^\/labs\/allocation\/#v=1&cur=USD&budget=1500\.5&/);
    await budget.fill('1.500,5,0');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter a budget above 0 and up to 1,000,000,000.')).toBeVisible();
    await budget.fill('20,000');
    await expect(link).toHaveAttribute('href', /&budget=20000&/);
    await expect(link).toContainText('in a new tab; these results stay here');
    const [allocation] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await expect(allocation).toHaveURL(/\/labs\/allocation\/#v=1/);
    await expect(allocation.locator('[data-lab="allocation"][data-ready="true"]')).toBeVisible();
    await expect(allocation.locator('fieldset.tier')).toHaveCount(4);
    await expect(allocation.locator('fieldset.tier').first().getByRole('textbox').first()).toHaveValue('Top 10%');
    await expect(allocation.getByRole('region', { name: 'Scenario from a link' })).toBeVisible();
    // The fitted results are still here.
    await expect(says(page)).toContainText('2,357 customers');
  });

  test('a large file shows progress and can be cancelled', async ({ page }) => {
    await openLab(page);
    const line = 'customer,date,amount\n' + 'x1,2024-01-01,10.00\n'.repeat(400_000);
    await page.getByLabel('Choose a file').setInputFiles(file('big.csv', line));
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeVisible();
    await cancel.click();
    await expect(page.getByRole('status')).toHaveText('Reading cancelled. Nothing was kept.');
    await expect(page.getByRole('button', { name: 'Try it with public data' })).toBeEnabled();
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(says(page)).toContainText('2,357 customers');
  });
});

test.describe('customer-base lab: other ways in, and accessibility', () => {
  test('pasted rows and a dropped file are read like a chosen file', async ({ page }) => {
    await openLab(page);
    const lines = SAMPLE.trim().split('\n');
    await page.getByText('Paste rows instead').click();
    const box = page.getByLabel('Rows copied from a spreadsheet, with or without a header');
    await box.fill(lines.slice(0, 401).join('\n'));
    await page.getByRole('button', { name: 'Read pasted rows' }).click();
    await expect(page.locator('.cb-read')).toContainText('Read 400 rows: 400 purchases');
    // Dropped on the drop zone, as from the desktop.
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, SAMPLE);
    await page.locator('.cb-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.locator('.cb-read')).toContainText('Read 6,919 rows: 6,919 purchases by 2,357 customers');
    await expect(says(page)).toContainText('2,357 customers');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the results pass axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await openLab(page);
      await page.getByRole('button', { name: 'Try it with public data' }).click();
      await expect(says(page)).toContainText('2,357 customers');
      await page.getByText('Parameters for analysts').click();
      const results = await new AxeBuilder({ page })
        .include('[data-lab="customer-base"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
