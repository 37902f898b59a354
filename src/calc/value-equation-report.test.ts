import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perceivedValue, type Lever, type Offer } from './value-equation';
import {
  describeValueEquation,
  guessVerdict,
  rankingRevealed,
  valueEquationReport,
  type OfferNames,
} from './value-equation-report';

const names: OfferNames = {
  you: 'Your offer',
  competitor: 'The market',
  youIsDefault: true,
  competitorIsDefault: true,
};
const offer = (productQuality: number, serviceQuality: number, price: number, hassle: number): Offer => ({
  productQuality,
  serviceQuality,
  price,
  hassle,
});

function text(you: Offer, competitor: Offer, n: OfferNames = names) {
  return describeValueEquation(you, valueEquationReport(you, competitor), n, 'en');
}

describe('what the value equation lab says', () => {
  test.each([
    // you (7+6)/(6+5) = 1.1818; market (7+5)/(5+6) = 1.0909; ratio 1.0833; eq price 13/1.0909 − 5 = 6.9167
    [
      'the starting scenario: ahead, with room on price',
      offer(7, 6, 6, 5),
      offer(7, 5, 5, 6),
      'Customers get 1.08 times as much value from your offer as from the market.',
      '1.08 (you are ahead)',
      '6.92',
      'You could raise your price rating from 6 to 6.9 before losing your value advantage over the market.',
    ],
    // you 16/10 = 1.6; rival 12/6 = 2.0; ratio 0.8, shown as the rival's 1.25; eq 16/2 − 5 = 3; cut 2 ≤ hassle 5
    [
      'behind, and hassle can close the gap',
      offer(9, 7, 5, 5),
      offer(7, 5, 3, 3),
      'Customers get 1.25 times as much value from the market as from your offer.',
      '0.80 (you are behind)',
      '3.00',
      'To match the market, cut your price rating from 5 to 3, or cut hassle by the same 2 points: in the equation they weigh the same.',
    ],
    // you 10/9 = 1.111; market 16/6 = 2.667; eq 10/2.667 − 1 = 2.75; cut 8 − 2.75 = 5.25 > hassle 1
    [
      'behind, with too little hassle to cut',
      offer(5, 5, 8, 1),
      offer(8, 8, 3, 3),
      'Customers get 2.40 times as much value from the market as from your offer.',
      '0.42 (you are behind)',
      '2.75',
      'To match the market, cut your price rating from 8 to 2.7; hassle (1) is too low to close the gap on its own.',
    ],
    // you 2/10 = 0.2; market 20/2 = 10; eq 2/10 − 5 = −4.8; needed cost 0.2 ≥ 0.1
    [
      'even free would not match',
      offer(1, 1, 5, 5),
      offer(10, 10, 1, 1),
      'Customers get 50.00 times as much value from the market as from your offer.',
      '0.02 (you are behind)',
      '\u22124.80 (below the 0–10 scale)',
      'Even a free offer would not match the market: price and hassle together would have to fall from 10 to 0.2, so raise quality as well.',
    ],
    // you 17.5/10.5 = 1.667; rivals 15.5/13.5 = 1.148; eq 17.5/1.148 − 2.5 = 12.74
    [
      'ahead beyond the top of the price scale',
      offer(8.5, 9, 8, 2.5),
      offer(8.5, 7, 7.5, 6),
      'Customers get 1.45 times as much value from your offer as from the market.',
      '1.45 (you are ahead)',
      '12.74 (above the 0–10 scale)',
      'Even at the top of the price scale (10) customers would still get more value from you than from the market.',
    ],
    // you 13/11 = 1.1818; competitor 20/17 = 1.1765; ratio 1.0045 rounds to 1.00: level
    [
      'level when the ratio rounds to 1.00',
      offer(7, 6, 6, 5),
      offer(10, 10, 8.5, 8.5),
      'Customers get about the same value from your offer as from the market.',
      '1.00 (level)',
      '6.05',
      'Your price rating (6) is about where your value equals that of the market.',
    ],
  ])('%s', (_name, you, competitor, headline, relative, equivalent, sentence) => {
    expect(text(you, competitor)).toEqual({
      headline,
      relativeLabel: relative,
      equivalentLabel: equivalent,
      equivalentSentence: sentence,
    });
  });

  test.each([
    ['your offer has no quality', offer(0, 0, 5, 5), offer(7, 5, 5, 6), /^Customers get no value from your offer/],
    [
      'the competitor has no quality',
      offer(7, 6, 6, 5),
      offer(0, 0, 5, 5),
      /^The market gives customers no value at all/,
    ],
    ['neither has quality', offer(0, 0, 5, 5), offer(0, 0, 1, 1), /^Neither offer gives customers any value/],
  ])('when %s it says so in words, with no ratio', (_name, you, competitor, headline) => {
    const said = text(you, competitor);
    expect(said.headline).toMatch(headline);
    expect(JSON.stringify(said)).not.toMatch(/NaN|Infinity|∞/);
    expect(valueEquationReport(you, competitor).relative).toBeUndefined();
  });

  test('names the learner typed keep their capitals; default names are lower-cased mid-sentence', () => {
    const typed = { you: 'Our team', competitor: 'The Best Co', youIsDefault: false, competitorIsDefault: false };
    expect(text(offer(7, 6, 6, 5), offer(7, 5, 5, 6), typed).headline).toBe(
      'Customers get 1.08 times as much value from Our team as from The Best Co.',
    );
  });
});

describe('the lever ranking', () => {
  test('ties are marked and the best levers listed together', () => {
    // (8+6)/(5+5): a quality point gives 15/10 − 1.4 = 0.1, a cost point 14/9 − 1.4 = 0.156
    const report = valueEquationReport(offer(8, 6, 5, 5), offer(7, 5, 5, 6));
    expect(report.bestLevers).toEqual(['price', 'hassle']);
    expect(report.steps.map((s) => [s.lever, s.tied])).toEqual([
      ['price', false],
      ['hassle', true],
      ['productQuality', false],
      ['serviceQuality', true],
    ]);
  });

  test.each([
    ['a quality at 10', offer(10, 6, 5, 5), 'productQuality', 'already at the top of the scale'],
    ['a cost at 0', offer(7, 6, 0, 5), 'price', 'already at 0'],
    ['costs with no quality to divide', offer(0, 0, 5, 5), 'hassle', 'no gain while quality is 0'],
    ['a cost held by the 0.1 floor', offer(7, 6, 0, 0.1), 'hassle', 'price and hassle together cannot fall below 0.1'],
  ])('%s gains nothing, and the reason says why', (_name, you, lever, reason) => {
    const step = valueEquationReport(you, offer(7, 5, 5, 6)).steps.find((s) => s.lever === lever);
    expect(step).toMatchObject({ gain: 0, noGainReason: reason });
  });

  test('when no lever gains, there is no best lever', () => {
    expect(valueEquationReport(offer(0, 0, 0, 0.1), offer(7, 5, 5, 6)).bestLevers).toEqual([
      'productQuality',
      'serviceQuality',
    ]);
    expect(valueEquationReport(offer(10, 10, 0, 0.1), offer(7, 5, 5, 6)).bestLevers).toEqual([]);
  });
});

describe('advice a learner can follow', () => {
  test('the price the advice names, typed to one decimal, really matches or beats the competitor', () => {
    const rating = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
    const anOffer = fc
      .record({ productQuality: rating, serviceQuality: rating, price: rating, hassle: rating })
      .filter((o) => o.price + o.hassle > 0 && o.productQuality + o.serviceQuality > 0);
    fc.assert(
      fc.property(anOffer, anOffer, (you, competitor) => {
        const report = valueEquationReport(you, competitor);
        const said = describeValueEquation(you, report, names, 'en');
        const named = /price rating from [\d.]+ to ([\d.]+)/.exec(said.equivalentSentence)?.[1];
        if (named === undefined || report.standing === 'level') return;
        const advised = { ...you, price: Number(named) };
        if (advised.price + advised.hassle <= 0) return;
        const value = perceivedValue(advised);
        // Ahead: the raised price still keeps the advantage; behind: the cut price closes the gap.
        expect(value).toBeGreaterThanOrEqual(report.competitorValue - 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the verdict on a guess of the lever that buys the most value', () => {
  const market = offer(5, 5, 5, 5);
  // The lab's start, (7 + 6) ÷ (6 + 5) = 1.1818: one point off price or hassle gives 13 ÷ 10 = 1.3
  // (+0.118), one more point of either quality 14 ÷ 11 = 1.2727 (+0.091). Price and hassle tie.
  const start = valueEquationReport(offer(7, 6, 6, 5), market);
  // (10 + 5) ÷ (10 + 10) = 0.75: product quality is at the top; service quality gives 16 ÷ 20 = 0.8
  // (+0.05), a point off price 15 ÷ 19 = 0.789 (+0.039). Service quality alone wins.
  const service = valueEquationReport(offer(10, 5, 10, 10), market);
  // Both qualities at 10, price 0 and hassle at the 0.1 floor price + hassle may not go below.
  const stuck = valueEquationReport(offer(10, 10, 0, 0.1), market);

  test.each<[string, ReturnType<typeof valueEquationReport>, Lever, string]>([
    ['a right guess among two', start, 'price', 'Right: price ties with hassle for the most value per step.'],
    ['the other right guess', start, 'hassle', 'Right: hassle ties with price for the most value per step.'],
    [
      'a wrong guess against two',
      start,
      'serviceQuality',
      'Not this time: you guessed service quality, but price and hassle buy more.',
    ],
    ['a right guess alone', service, 'serviceQuality', 'Right: service quality buys the most value per step.'],
    ['a wrong guess against one', service, 'price', 'Not this time: you guessed price, but service quality buys more.'],
    [
      'any guess when no lever gains',
      stuck,
      'hassle',
      'No lever gains anything for this offer: every one is at the end of its scale or held by the rules.',
    ],
  ])('%s', (_, report, guess, verdict) => {
    expect(guessVerdict(report, guess)).toBe(verdict);
  });

  test.each([
    [start, 'Ranking revealed: price and hassle buy the most value for one step.'],
    [service, 'Ranking revealed: service quality buys the most value for one step.'],
    [stuck, 'Ranking revealed.'],
  ])('revealing the ranking says which levers win: %#', (report, said) => {
    expect(rankingRevealed(report)).toBe(said);
  });

  test('a guess is right exactly when it is among the levers that gain the most', () => {
    const rating = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.tuple(rating, rating, rating, rating),
        fc.constantFrom<Lever>('productQuality', 'serviceQuality', 'price', 'hassle'),
        ([pq, sq, p, h], guess) => {
          fc.pre(p + h >= 0.1);
          const report = valueEquationReport(offer(pq, sq, p, h), market);
          expect(guessVerdict(report, guess).startsWith('Right:')).toBe(report.bestLevers.includes(guess));
        },
      ),
    );
  });
});
