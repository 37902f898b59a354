/**
 * Everything the value equation lab shows, computed at once from the two offers, and the sentences
 * that explain it. Pure: the island only renders what this returns. Where a ratio cannot be
 * computed (an offer with no quality at all), the report says so in words instead of returning a
 * number, so the lab never shows NaN, Infinity or advice that cannot be followed.
 */
import {
  MIN_TOTAL_COST,
  RATING_MAX,
  leverGains,
  perceivedValue,
  valueEquivalentPrice,
  type Lever,
  type Offer,
} from './value-equation';
import { capitalise } from '../course/text';
import { formatFixedNumber, formatNumber } from '../course/format';

/** Relative values this close to 1 (they round to 1.00) count as the same value. */
const TIE = 0.005;

export interface LeverStep {
  lever: Lever;
  /** Value gained by one step of the lever the good way (never negative). */
  gain: number;
  /** Whether the gain equals the one ranked above it. */
  tied: boolean;
  /** Why a lever gains nothing, in words; `undefined` when it gains something. */
  noGainReason: string | undefined;
}

export interface ValueEquationReport {
  /** Your perceived value: qualities over costs. */
  yourValue: number;
  /** The competitor's perceived value. */
  competitorValue: number;
  /** Your value ÷ the competitor's; `undefined` when either value is 0 (the ratio says nothing then). */
  relative: number | undefined;
  /** `ahead`, `behind` or `level` when both offers have value; otherwise which side has none. */
  standing: 'ahead' | 'behind' | 'level' | 'you-no-value' | 'competitor-no-value' | 'neither-has-value';
  /** One step of each lever of your offer, best first. */
  steps: LeverStep[];
  /** The levers that buy the most value for one step (several when they tie); empty if none gains. */
  bestLevers: Lever[];
  /**
   * The price rating at which your value would equal the competitor's (may fall outside 0–10);
   * `undefined` when either offer has no value.
   */
  equivalentPrice: number | undefined;
}

function stepFor(offer: Offer, lever: Lever, gain: number): Omit<LeverStep, 'tied'> {
  if (gain > 0) return { lever, gain, noGainReason: undefined };
  const quality = offer.productQuality + offer.serviceQuality;
  let reason: string;
  if (lever === 'productQuality' || lever === 'serviceQuality') reason = 'already at the top of the scale';
  else if (offer[lever] === 0) reason = 'already at 0';
  else if (quality === 0) reason = 'no gain while quality is 0';
  else reason = `price and hassle together cannot fall below ${MIN_TOTAL_COST}`;
  return { lever, gain, noGainReason: reason };
}

/**
 * The lab's figures for two valid offers. Throws `RangeError` only for ratings outside the scale
 * or a price + hassle of 0, which the lab's inputs never let through.
 */
export function valueEquationReport(you: Offer, competitor: Offer): ValueEquationReport {
  const yourValue = perceivedValue(you);
  const competitorValue = perceivedValue(competitor);
  const both = yourValue > 0 && competitorValue > 0;
  const relative = both ? yourValue / competitorValue : undefined;
  let standing: ValueEquationReport['standing'];
  if (relative !== undefined) standing = Math.abs(relative - 1) < TIE ? 'level' : relative > 1 ? 'ahead' : 'behind';
  else if (yourValue === 0 && competitorValue === 0) standing = 'neither-has-value';
  else standing = yourValue === 0 ? 'you-no-value' : 'competitor-no-value';

  const steps: LeverStep[] = [];
  for (const { lever, gain } of leverGains(you)) {
    const previous = steps.at(-1);
    steps.push({
      ...stepFor(you, lever, gain),
      tied: previous !== undefined && Math.abs(previous.gain - gain) < 1e-12,
    });
  }
  const top = steps[0]?.gain ?? 0;
  const bestLevers = top > 0 ? steps.filter((s) => Math.abs(s.gain - top) < 1e-12).map((s) => s.lever) : [];

  return {
    yourValue,
    competitorValue,
    relative,
    standing,
    steps,
    bestLevers,
    equivalentPrice: both ? valueEquivalentPrice(you, competitor) : undefined,
  };
}

/** The levers as a sentence names them, mid-sentence. */
export const LEVER_NAMES: Record<Lever, string> = {
  productQuality: 'product quality',
  serviceQuality: 'service quality',
  price: 'price',
  hassle: 'hassle',
};

function leverList(levers: readonly Lever[]): string {
  return levers.map((lever) => LEVER_NAMES[lever]).join(' and ');
}

/**
 * What the lab says to the learner's guess of the lever that buys the most value for one step, once
 * the ranking of `report` (the offer the guess was made for) is revealed.
 */
export function guessVerdict(report: ValueEquationReport, guess: Lever): string {
  const winners = report.bestLevers;
  if (winners.length === 0) {
    return 'No lever gains anything for this offer: every one is at the end of its scale or held by the rules.';
  }
  if (!winners.includes(guess)) {
    return `Not this time: you guessed ${LEVER_NAMES[guess]}, but ${leverList(winners)} ${winners.length > 1 ? 'buy' : 'buys'} more.`;
  }
  return winners.length > 1
    ? `Right: ${LEVER_NAMES[guess]} ties with ${leverList(winners.filter((w) => w !== guess))} for the most value per step.`
    : `Right: ${LEVER_NAMES[guess]} buys the most value per step.`;
}

/** What a screen reader hears when the ranking is revealed. */
export function rankingRevealed(report: ValueEquationReport): string {
  const winners = report.bestLevers;
  return winners.length === 0
    ? 'Ranking revealed.'
    : `Ranking revealed: ${leverList(winners)} ${winners.length > 1 ? 'buy' : 'buys'} the most value for one step.`;
}

/** How the lab names things in sentences; `isDefault` names are lower-cased mid-sentence. */
export interface OfferNames {
  you: string;
  competitor: string;
  youIsDefault: boolean;
  competitorIsDefault: boolean;
}

export interface ValueEquationText {
  /** One sentence: who gives customers more value, and how many times as much. */
  headline: string;
  /** The relative value as a short label: "1.08 (you are ahead)". */
  relativeLabel: string;
  /** The value-equivalent price as a short label: "6.92", "12.74 (above the 0–10 scale)". */
  equivalentLabel: string;
  /** What the value-equivalent price means for you, as advice that can be followed. */
  equivalentSentence: string;
}

/** Down to one decimal, the precision a learner can type: advice rounded this way can be followed. */
function floorTenth(x: number): number {
  return Math.floor(x * 10 + 1e-9) / 10;
}

function ceilTenth(x: number): number {
  return Math.ceil(x * 10 - 1e-9) / 10;
}

/** The sentences and labels the lab shows for a report. `locale` formats the numbers. */
export function describeValueEquation(
  you: Offer,
  report: ValueEquationReport,
  names: OfferNames,
  locale?: string,
): ValueEquationText {
  const one = { format: (v: number): string => formatNumber(v, 1, locale) };
  const two = { format: (v: number): string => formatFixedNumber(v, 2, locale) };
  const mine = names.youIsDefault ? names.you.toLowerCase() : names.you;
  const theirs = names.competitorIsDefault ? names.competitor.toLowerCase() : names.competitor;
  const { relative, equivalentPrice: eq } = report;

  switch (report.standing) {
    case 'neither-has-value':
      return {
        headline: 'Neither offer gives customers any value: both have product and service quality at 0.',
        relativeLabel: 'not defined (no value on either side)',
        equivalentLabel: 'not defined',
        equivalentSentence: 'Raise quality first: with no quality, cutting price or hassle adds nothing.',
      };
    case 'you-no-value':
      return {
        headline: `Customers get no value from ${mine}: its product and service quality are both 0.`,
        relativeLabel: 'not defined (your value is 0)',
        equivalentLabel: 'not defined',
        equivalentSentence: `No price or hassle cut can help while quality is 0: raise quality to compete with ${theirs}.`,
      };
    case 'competitor-no-value':
      return {
        headline: `${capitalise(theirs)} gives customers no value at all (both its qualities are 0), so any value you offer beats it.`,
        relativeLabel: `not defined (${theirs} has no value)`,
        equivalentLabel: 'not defined',
        equivalentSentence: `With no value on ${theirs}’s side there is no price to match.`,
      };
    default:
      break;
  }
  if (relative === undefined || eq === undefined) throw new RangeError('report: both offers must have value here');

  const price = one.format(you.price);
  const headline =
    report.standing === 'level'
      ? `Customers get about the same value from ${mine} as from ${theirs}.`
      : report.standing === 'ahead'
        ? `Customers get ${two.format(relative)} times as much value from ${mine} as from ${theirs}.`
        : `Customers get ${two.format(1 / relative)} times as much value from ${theirs} as from ${mine}.`;
  const relativeLabel = `${two.format(relative)} (${
    report.standing === 'level' ? 'level' : report.standing === 'ahead' ? 'you are ahead' : 'you are behind'
  })`;
  const equivalentLabel =
    eq > RATING_MAX
      ? `${two.format(eq)} (above the 0–10 scale)`
      : eq < 0
        ? `${two.format(eq)} (below the 0–10 scale)`
        : two.format(eq);

  let equivalentSentence: string;
  if (report.standing === 'level') {
    equivalentSentence = `Your price rating (${price}) is about where your value equals that of ${theirs}.`;
  } else if (report.standing === 'ahead') {
    equivalentSentence =
      eq > RATING_MAX
        ? `Even at the top of the price scale (10) customers would still get more value from you than from ${theirs}.`
        : `You could raise your price rating from ${price} to ${one.format(floorTenth(eq))} before losing your value advantage over ${theirs}.`;
  } else {
    const cut = you.price - eq;
    if (eq >= 0) {
      equivalentSentence =
        you.hassle >= cut
          ? `To match ${theirs}, cut your price rating from ${price} to ${one.format(floorTenth(eq))}, or cut hassle by the same ${one.format(ceilTenth(cut))} points: in the equation they weigh the same.`
          : `To match ${theirs}, cut your price rating from ${price} to ${one.format(floorTenth(eq))}; hassle (${one.format(you.hassle)}) is too low to close the gap on its own.`;
    } else {
      const quality = you.productQuality + you.serviceQuality;
      const neededCost = quality / report.competitorValue;
      equivalentSentence =
        neededCost >= MIN_TOTAL_COST
          ? `Even a free offer would not match ${theirs}: price and hassle together would have to fall from ${one.format(you.price + you.hassle)} to ${one.format(floorTenth(neededCost))}, so raise quality as well.`
          : `No cut in price or hassle can match ${theirs}: raise quality.`;
    }
  }
  return { headline: capitalise(headline), relativeLabel, equivalentLabel, equivalentSentence };
}
