import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_FRAGMENT_LENGTH,
  decodeScenario,
  defineScenario,
  encodeScenario,
  isScenarioFragment,
  validateScenario,
} from './codec';
import { choiceField, cleanText, numberField, textField } from './fields';
import { goldenLinks } from './fixtures/golden-links';
import { currentVersion, decode, defaults, encode, scenarioDefinition, scenarioLabs } from './index';
import { valueEquationScenario, type ValueEquationState } from './labs/value-equation';

const lab = 'value-equation';
const start = defaults(lab);

const rating = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
const offer = fc
  .record({ productQuality: rating, serviceQuality: rating, price: rating, hassle: rating })
  .filter((o) => o.price + o.hassle > 0);
const name = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => cleanText(s, 40));
const validState: fc.Arbitrary<ValueEquationState> = fc.record({
  yourName: name,
  you: offer,
  competitorName: name,
  competitor: offer,
});

describe('encoding', () => {
  test('the starting state opens from an empty fragment with nothing to report', () => {
    expect(decode(lab, '')).toEqual({ state: start, issues: [] });
    expect(decode(lab, '#')).toEqual({ state: start, issues: [] });
  });

  test('a state is written with the version first and every field in a fixed order', () => {
    expect(encode(lab, start)).toBe('v=1&yn=Your%20offer&pq=7&sq=6&p=6&h=5&cn=The%20market&cpq=7&csq=5&cp=5&ch=6');
  });

  test('any valid state survives the round trip through a link, and the same state always gives the same link', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const fragment = encode(lab, state);
        const back = decode(lab, fragment);
        expect(back.issues).toEqual([]);
        expect(back.state).toEqual(state);
        expect(encode(lab, structuredClone(state))).toBe(fragment);
        expect(encode(lab, back.state)).toBe(fragment);
      }),
      { numRuns: 2000 },
    );
  });

  test('an invalid state is refused with the field named, since it can only be a bug', () => {
    expect(() => encode(lab, { ...start, you: { ...start.you, price: 11 } })).toThrow(
      /you\.price: your price must be at most 10/,
    );
    expect(() => encode(lab, { ...start, you: { ...start.you, price: 0, hassle: 0 } })).toThrow(RangeError);
  });

  test.each([
    ['#v=1&pq=3', true],
    ['v=1&pq=3', true],
    ['#pq=3&v=1', true],
    ['#pq=', true],
    ['#the-value-equation', false],
    ['#pq&v=1', false],
    ['#=3', false],
    ['#&v=1', false],
    ['#', false],
    ['', false],
  ])('a fragment is a scenario when its first part is key=value: %j → %s', (fragment, expected) => {
    expect(isScenarioFragment(fragment)).toBe(expected);
  });
});

describe('decoding arbitrary text', () => {
  const keys = ['v', 'yn', 'pq', 'sq', 'p', 'h', 'cn', 'cpq', 'csq', 'cp', 'ch', '__proto__', 'constructor'];
  const pair = fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double().map(String), rating.map(String)));
  const linkish = fc.array(pair, { maxLength: 14 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

  test('never throws, and always gives a complete, valid state (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), linkish, fc.webFragments()), (fragment) => {
        const { state, issues } = decode(lab, fragment);
        expect(validateScenario(valueEquationScenario, state)).toEqual([]);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      }),
      { numRuns: 10_000 },
    );
    // CPU-bound: give it room on a busy two-core machine (it takes about a second when idle).
  }, 30_000);
});

// What Object.prototype holds before any link is read: a polluting link would add to it.
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile and broken links', () => {
  const base = 'v=1&yn=Your%20offer&pq=7&sq=6&p=6&h=5&cn=The%20market&cpq=7&csq=5&cp=5&ch=6';
  const withParam = (key: string, value: string): string =>
    base.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${key}=${value}`);

  test.each<[string, string, Partial<Record<string, unknown>>, RegExp[]]>([
    [
      'a script tag in a name is kept as plain text',
      withParam('cn', encodeURIComponent('<script>alert(1)</script>')),
      { competitorName: '<script>alert(1)</script>' },
      [],
    ],
    [
      'an event handler in a name is kept as plain text',
      withParam('yn', encodeURIComponent('<img src=x onerror=alert(1)>')),
      { yourName: '<img src=x onerror=alert(1)>' },
      [],
    ],
    [
      'a name over 40 characters is shortened',
      withParam('yn', 'A'.repeat(80)),
      { yourName: 'A'.repeat(40) },
      [/shortened/],
    ],
    ['__proto__ and constructor keys are ignored', `${base}&__proto__=1&constructor=2`, {}, []],
    [
      'NaN falls back to the default',
      withParam('pq', 'NaN'),
      { 'you.productQuality': 7 },
      [/“NaN” is not a number, so it was reset to 7/],
    ],
    ['Infinity falls back', withParam('p', 'Infinity'), { 'you.price': 6 }, [/Your price: “Infinity” is not a number/]],
    ['-Infinity falls back', withParam('h', '-Infinity'), { 'you.hassle': 5 }, [/not a number/]],
    [
      '1e308 is above the maximum',
      withParam('cpq', '1e308'),
      { 'competitor.productQuality': 7 },
      [/above the maximum of 10/],
    ],
    [
      'a negative rating is below the minimum',
      withParam('csq', '-3'),
      { 'competitor.serviceQuality': 5 },
      [/below the minimum of 0/],
    ],
    ['an empty value falls back', withParam('sq', ''), { 'you.serviceQuality': 6 }, [/was empty/]],
    [
      'words where a number belongs fall back',
      withParam('sq', 'lots'),
      { 'you.serviceQuality': 6 },
      [/“lots” is not a number/],
    ],
    [
      'a duplicate key keeps its first value',
      `${base}&pq=2`,
      { 'you.productQuality': 7 },
      [/Your product quality appeared more than once in the link; the first value was used/],
    ],
    [
      'an unknown newer version is read as the current one, with a warning',
      withParam('v', '999'),
      { 'you.productQuality': 7 },
      [/comes from a newer version of this course/],
    ],
    [
      'a missing version is read as the current one',
      base.replace('v=1&', ''),
      { 'you.price': 6 },
      [/does not say which version of the course made it/],
    ],
    [
      'a nonsense version is read as the current one',
      withParam('v', 'abc'),
      {},
      [/version mark “abc” is not one this course uses/],
    ],
    [
      'broken percent-encoding resets only that field',
      withParam('yn', '%E0%A4%A'),
      { yourName: 'Your offer', 'you.price': 6 },
      [/could not be read/],
    ],
    [
      'price and hassle both 0 reset both, since value would be unbounded',
      withParam('p', '0').replace('h=5', 'h=0'),
      { 'you.price': 6, 'you.hassle': 5 },
      [
        /^Your price and hassle cannot both be 0 \(value would be unbounded\), so the lab set your price to 6 and your hassle to 5\.$/,
      ],
    ],
    ['a rating with too many decimals is rounded', withParam('pq', '7.25'), { 'you.productQuality': 7.3 }, []],
    ['hexadecimal is not a number here', withParam('pq', '0x10'), { 'you.productQuality': 7 }, [/not a number/]],
  ])('%s', (_name, fragment, expected, messages) => {
    const { state, issues } = decode(lab, fragment);
    expect(validateScenario(valueEquationScenario, state)).toEqual([]);
    for (const [path, value] of Object.entries(expected)) {
      const actual = path.split('.').reduce<unknown>((obj, part) => (obj as Record<string, unknown>)[part], state);
      expect(actual, path).toEqual(value);
    }
    expect(issues.map((i) => i.message)).toEqual(messages.map((m) => expect.stringMatching(m) as unknown));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(Object.keys(state).sort()).toEqual(['competitor', 'competitorName', 'you', 'yourName']);
  });

  test('a 100 KB fragment is refused whole, with one explanation', () => {
    const { state, issues } = decode(lab, `${base}&pad=${'x'.repeat(100_000)}`);
    expect(state).toEqual(start);
    expect(issues).toEqual([
      { field: 'link', message: expect.stringMatching(/too long to be a scenario \(over 4 KB\)/) as unknown },
    ]);
    expect(decode(lab, `${base}&pad=${'x'.repeat(MAX_FRAGMENT_LENGTH - base.length - 5)}`).issues).toEqual([]);
  });
});

describe('format versions', () => {
  // A lab that renamed a field and changed a unit in version 2, and added a choice in version 3.
  const migrating = defineScenario<{ count: number; share: number; cur: 'EUR' | 'USD'; label: string }>({
    lab: 'test-lab',
    version: 3,
    fields: [
      {
        path: 'count',
        field: numberField({ key: 'count', label: 'the count', default: 1, min: 0, max: 1000, decimals: 0 }),
      },
      {
        path: 'share',
        field: numberField({ key: 'share', label: 'the share', default: 0.5, min: 0, max: 1, decimals: 2 }),
      },
      {
        path: 'cur',
        field: choiceField({ key: 'cur', label: 'the currency', default: 'EUR', options: ['EUR', 'USD'] }),
      },
      { path: 'label', field: textField({ key: 'l', label: 'the label', default: '', maxLength: 10 }) },
    ],
    migrations: {
      // v1 called the count `n` and gave the share in percent.
      1: (params) => {
        const next = new Map(params);
        const n = next.get('n');
        if (n !== undefined) next.set('count', n);
        next.delete('n');
        const pct = Number(next.get('share'));
        if (Number.isFinite(pct)) next.set('share', String(pct / 100));
        return next;
      },
      // v2 had no currency: its amounts were in US dollars.
      2: (params) => new Map([...params, ['cur', 'USD']]),
    },
  });

  test.each([
    ['v=1&n=12&share=25&l=Team%20A', { count: 12, share: 0.25, cur: 'USD', label: 'Team A' }],
    ['v=2&count=12&share=0.25&l=Team%20A', { count: 12, share: 0.25, cur: 'USD', label: 'Team A' }],
    ['v=3&count=12&share=0.25&cur=EUR&l=Team%20A', { count: 12, share: 0.25, cur: 'EUR', label: 'Team A' }],
  ])('a version-1, 2 or 3 link (%s) opens as the same scenario today', (fragment, state) => {
    expect(decodeScenario(migrating, fragment)).toEqual({ state, issues: [] });
  });

  test('a currency outside the list falls back', () => {
    expect(decodeScenario(migrating, 'v=3&cur=XYZ').issues[0]?.message).toMatch(/“XYZ” is not one of EUR, USD/);
  });

  test('a whole-number field refuses fractions', () => {
    expect(decodeScenario(migrating, 'v=3&count=2.5').issues[0]?.message).toMatch(/not a whole number/);
    expect(encodeScenario(migrating, { count: 3, share: 0.1, cur: 'USD', label: 'x' })).toBe(
      'v=3&count=3&share=0.1&cur=USD&l=x',
    );
  });

  test.each(scenarioLabs)('every released version of %s has golden links, and they still open as they did', (id) => {
    const rows = goldenLinks[id];
    const current = currentVersion(id);
    for (let version = 1; version <= current; version++) {
      expect(
        rows.some((row) => row.version === version),
        `a golden link for version ${version}`,
      ).toBe(true);
    }
    for (const row of rows) expect(decode(id, row.fragment)).toEqual({ state: row.state, issues: [] });
  });
});

describe('migrations', () => {
  test.each(scenarioLabs)('%s has a migration from every older version to the next', (id) => {
    const definition = scenarioDefinition(id);
    for (let version = 1; version < definition.version; version++) {
      expect(definition.migrations?.[version], `migration from version ${version}`).toBeTypeOf('function');
    }
  });

  test('a migration that fails does not break decoding', () => {
    const fragile = defineScenario<{ n: number }>({
      lab: 'fragile',
      version: 2,
      fields: [{ path: 'n', field: numberField({ key: 'n', label: 'n', default: 1, min: 0, max: 9, decimals: 0 }) }],
      migrations: {
        1: () => {
          throw new Error('cannot migrate');
        },
      },
    });
    const { state, issues } = decodeScenario(fragile, 'v=1&n=4');
    expect(state).toEqual({ n: 4 });
    expect(issues[0]?.message).toMatch(/could not be fully updated/);
  });
});
