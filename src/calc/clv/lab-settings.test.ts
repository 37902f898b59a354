import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  calibrationEndWithin,
  horizonInWords,
  parseIsoDay,
  parseSettingNumber,
  settingProblems,
  settingsForAnalysis,
  START_SETTINGS,
  startingCurrency,
} from './lab-settings';
import { dayNumber } from './summary';

const span = {
  firstDay: dayNumber(1997, 1, 1),
  lastDay: dayNumber(1998, 6, 30),
  first: '1997-01-01',
  last: '1998-06-30',
};

describe('parseSettingNumber', () => {
  test.each<[string, number | undefined]>([
    ['10', 10],
    ['10%', 10],
    [' 10 % ', 10],
    ['0.5', 0.5],
    ['0,5', 0.5],
    ['.5', 0.5],
    ['1e1', undefined],
    ['1,000', 1],
    ['1,000.5', undefined],
    ['-5', undefined],
    ['', undefined],
    ['ten', undefined],
    ['Infinity', undefined],
    ['0x10', undefined],
  ])('%j is %s', (text, value) => {
    expect(parseSettingNumber(text)).toBe(value);
  });
});

describe('parseIsoDay', () => {
  test('reads dates that exist and refuses the rest', () => {
    expect(parseIsoDay('1997-09-30')).toBe(dayNumber(1997, 9, 30));
    expect(parseIsoDay('1997-02-29')).toBeUndefined();
    expect(parseIsoDay('30/09/1997')).toBeUndefined();
    expect(parseIsoDay('')).toBeUndefined();
  });
});

describe('calibrationEndWithin', () => {
  // The CDNOW sample runs from 1997-01-01 to 1998-06-30.
  test.each<[string, string, string]>([
    ['a date inside the file is kept', '1997-09-30', '1997-09-30'],
    ['the file’s last date is kept', '1998-06-30', '1998-06-30'],
    ['the file’s first date leaves no calibration, so the end moves to the last date', '1997-01-01', '1998-06-30'],
    ['a date before the file moves to its last date', '1996-12-31', '1998-06-30'],
    ['a date after the file moves to its last date', '1998-07-01', '1998-06-30'],
    ['no date yet (a new file) is the last date', '', '1998-06-30'],
    ['a date that does not exist is the last date', '1997-02-30', '1998-06-30'],
  ])('%s', (_, wanted, end) => {
    expect(calibrationEndWithin(wanted, span)).toBe(end);
  });

  test('the end it gives always passes the setting’s own check', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2005, 1, 1) }), (day) => {
        const wanted = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const end = calibrationEndWithin(wanted, span);
        expect(settingProblems({ ...START_SETTINGS, calibrationEnd: end }, span)).toEqual({});
      }),
    );
  });
});

describe('settingProblems', () => {
  const ok = { ...START_SETTINGS, calibrationEnd: '1997-09-30' };

  test('the starting settings with a date in the file have none', () => {
    expect(settingProblems(ok, span)).toEqual({});
  });

  test.each<[Partial<typeof ok>, string, string]>([
    [{ horizonYears: '0.1' }, 'horizonYears', 'Enter a number of years from 0.25 to 10.'],
    [{ horizonYears: '1e1' }, 'horizonYears', 'Enter a number of years from 0.25 to 10.'],
    [{ discountPercent: '51' }, 'discountPercent', 'Enter a yearly rate from 0% to 50%.'],
    [{ marginPercent: '0' }, 'marginPercent', 'Enter a margin above 0% and up to 100%.'],
    [{ marginPercent: '101%' }, 'marginPercent', 'Enter a margin above 0% and up to 100%.'],
    [{ calibrationEnd: '1997-13-01' }, 'calibrationEnd', 'Enter a date as yyyy-mm-dd.'],
    [
      { calibrationEnd: '1997-01-01' },
      'calibrationEnd',
      'Choose a date after 1997-01-01 and up to 1998-06-30, the last date in the file.',
    ],
    [
      { calibrationEnd: '1998-07-01' },
      'calibrationEnd',
      'Choose a date after 1997-01-01 and up to 1998-06-30, the last date in the file.',
    ],
  ])('%j: a problem beside %s', (change, field, message) => {
    expect(settingProblems({ ...ok, ...change }, span)).toEqual({ [field]: message });
  });

  test('percent signs and decimal commas are accepted as typed', () => {
    expect(settingProblems({ ...ok, discountPercent: '7,5 %', marginPercent: '30%' }, span)).toEqual({});
    expect(settingsForAnalysis({ ...ok, discountPercent: '7,5 %', marginPercent: '30%' })).toMatchObject({
      annualDiscountRate: 0.075,
      margin: 0.3,
    });
  });
});

describe('settingsForAnalysis', () => {
  test('one year is 52.18 weeks; rates become fractions', () => {
    expect(settingsForAnalysis({ ...START_SETTINGS, calibrationEnd: '1997-09-30' })).toEqual({
      calibrationEnd: dayNumber(1997, 9, 30),
      horizonWeeks: 52.18,
      annualDiscountRate: 0.1,
      margin: 0.3,
    });
  });

  test('nothing while a field is wrong', () => {
    expect(settingsForAnalysis(START_SETTINGS)).toBeUndefined();
    expect(settingsForAnalysis({ ...START_SETTINGS, calibrationEnd: '1997-09-30', marginPercent: '' })).toBeUndefined();
  });

  test('whatever is typed, the result is finite or nothing', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (horizonYears, discountPercent, marginPercent) => {
        const out = settingsForAnalysis({ calibrationEnd: '2020-01-01', horizonYears, discountPercent, marginPercent });
        if (out) {
          for (const value of Object.values(out)) expect(Number.isFinite(value)).toBe(true);
        }
      }),
    );
  });
});

describe('horizonInWords', () => {
  // The horizon the worker gets is rounded to 0.01 weeks (`settingsForAnalysis`), so whole years
  // arrive a little off and must still read as whole years.
  test.each<[string, string]>([
    ['1', 'the next year'],
    ['2', 'the next 2 years'],
    ['10', 'the next 10 years'],
    ['1.5', 'the next 1.5 years'],
    ['0.25', 'the next 0.25 years'],
  ])('a horizon of %s years is “%s”', (years, words) => {
    const weeks = settingsForAnalysis({
      ...START_SETTINGS,
      calibrationEnd: '1997-09-30',
      horizonYears: years,
    })?.horizonWeeks;
    expect(horizonInWords(weeks ?? NaN, 'en-US')).toBe(words);
  });
});

describe('startingCurrency', () => {
  const supported = ['USD', 'EUR', 'GBP', 'PLN', 'JPY', 'INR'] as const;
  test.each<[string | undefined, string | undefined, string]>([
    ['GBP', 'en-US', 'GBP'],
    ['CHF', 'en-GB', 'GBP'],
    [undefined, 'en-GB', 'GBP'],
    [undefined, 'de-DE', 'EUR'],
    [undefined, 'de', 'EUR'],
    [undefined, 'de-CH', 'USD'],
    [undefined, 'pl-PL', 'PLN'],
    [undefined, 'pl', 'PLN'],
    [undefined, 'ja', 'JPY'],
    [undefined, 'en-IN', 'INR'],
    [undefined, 'en-US', 'USD'],
    [undefined, 'en', 'USD'],
    [undefined, undefined, 'USD'],
  ])('file says %s, locale %s: %s', (fromFile, locale, currency) => {
    expect(startingCurrency(supported, fromFile, locale)).toBe(currency);
  });
});
