/**
 * Lesson 3's predict-then-reveal exercise: the six ways a satisfied customer can be dislodged by a
 * rival, as *Customer Valued?* lists them. The learner first guesses which one their business is
 * most exposed to, then works through each with a prompt and rates their exposure; the reveal sets
 * the considered ratings against the first guess.
 *
 * Pure data and logic. Threat ids are stored on the learner's device and in exported files: never
 * rename or reuse one.
 */
import { joinWithAnd } from './text';

export type ThreatId = 'price' | 'features' | 'users' | 'use-cases' | 'speed' | 'variety';

/** How exposed the learner judges their business: 1 hardly, 2 somewhat, 3 very. */
export type Exposure = 1 | 2 | 3;

export const EXPOSURE_LABELS: Record<Exposure, string> = {
  1: 'Hardly exposed',
  2: 'Somewhat exposed',
  3: 'Very exposed',
};

export interface Threat {
  id: ThreatId;
  /** The rival's move, short (for the guess and the reveal). */
  name: string;
  /** The rival's move as a sentence. */
  move: string;
  /** The question to work through for one's own business. */
  prompt: string;
}

export const THREATS: readonly Threat[] = [
  {
    id: 'price',
    name: 'A lower price',
    move: 'A rival offers what you sell for less.',
    prompt: 'Apart from the price, what would a customer lose by moving to them? Would they know it before they moved?',
  },
  {
    id: 'features',
    name: 'More features or benefits',
    move: 'A rival’s product does more, or promises more benefits.',
    prompt: 'Which of your customers choose you from a feature list, and which because of how you treat them?',
  },
  {
    id: 'users',
    name: 'Appeal to more users',
    move: 'A rival’s product suits more of the people around your customer: the household, the team, the family.',
    prompt: 'Who else uses, pays for or influences the choice of what you sell, and do they feel valued by you?',
  },
  {
    id: 'use-cases',
    name: 'More use cases',
    move: 'A rival’s product covers more of the jobs your customer needs done.',
    prompt: 'What do your customers go elsewhere for today that a rival could bundle with what you do for them?',
  },
  {
    id: 'speed',
    name: 'Faster delivery',
    move: 'A rival delivers in less time.',
    prompt: 'Where do your customers wait on you, and does anyone tell them why, or thank them for waiting?',
  },
  {
    id: 'variety',
    name: 'Variety and changing tastes',
    move: 'A rival catches customers who want something new, or whose tastes have moved on.',
    prompt: 'What would give a long-standing customer something new from you before they go looking elsewhere?',
  },
];

const threatIds = new Set<string>(THREATS.map((t) => t.id));

export function isThreatId(value: unknown): value is ThreatId {
  return typeof value === 'string' && threatIds.has(value);
}

export function isExposure(value: unknown): value is Exposure {
  return value === 1 || value === 2 || value === 3;
}

export function threatById(id: ThreatId): Threat {
  const threat = THREATS.find((t) => t.id === id);
  if (!threat) throw new RangeError(`Unknown threat: ${id}`);
  return threat;
}

export interface ThreatReveal {
  /** Threats rated highest, in list order (ties included); empty when none is rated. */
  mostExposed: Threat[];
  /** The highest exposure rated. */
  top: Exposure | undefined;
  /** Threats not rated yet. */
  unrated: Threat[];
  /** How the first guess compares with the considered ratings. */
  verdict: 'no-guess' | 'matched' | 'shared' | 'different' | 'guess-unrated' | 'nothing-rated';
  guess: Threat | undefined;
}

/**
 * Sets the learner's considered ratings against their first guess. `matched`: the guess is the one
 * threat rated highest; `shared`: it ties with others for highest; `different`: another threat was
 * rated higher; `guess-unrated`: the guessed threat has no rating yet.
 */
export function revealThreats(
  guess: ThreatId | undefined,
  exposure: Readonly<Partial<Record<ThreatId, Exposure>>>,
): ThreatReveal {
  const rated = THREATS.filter((t) => isExposure(exposure[t.id]));
  const unrated = THREATS.filter((t) => !isExposure(exposure[t.id]));
  const guessed = guess === undefined ? undefined : threatById(guess);
  if (rated.length === 0) {
    return { mostExposed: [], top: undefined, unrated, verdict: 'nothing-rated', guess: guessed };
  }
  const top = Math.max(...rated.map((t) => exposure[t.id] ?? 1)) as Exposure;
  const mostExposed = rated.filter((t) => exposure[t.id] === top);
  let verdict: ThreatReveal['verdict'];
  if (guessed === undefined) verdict = 'no-guess';
  else if (!isExposure(exposure[guessed.id])) verdict = 'guess-unrated';
  else if (exposure[guessed.id] !== top) verdict = 'different';
  else verdict = mostExposed.length === 1 ? 'matched' : 'shared';
  return { mostExposed, top, unrated, verdict, guess: guessed };
}

/** Threat names quoted and joined ("“A lower price” and “Faster delivery”"): some names contain "and". */
export function quoteThreats(threats: readonly Threat[]): string {
  return joinWithAnd(threats.map((t) => `“${t.name}”`));
}

/** What the comparison of the ratings with the first guess says, in a sentence or two. */
export function revealVerdict(reveal: ThreatReveal): string {
  const guess = reveal.guess ? quoteThreats([reveal.guess]) : '';
  const top = reveal.top === undefined ? '' : EXPOSURE_LABELS[reveal.top].toLowerCase();
  const most = quoteThreats(reveal.mostExposed);
  if (reveal.verdict === 'nothing-rated') return 'Rate at least one threat in step 2, then compare.';
  if (reveal.top === 1 && reveal.unrated.length === 0) {
    return (
      'You rated none of the six more than hardly exposed. Check that with colleagues who hear from customers ' +
      'who left: satisfied customers can still be taken by any of them.'
    );
  }
  switch (reveal.verdict) {
    case 'no-guess':
      return `You skipped the guess. Having worked through them, you rated ${most} highest (${top}).`;
    case 'guess-unrated':
      return `You guessed ${guess}, but have not rated it yet in step 2. So far you rated ${most} highest (${top}).`;
    case 'matched':
      return `Your first instinct held: you guessed ${guess}, and after working through all of them you still rate it the threat you are most exposed to (${top}).`;
    case 'shared':
      return `Your guess, ${guess}, ties for the top with ${quoteThreats(reveal.mostExposed.filter((t) => t.id !== reveal.guess?.id))} (${top}). Your instinct found one exposure, but not the only one.`;
    case 'different':
      return `Working through them changed the picture: you guessed ${guess}, but rated ${most} higher (${top}). The threat you think of first is not always the one you are most exposed to.`;
  }
}

/** The walk-through in one line, for the plan: what was rated most exposed, and the first guess. */
export function exposureSummary(reveal: ThreatReveal): string | undefined {
  if (reveal.top === undefined) return undefined;
  const guess = reveal.guess ? ` First guess: ${quoteThreats([reveal.guess])}.` : '';
  if (reveal.top === 1)
    return `No threat rated above hardly exposed (${String(6 - reveal.unrated.length)} of 6 rated).${guess}`;
  return `Most exposed to ${quoteThreats(reveal.mostExposed)} (${EXPOSURE_LABELS[reveal.top].toLowerCase()}).${guess}`;
}
