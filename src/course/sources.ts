/**
 * The five articles the course is built from, and the specific claims the lessons use.
 *
 * This module is the single place a citation can point to: lessons cite `sourceId` (frontmatter
 * `sources`) and `sourceId#claimId` (the `<Cite>` component); the Sources page renders every entry
 * with an anchor per claim. Claims are paraphrased in our own words; `quote` holds at most one short
 * sentence of the author's own wording, always shown with attribution.
 *
 * Pure data and lookups: no Astro, DOM or store imports, so tests and the content schema can use it.
 */
import { SOURCE_SHORT_NAMES } from './source-names';

export interface SourceClaim {
  /** Stable anchor id, unique within its source (kebab-case). Part of public `/sources/#…` links. */
  id: string;
  /** The claim in our own words. */
  summary: string;
  /** An optional short verbatim quotation (one sentence at most) from the article. */
  quote?: string;
}

export interface Source {
  /** Stable id used in lesson frontmatter and in `/sources/#<id>` links (kebab-case). */
  id: string;
  title: string;
  author: string;
  /** How an inline citation names the source, e.g. "Smith". */
  short: string;
  /** How a sentence names the author, e.g. "Shaun Smith of smith+co". */
  credit: string;
  outlet: string;
  /** Where the original can be read, when the saved copy names it. */
  url?: string;
  /** What the article discusses, when it is a commentary on other work. */
  about?: string;
  /** Publication date as printed on the article, when the article gives one. */
  date?: string;
  /** One sentence on what the article argues, in our words. */
  gist: string;
  claims: SourceClaim[];
}

const sourceList = [
  {
    id: 'customer-valued',
    credit: 'Surveys & Forecasts',
    short: SOURCE_SHORT_NAMES['customer-valued'],
    title: 'Customer Valued?',
    author: 'Surveys & Forecasts, LLC',
    outlet: 'Surveys & Forecasts, LLC',
    gist:
      'Customer lifetime value and whether a customer feels valued can be polar opposites; ' +
      'feeling valued, not transactional satisfaction, is what keeps customers.',
    claims: [
      {
        id: 'feeling-valued-predicts-retention',
        summary:
          "In the firm's client work, a customer's sense of their own worth to the company predicted " +
          'retention far better than satisfaction or willingness to recommend.',
      },
      {
        id: 'satisfaction-is-transactional',
        summary:
          'Satisfaction and willingness to recommend are thin, “last click” measures of the latest ' +
          'transaction and miss the relationship.',
      },
      {
        id: 'nps-weak',
        summary: 'Net Promoter Score is especially weak here: its correlations with purchasing are always the lowest.',
      },
      {
        id: 'clv-vs-feeling-valued',
        summary:
          'A formulaic drive to extract maximum value (ROI, ROAS, upselling, “share of requirements”) ' +
          'creates no emotional stickiness, even over many successful transactions.',
      },
      {
        id: 'appreciate-my-business',
        summary:
          'The question a CMO should be able to answer on the customer’s behalf is whether the company ' +
          'appreciates their business; if you do not know, do path-to-purchase or other in-depth research, ' +
          'and test new programmes and reward structures.',
        quote: 'Does this company appreciate my business?',
      },
      {
        id: 'feeling-valued-is-sticky',
        summary:
          'For the customer, feeling valued creates a deeply internalised emotional connection that holds ' +
          'them far more strongly than any transaction does.',
        quote: 'an incredibly powerful sticky magnet for retention',
      },
      {
        id: 'longer-term-relationship',
        summary:
          'Marketing leaders should think about longer-term results and the customer’s perception of the ' +
          'relationship, rather than the transactional extraction of value.',
      },
      {
        id: 'satisfied-customers-dislodged',
        summary:
          'Even highly satisfied customers can be taken by a rival offering a lower price, more ' +
          'features, appeal to more users, more use cases, faster delivery, or by variety-seeking.',
      },
      {
        id: 'personalization-no-longer-differentiates',
        summary:
          'Now that every message is personalised (misfires like “Dear {FirstName}” aside), ' +
          'personalisation slowly stops being a competitive edge.',
      },
      {
        id: 'drucker-create-a-customer',
        summary: 'Peter Drucker: the purpose of a business is not to make a profit but to create a customer.',
      },
      {
        id: 'marketers-detached',
        summary:
          'Amid automation and AI, marketers risk losing touch with how customers actually perceive their ' +
          'business practices, products and services.',
      },
    ],
  },
  {
    id: 're-envisioning-customer-value',
    credit: 'Conversation Agent',
    short: SOURCE_SHORT_NAMES['re-envisioning-customer-value'],
    title: 'Re-envisioning Customer Value',
    author: 'Conversation Agent',
    outlet: 'Conversation Agent',
    about: 'A commentary on an Economist Intelligence Unit report sponsored by SAS.',
    gist:
      'Value marketing activities on customer value rather than on spend, and count the referral and ' +
      'network value of customers and fans who have not bought yet.',
    claims: [
      {
        id: 'marketing-as-profit-centre',
        summary:
          'Valuing activities on customer value instead of spend turns marketing into a profit centre: ' +
          'budgets based on customer income, returns measured on returning customers rather than ' +
          'one-time buyers, and the cost of money as one variable.',
      },
      {
        id: 'referral-and-network-value',
        summary:
          'Measuring only what a customer spends misses their referral value, even for a fan who has not ' +
          'bought yet; a valued member of a trusted network has more influence.',
      },
      {
        id: 'pg-connect-develop',
        summary:
          "Over 50% of P&G's products now involve significant collaboration with outsiders, through its " +
          'Connect + Develop open-innovation programme.',
      },
      {
        id: 'pg-vocalpoint',
        summary:
          'P&G’s Vocalpoint mothers’ network has over 600,000 members, and its insights feed ' +
          '“pricing from the shelf back”.',
      },
      {
        id: 'pricing-from-the-shelf-back',
        summary:
          'Under its “pricing from the shelf back” supply-chain policy, P&G first learns what customers are ' +
          'willing to pay for a product, then works out how to provide it at that price.',
      },
      {
        id: 'not-in-traditional-ratings',
        summary:
          'None of these P&G interactions (product ideas, community membership, pricing insight) would show ' +
          'up in traditional customer ratings, yet they plainly add to what a customer is worth to the business.',
      },
      {
        id: 'social-media-policy',
        summary:
          'Per the Institute of Internal Auditors, only 38% of organisations using social media have a ' +
          'policy governing it, and 71% of those do no formal training.',
      },
      {
        id: 'avoid-appearing-intrusive',
        summary:
          'Firms drawing value from engagement on the social Web must tread carefully, so that they do not ' +
          'come across as intrusive or inappropriate.',
      },
      {
        id: 'social-used-for-acquisition',
        summary:
          'Social media has made buyers more visible, yet firms still use it mostly for lead generation and ' +
          'acquisition; deep, profitable relationships with their most valuable customers there remain ' +
          'largely unexplored, and few firms have moved past experiments.',
      },
      {
        id: 'signal-and-noise',
        summary:
          'New ways of valuing customers pay off only if a firm can tell valuable business information from ' +
          'noise; many track matter-of-fact data points that yield no behavioural insight.',
      },
      {
        id: 'integrate-engagement',
        summary:
          'Senior executives should integrate customer engagement across departments to act on new insight ' +
          'into customer value, which takes organisational flexibility and giving up some control.',
      },
      {
        id: 'business-own-thinking',
        summary:
          'Conversation Agent’s own complaint about such reports: they say little about how the business ' +
          'thinks hard for itself, uncovers what it has not realised about itself and makes better decisions.',
      },
    ],
  },
  {
    id: 'budding-customer-relationship',
    credit: 'Shiv Gupta',
    short: SOURCE_SHORT_NAMES['budding-customer-relationship'],
    title: 'Can Marketers ID a Budding Customer Relationship?',
    author: 'Shiv Gupta',
    outlet: 'Quantum Sight LLC',
    gist:
      'Take credit for the lifetime value of new customers, not just the conversion, and measure ' +
      'the value of engagement content.',
    claims: [
      {
        id: 'credit-lifetime-value',
        summary:
          'Most marketers credit a campaign with the conversion, not the lifetime value of the customers it ' +
          'brings; for most non-subscription businesses, LTV credit can mean a 30 to 60 percent increase in ROI. ' +
          'Making lifetime value a KPI also makes teams think about which customers they want.',
      },
      {
        id: 'kpis-lag-the-shift',
        summary:
          'Many marketing departments are moving their main objective from sales conversion towards ' +
          'relationships, yet still measure from a conversion point of view, which matters because KPIs ' +
          'steer most business decisions.',
      },
      {
        id: 'subscription-multiples',
        summary:
          'In a subscription-type business, lifetime value can be several times the first sale; for most ' +
          'other businesses, Gupta writes, crediting it can still mean a 30 to 60 percent increase in ROI.',
      },
      {
        id: 'lifetime-value-kpi',
        summary:
          'More important than the credit is the change of view: with lifetime value among its KPIs, a team ' +
          'thinks harder about the customers it wants, and engagement, relevance and brand affinity stop ' +
          'being mere aspirations.',
      },
      {
        id: 'retention-bifurcates',
        summary:
          'Retention and repeat visits help as long-term measures but lack the whole view of lifetime value: ' +
          'they split new business from repeat business and leave little room to measure brand affinity or ' +
          'experience-driven loyalty among new customers.',
      },
      {
        id: 'measure-engagement-content',
        summary:
          'Engagement content such as a style guide that customers download and share signals intent and ' +
          'affinity; it should be measured and valued rather than lost in multi-touch attribution.',
      },
      {
        id: 'repeat-sales-too-late',
        summary:
          'Measuring only repeat sales, the final behaviour of a good relationship, comes too late in the ' +
          'experience journey; in a digital world the behaviour customers show along the way can often be measured.',
      },
    ],
  },
  {
    id: 'where-value-comes-from',
    credit: 'Shaun Smith',
    short: SOURCE_SHORT_NAMES['where-value-comes-from'],
    title: 'Where value comes from (Part 2)',
    author: 'Shaun Smith',
    outlet: 'smith+co',
    date: '14 December 2008',
    gist:
      '“Customer value” used to mean the value of the customer to the firm; its real meaning is the ' +
      'value the firm creates for the customer.',
    claims: [
      {
        id: 'old-meaning-cvm',
        summary:
          'For years customer value (as in Customer Value Management) meant the value of the customer to ' +
          'the organisation: segmenting by actual and potential value, measuring share of wallet and ' +
          'going after the gap.',
      },
      {
        id: 'half-the-equation',
        summary:
          'That view is only half of the equation; CRM done this way has alienated “valued” customers as ' +
          'suppliers using the same formulae target the same people.',
        quote: 'CRM really stands for ‘Constantly Receiving Mailshots’',
      },
      {
        id: 'value-for-the-customer',
        summary:
          'The real meaning of customer value is the value you create for the customer; starting from what ' +
          'you can get out of a customer gets you nowhere with savvy customers.',
      },
      {
        id: 'value-equation',
        summary:
          'Customer perceived value = (product quality + service quality) / (price + hassle, the cost of ' +
          'inconvenience). Smith asks that the equation be attributed when used.',
      },
      {
        id: 'lexus',
        summary:
          'Lexus entered the prestige car market by removing the hassle of ownership (free pick-up, loan ' +
          'cars, guaranteed residuals) and, Smith writes, has the highest customer-retention rating of any car brand.',
      },
      {
        id: 'say-do-gap',
        summary:
          'In a survey of 550 Polish executives, 63% of senior managers but only 41% of non-managers agreed ' +
          'that leaders decide consistently with the customer-experience strategy.',
      },
      {
        id: 'what-you-do-counts',
        summary:
          'The lesson Smith draws from that gap: however committed to the customer experience an organisation ' +
          'feels, what counts is what it actually does.',
        quote:
          'No matter how committed to the customer experience you feel your organization is, it is what you do that counts.',
      },
    ],
  },
  {
    id: 'service-vs-centric',
    credit: 'Tim Suther of Acxiom',
    short: SOURCE_SHORT_NAMES['service-vs-centric'],
    title: 'Why Customer Service Doesn’t Equal Customer Centric',
    author: 'Tim Suther (Acxiom)',
    outlet: 'Digiday',
    url: 'https://digiday.com/?p=23901',
    gist:
      'Customer centricity, after Peter Fader, means investing in proportion to customer value ' +
      'potential, which is not the same as great service for everyone.',
    claims: [
      {
        id: 'not-all-customers-equal',
        summary:
          'Peter Fader, as Suther quotes him, argues that customers differ in what they are worth, so a firm ' +
          'should not spread its best efforts evenly across all of them.',
      },
      {
        id: 'long-term-profit-aim',
        summary:
          'Asked for a long-range plan for profitable growth, a CMO should give extra attention and investment ' +
          'to the customers with the most potential value rather than treat every customer “great”; Fader calls ' +
          'customer centricity a strategy aimed at more profit over the long term.',
      },
      {
        id: 'invest-in-value-potential',
        summary:
          'Customer centricity means investing in proportion to customer value potential, stratifying ' +
          'engagement and moving customers into more valuable strata.',
      },
      {
        id: 'stratify-not-abandon',
        summary:
          'Suther does not propose turning away from any customers: know which ones buy more, could buy more or ' +
          'have more influence on the market and invest accordingly, and engage the rest in strata, working to ' +
          'move them into more valuable ones.',
        quote: 'I do not propose turning your back on certain customers.',
      },
      {
        id: 'upside-by-tier',
        summary:
          'Acxiom’s research: “top value” consumers still hold a 17% upside, and “low value” spenders a 34% ' +
          'upside if brought into higher-value tiers; 10 to 15 points of margin improvement are achievable on average.',
      },
      {
        id: 'no-single-signal',
        summary:
          'No single signal (purchases, search, or even stated intent) consistently predicts customer value; ' +
          'it takes insight across all relevant signals.',
      },
      {
        id: 'data-across-the-enterprise',
        summary:
          'Judging a customer’s value during an interaction, deciding what to do for each stratum and dialling ' +
          'investment up or down all rest on data from internal, external, online, offline and custom-research ' +
          'sources, which takes an enterprise data-management strategy to apply at scale: not simple, but achievable.',
      },
      {
        id: 'service-foundational',
        summary:
          'Great customer service remains a foundational part of a brand’s success, but optimising the value of ' +
          'the company means continually raising the value of its customer portfolio; Suther suggests assessing ' +
          'both.',
        quote: 'They are both vital, but different.',
      },
    ],
  },
] as const satisfies readonly Source[];

/** The five source articles, in the order the Sources page lists them. */
export const sources: readonly Source[] = sourceList;

/** Ids of all sources, for validating lesson frontmatter. */
export type SourceId = (typeof sourceList)[number]['id'];
export const sourceIds = sourceList.map((s) => s.id) as [SourceId, ...SourceId[]];

/** The source with this id, or `undefined`. Never reads an inherited property. */
export function findSource(id: string): Source | undefined {
  return sources.find((s) => s.id === id);
}

/** The anchor id of a claim on the Sources page: `<sourceId>--<claimId>`. */
export function claimAnchor(sourceId: string, claimId: string): string {
  return `${sourceId}--${claimId}`;
}

/** The id of a claim's first citation on a lesson page, for links back from the Sources page. */
export function citeAnchor(sourceId: string, claimId: string): string {
  return `cite-${claimAnchor(sourceId, claimId)}`;
}

/**
 * Looks up a claim by source and claim id; throws an `Error` naming both when either is unknown,
 * so a mistyped citation fails the build instead of producing a dead link.
 */
export function requireClaim(sourceId: string, claimId: string): { source: Source; claim: SourceClaim } {
  const source = findSource(sourceId);
  if (!source) {
    throw new Error(`Unknown source "${sourceId}". Known sources: ${sourceIds.join(', ')}.`);
  }
  const claim = source.claims.find((c) => c.id === claimId);
  if (!claim) {
    throw new Error(
      `Unknown claim "${claimId}" in source "${sourceId}". Known claims: ${source.claims.map((c) => c.id).join(', ')}.`,
    );
  }
  return { source, claim };
}

/**
 * The citations an MDX lesson body makes with `<Cite source="…" claim="…" />`, in order of first use.
 * Used by the Sources page to say which lesson uses which claim.
 */
export function citationsIn(body: string): { sourceId: string; claimId: string }[] {
  const found: { sourceId: string; claimId: string }[] = [];
  const seen = new Set<string>();
  const tag = /<Cite\b([^>]*)\/?>/g;
  for (const match of body.matchAll(tag)) {
    const attrs = match[1] ?? '';
    const sourceId = /\bsource="([^"]+)"/.exec(attrs)?.[1];
    const claimId = /\bclaim="([^"]+)"/.exec(attrs)?.[1];
    if (!sourceId || !claimId) continue;
    const key = claimAnchor(sourceId, claimId);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ sourceId, claimId });
  }
  return found;
}
