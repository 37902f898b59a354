/**
 * Lesson 3's self-audit, "Do our customers feel valued?": twelve statements in four areas that a
 * learner rates for their own company, scored into a profile that names the weakest areas and what
 * to try. A reflection tool built from the *Customer Valued?* article, not a validated scale: the
 * scores order the areas for discussion and mean nothing beyond that.
 *
 * Pure data and scoring: no DOM or store imports. Statement and area ids are stored on the learner's
 * device and in exported files, so they are part of a public format: never rename or reuse one.
 */
import { formatCount } from './format';
import { joinWithAnd } from './text';

/** Agreement, 1 (strongly disagree) to 5 (strongly agree), or "don't know". */
export type AuditAnswer = 1 | 2 | 3 | 4 | 5 | 'unknown';

export const AGREEMENT_LABELS: Record<Exclude<AuditAnswer, 'unknown'>, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither',
  4: 'Agree',
  5: 'Strongly agree',
};

export const UNKNOWN_LABEL = 'Don’t know';

export type AuditAreaId = 'measures' | 'appreciation' | 'relationship' | 'defence';

export interface AuditStatement {
  /** Stable id (stored). */
  id: string;
  text: string;
}

/** A citation of one claim on the Sources page (`src/course/sources.ts`). */
export interface ClaimRef {
  source: string;
  claim: string;
}

export interface AuditArea {
  id: AuditAreaId;
  title: string;
  statements: readonly AuditStatement[];
  /** What to try when the area is weak, in the article's spirit. */
  tryThis: string;
  /** Where the advice comes from. */
  basis: ClaimRef;
}

export const AUDIT_AREAS: readonly AuditArea[] = [
  {
    id: 'measures',
    title: 'What we measure',
    statements: [
      {
        id: 'm1',
        text: 'We measure whether customers feel valued by us, not only whether their last purchase satisfied them.',
      },
      { id: 'm2', text: 'We know which of our customer measures best predict whether customers buy from us again.' },
      {
        id: 'm3',
        text: 'Our leaders hear from customers directly, through research, visits or calls, not only through dashboards.',
      },
    ],
    tryThis:
      'Add a question on whether customers feel the company appreciates their business, then check which of your ' +
      'measures best predicts who buys again. Do not let satisfaction or NPS stand in for the relationship.',
    basis: { source: 'customer-valued', claim: 'feeling-valued-predicts-retention' },
  },
  {
    id: 'appreciation',
    title: 'Showing customers they matter',
    statements: [
      {
        id: 'a1',
        text: 'I could answer, on our customers’ behalf, the question “Does this company appreciate my business?”',
      },
      {
        id: 'a2',
        text: 'Our regular customers can see that their business matters to us, in ways that go beyond a personalised message.',
      },
      {
        id: 'a3',
        text: 'We have tested programmes or reward structures to learn what makes our customers feel valued.',
      },
    ],
    tryThis:
      'Commission path-to-purchase or other in-depth research into what would show customers that their business ' +
      'matters, then test new programmes and reward structures against retention.',
    basis: { source: 'customer-valued', claim: 'appreciate-my-business' },
  },
  {
    id: 'relationship',
    title: 'Relationship over extraction',
    statements: [
      { id: 'r1', text: 'Our goals for customers include more than ROI, ROAS, upselling and share of wallet.' },
      {
        id: 'r2',
        text: 'Customers who have bought from us many times feel a stronger bond with us than new customers do.',
      },
      {
        id: 'r3',
        text: 'When we set customer targets, we weigh the long-term relationship, not only this quarter’s sales.',
      },
    ],
    tryThis:
      'Put a measure of the relationship beside ROI and ROAS in the targets you review. Extracting more from each ' +
      'sale creates no emotional stickiness, however many sales go well.',
    basis: { source: 'customer-valued', claim: 'clv-vs-feeling-valued' },
  },
  {
    id: 'defence',
    title: 'Holding customers against rivals',
    statements: [
      { id: 'd1', text: 'If a rival offered a lower price, most of our customers would have a reason to stay.' },
      {
        id: 'd2',
        text: 'We know which customers would be tempted by more features, faster delivery or more uses elsewhere.',
      },
      {
        id: 'd3',
        text: 'We give long-standing customers something new before they go looking for variety elsewhere.',
      },
    ],
    tryThis:
      'Work through the six threats in this lesson for your most valuable customers, and for each name what, ' +
      'besides satisfaction, would keep them.',
    basis: { source: 'customer-valued', claim: 'satisfied-customers-dislodged' },
  },
];

/** Every statement, in the order the audit asks them. */
export const AUDIT_STATEMENTS: readonly AuditStatement[] = AUDIT_AREAS.flatMap((area) => area.statements);

const statementIds = new Set(AUDIT_STATEMENTS.map((s) => s.id));

/** Whether `id` names a statement of the audit. */
export function isStatementId(id: unknown): boolean {
  return typeof id === 'string' && statementIds.has(id);
}

/** Whether a value is an answer the audit accepts. */
export function isAuditAnswer(value: unknown): value is AuditAnswer {
  return value === 'unknown' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
}

/** A learner's answers by statement id. A statement without an entry is unanswered. */
export type AuditAnswers = Readonly<Record<string, AuditAnswer>>;

/** The band an area's score falls in. `unrated`: no statement in it rated (unanswered or don't know). */
export type AreaBand = 'strength' | 'mixed' | 'weak' | 'unrated';

/** Scores at or above this are a strength; at or above `MIXED_FROM` mixed; below it, weak. */
export const STRENGTH_FROM = 75;
export const MIXED_FROM = 50;

export interface AreaScore {
  area: AuditArea;
  /** Mean agreement of the rated statements on 0–100 (1 → 0, 3 → 50, 5 → 100); null when none rated. */
  score: number | null;
  band: AreaBand;
  rated: number;
  unknown: number;
}

export interface AuditProfile {
  areas: AreaScore[];
  /** Statements answered, don't know included. */
  answered: number;
  /** Statements rated on the agreement scale. */
  rated: number;
  unknown: number;
  total: number;
  /**
   * The lowest-scoring rated areas (ties included), when the lowest is below a strength; empty when
   * nothing is rated, when every rated area is a strength, or when two or more rated areas all score
   * the same (then none stands out: `allTied`).
   */
  weakest: AuditArea[];
  /** Two or more areas are rated and all score the same, below a strength. */
  allTied: boolean;
  /** Areas with answers but none rated: every answer in them was "don't know". */
  unknownAreas: AuditArea[];
}

/** The 0–100 points of one agreement answer. */
export function answerPoints(answer: Exclude<AuditAnswer, 'unknown'>): number {
  return ((answer - 1) / 4) * 100;
}

function bandOf(score: number | null): AreaBand {
  if (score === null) return 'unrated';
  if (score >= STRENGTH_FROM) return 'strength';
  return score >= MIXED_FROM ? 'mixed' : 'weak';
}

/**
 * Scores a learner's answers. Answers to unknown statement ids and values outside the scale are
 * ignored, so damaged stored data scores as if those statements were unanswered.
 */
export function scoreAudit(answers: AuditAnswers): AuditProfile {
  const areas = AUDIT_AREAS.map((area): AreaScore => {
    let sum = 0;
    let rated = 0;
    let unknown = 0;
    for (const { id } of area.statements) {
      const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
      if (answer === 'unknown') unknown += 1;
      else if (isAuditAnswer(answer)) {
        sum += answerPoints(answer);
        rated += 1;
      }
    }
    const score = rated === 0 ? null : sum / rated;
    return { area, score, band: bandOf(score), rated, unknown };
  });
  const scored = areas.filter((a): a is AreaScore & { score: number } => a.score !== null);
  const lowest = Math.min(...scored.map((a) => a.score));
  const lowestAreas = scored.filter((a) => Math.abs(a.score - lowest) < 1e-9).map((a) => a.area);
  const allTied = scored.length > 1 && lowestAreas.length === scored.length && lowest < STRENGTH_FROM;
  const weakest = scored.length > 0 && lowest < STRENGTH_FROM && !allTied ? lowestAreas : [];
  const rated = areas.reduce((n, a) => n + a.rated, 0);
  const unknown = areas.reduce((n, a) => n + a.unknown, 0);
  return {
    areas,
    answered: rated + unknown,
    rated,
    unknown,
    total: AUDIT_STATEMENTS.length,
    weakest,
    allTied,
    unknownAreas: areas.filter((a) => a.rated === 0 && a.unknown > 0).map((a) => a.area),
  };
}

/** The words for a band, as the profile shows them. */
export const BAND_LABELS: Record<AreaBand, string> = {
  strength: 'Strength',
  mixed: 'Mixed',
  weak: 'Weak spot',
  unrated: 'Not rated yet',
};

/** A profile in words: what the scores rest on, each area's score, the advice and the "don't know" note. */
export interface ProfileWords {
  /** What the scores rest on, and that they are a reflection, not a measurement. */
  basis: string;
  /** Each area's score as the list shows it, in the profile's order. */
  scores: string[];
  /** "Weakest area: Recognition." when one or more areas stand out. */
  weakest: string | undefined;
  /** What to say when no area stands out: all tied, or none below a strength. */
  noWeakest: string | undefined;
  /** What the "don't know" answers say, when there are any. */
  unknown: string | undefined;
}

export function describeProfile(profile: AuditProfile): ProfileWords {
  return {
    basis:
      `Based on ${formatCount(profile.rated, 'rated statement', 'rated statements')} of ${String(profile.total)}` +
      (profile.unknown > 0 ? ` (and ${formatCount(profile.unknown, '“don’t know”', '“don’t know”s')})` : '') +
      '. A reflection tool, not a validated scale: the scores only order the areas for discussion.',
    scores: profile.areas.map(({ score, band, unknown }) =>
      score !== null
        ? `${String(Math.round(score))} of 100 · ${BAND_LABELS[band]}`
        : unknown > 0
          ? 'All “don’t know”'
          : BAND_LABELS.unrated,
    ),
    weakest:
      profile.weakest.length > 0
        ? `${profile.weakest.length === 1 ? 'Weakest area: ' : 'Weakest areas (tied): '}${joinWithAnd(profile.weakest.map((a) => a.title))}.`
        : undefined,
    noWeakest:
      profile.weakest.length > 0
        ? undefined
        : profile.allTied
          ? 'Every area you rated scores the same, so none stands out as the weakest. Ask which statements your colleagues would answer differently: that is where to start.'
          : profile.rated > 0
            ? 'No area you rated falls below a strength. Check that with colleagues who see customers from another seat, such as service or sales, before you rely on it.'
            : undefined,
    unknown:
      profile.unknown > 0
        ? `You answered “${UNKNOWN_LABEL.toLowerCase()}” to ${formatCount(profile.unknown, 'statement', 'statements')}` +
          (profile.unknownAreas.length > 0
            ? ` (every statement in ${joinWithAnd(profile.unknownAreas.map((a) => a.title))})`
            : '') +
          '. Not knowing is a finding too: path-to-purchase or other in-depth research can tell you.'
        : undefined,
  };
}
