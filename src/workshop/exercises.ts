/**
 * The exercises a facilitator can put on a workshop agenda, with notes for running each one: the
 * four labs (each on its own page, `/labs/<id>/`) and the exercises that live inside a lesson
 * (lesson 3's threats and self-audit, the say–do gap poll, lesson 9's plan).
 *
 * Plain data, written from what the lessons and labs actually do. The suggested minutes are the
 * course's own suggestions for a room, not figures from a source; the only statistics quoted are
 * those the lessons cite, with their attribution. The tests check every lesson, heading and lab
 * named here against the lessons in `content/lessons/`.
 *
 * Exercise ids travel in agenda links (`exercise.threats`): never rename or reuse one.
 */
import type { LabId } from '../course/labs';

/** How to run an exercise, in plain words for the facilitator. */
export interface FacilitatorNotes {
  /** Why the room does it: what participants should leave with. */
  purpose: string;
  /** How the suggested minutes split up, and what to cut when time is short. */
  timing: string;
  /** How to bring the room back together and draw out what it found. */
  debrief: string;
  /** Questions to put to the room during or after the exercise. */
  questions: readonly string[];
}

export type ExerciseKind = 'lab' | 'exercise';

export interface WorkshopExercise {
  /** Stable id: a lab's id for a lab, otherwise the exercise's own. */
  id: string;
  kind: ExerciseKind;
  title: string;
  /** Suggested minutes for a workshop room (a suggestion, not from a source). */
  minutes: number;
  /** Slug of the lesson that teaches it (`/lessons/<slug>/`). */
  lesson: string;
  /** The page participants open: the lab page, or the lesson with the exercise's heading anchor. */
  path: string;
  /** For a lab, its id (`/labs/<id>/`). */
  lab?: LabId;
  /** The heading in the lesson where the exercise's steps are, as Starlight anchors it. */
  anchor: string;
  notes: FacilitatorNotes;
}

/** The lesson page of a slug, with an optional heading anchor. */
export function lessonPath(slug: string, anchor?: string): string {
  return `/lessons/${slug}/${anchor === undefined ? '' : `#${anchor}`}`;
}

export const WORKSHOP_EXERCISES: readonly WorkshopExercise[] = [
  {
    id: 'value-equation',
    kind: 'lab',
    lab: 'value-equation',
    title: 'Value equation lab: your offer against the market',
    minutes: 25,
    lesson: 'the-value-equation',
    path: '/labs/value-equation/',
    anchor: 'exercise-your-own-numbers',
    notes: {
      purpose:
        'Teams rate one offer and the competitor customers compare it with on Shaun Smith’s four terms (product quality, service quality, price, hassle) and find the lever that buys the most value. The point to leave with: removing hassle can be worth as much as cutting price, and usually costs the margin less.',
      timing:
        'About 5 minutes to choose the offer and the rival, 10 to rate both sides, 5 for the prediction and the reveal, 5 to name one hassle. Short of time, start every team from the same preset and skip the ratings.',
      debrief:
        'Put two or three teams’ links on the compare board. Ask each team which lever they predicted and which the lab ranked first; the surprises are the discussion. Then ask for the one hassle each team would remove, who would own it, and what price cut would buy the same value.',
      questions: [
        'Which lever did you predict would buy the most value, and what made the lab disagree?',
        'Where did your ratings come from: customer research, reviews, complaints, or a guess?',
        'What is your value-equivalent price telling you: room to charge more, or a gap to close?',
        'Which one hassle would customers notice first if it were gone?',
      ],
    },
  },
  {
    id: 'threats',
    kind: 'exercise',
    title: 'How exposed are you? The six ways a satisfied customer is taken',
    minutes: 15,
    lesson: 'feeling-valued-beats-feeling-satisfied',
    path: lessonPath('feeling-valued-beats-feeling-satisfied', 'try-it-how-exposed-are-you'),
    anchor: 'try-it-how-exposed-are-you',
    notes: {
      purpose:
        'Surveys & Forecasts warns that even highly satisfied customers can be taken by a rival, and gives six ways: a lower price, more features, appeal to more users, more use cases, faster delivery, and variety. Each person guesses the threat their business is most exposed to, rates all six, and compares. Satisfaction protects against none of them.',
      timing:
        'About 2 minutes for the guess, 8 to rate the six threats, 5 to compare in pairs. Ask for the guess before anyone scrolls.',
      debrief:
        'Ask for a show of hands: whose considered ratings disagreed with their first guess? The lesson’s point is that a first guess is often the threat the leadership team talks about most, not the one customers would act on. Collect the threats rated most exposed on a flip chart and look for the pattern.',
      questions: [
        'Did your ratings agree with your first guess? If not, why did you guess the other one?',
        'Apart from the price, what would a customer lose by moving to the rival?',
        'Think of the last customer you lost to a rival: which of the six took them?',
      ],
    },
  },
  {
    id: 'self-audit',
    kind: 'exercise',
    title: 'Self-audit: do our customers feel valued?',
    minutes: 25,
    lesson: 'feeling-valued-beats-feeling-satisfied',
    path: lessonPath('feeling-valued-beats-feeling-satisfied', 'do-our-customers-feel-valued'),
    anchor: 'do-our-customers-feel-valued',
    notes: {
      purpose:
        'Twelve statements in four areas (what we measure, showing customers they matter, relationship over extraction, holding customers against rivals), each person alone, then compared. The profile puts the areas in order for a discussion; it is a reflection tool written for the course, not a validated scale, so never compare scores with another company or treat them as a measurement.',
      timing:
        'About 2 minutes for each person to predict their weakest area, 10 to audit alone without conferring, 13 to compare in groups of three to five. If time is short, compare only each person’s weakest area and number of “Don’t know” answers.',
      debrief:
        'Put the bands side by side, with each weakest area and the count of “Don’t know”. Take the statements where answers differ most and ask each person what they have seen that the others have not. Turn every “Don’t know” into a question: what would you need to learn, and from whom? End with one area and one action, with a person to own it.',
      questions: [
        'Which area did you predict would be weakest, and was it?',
        'Where do your answers differ most from a colleague’s, and what have you each seen?',
        'How would your best customers answer “Does this company appreciate my business?”, and how old is your evidence?',
        'Which “Don’t know” matters most, and who could answer it?',
      ],
    },
  },
  {
    id: 'ltv-roi',
    kind: 'lab',
    lab: 'ltv-roi',
    title: 'Lifetime ROI lab: take credit for the relationship',
    minutes: 30,
    lesson: 'take-credit-for-the-relationship',
    path: '/labs/ltv-roi/',
    anchor: 'exercise-your-own-campaign',
    notes: {
      purpose:
        'Teams credit one campaign with the lifetime value of the customers it won, not only their first sale, and see the payback year. Shiv Gupta says that for non-subscription businesses this credit can mean a 30–60% increase in ROI; the article does not say whether in points or relative terms, so the lab shows both readings. Use it as one practitioner’s rough guide, not a benchmark.',
      timing:
        'About 5 minutes for the predictions (the uplift in points, and the forecast that moves lifetime ROI most), 15 to enter a campaign or start from a preset, 10 to read the results and the sensitivity ranking. Leave referrals at 0 and skip the engagement-content section if time is short.',
      debrief:
        'Compare the teams’ lifetime ROI and payback year on the compare board. Ask which forecast the lab named as moving lifetime ROI most: that is the estimate to firm up before anyone shows finance the number. Ask which input a finance colleague would challenge first.',
      questions: [
        'How many points did you predict lifetime credit would add, and how many did it add?',
        'Where does your campaign fall against Gupta’s 30–60% on each reading?',
        'Which forecast moves lifetime ROI most, and what evidence do you have for it?',
        'What horizon and discount rate would you defend in front of your finance director?',
      ],
    },
  },
  {
    id: 'allocation',
    kind: 'lab',
    lab: 'allocation',
    title: 'Allocation lab: invest where the value potential is',
    minutes: 30,
    lesson: 'customer-service-is-not-customer-centricity',
    path: '/labs/allocation/',
    anchor: 'exercise-your-own-tiers',
    notes: {
      purpose:
        'Teams split a budget across customer tiers four ways, from treating everyone the same to the best split, following Peter Fader’s rule as Tim Suther relays it: invest in proportion to value potential. The starting tiers use Acxiom’s 17% upside for top-value customers and 34% for low-value ones; the rest of the numbers, and the response model, are the course’s illustration.',
      timing:
        'About 5 minutes to predict which strategy lifts value least and which tier the best split favours, 15 to enter the team’s own tiers or adjust the starting ones, 10 to read what equal treatment gives up and where the next dollar goes.',
      debrief:
        'Put the teams’ links on the compare board and compare the best split’s ROI. Ask what the “Treat everyone great” panel says equal spend gives up, and which tier gets more, or less, per customer than under equal spend. Then ask what every customer must keep receiving whatever the split: service stays the foundation.',
      questions: [
        'Which strategy did you expect to lift value least, and were you right?',
        'Where would the next dollar go, and would it earn more than it costs?',
        'If you halve or double one tier’s spend for half the upside, does the best split move a lot?',
        'Which tier would your head of customer service defend, and why?',
      ],
    },
  },
  {
    id: 'customer-base',
    kind: 'lab',
    lab: 'customer-base',
    title: 'Customer-base lab: where the future value sits',
    minutes: 30,
    lesson: 'know-your-customer-base',
    path: '/labs/customer-base/',
    anchor: 'exercise-your-own-purchase-log',
    notes: {
      purpose:
        'Participants load a purchase log (in a workshop, usually the public CDNOW sample) and see which customers are likely still active, how the expected future value is spread across deciles, and value tiers they can open in the allocation lab. Everything runs in the browser and nothing is uploaded; still, ask anyone using their own data to export customer numbers rather than names or email addresses.',
      timing:
        'About 3 minutes to predict the share of future value the top 10% hold, 10 to load the sample with “Try it with public data” and read the value by decile, 10 for P(alive) and the frequent buyers who went quiet, 7 to open the tiers in the allocation lab. Own logs take longer: set that as homework.',
      debrief:
        'Compare predictions of the top decile’s share with the chart. Ask who the frequent buyers with a low P(alive) are, and what a win-back conversation with them would sound like. Remind the room that the tiers’ potential is narrow (keeping and winning back customers, not more share of wallet) and that responsiveness is an assumption to replace.',
      questions: [
        'What share of future value did you expect the top 10% to hold?',
        'Which customers have gone quiet after buying often, and what happened?',
        'Where does the model miss when you hold out the end of the log?',
        'What would you need to know before trusting the tiers’ spend for half the upside?',
      ],
    },
  },
  {
    id: 'say-do-poll',
    kind: 'exercise',
    title: 'Say–do gap poll: leaders and front line',
    minutes: 20,
    lesson: 'closing-the-say-do-gap',
    path: lessonPath('closing-the-say-do-gap', 'try-it-poll-your-room'),
    anchor: 'try-it-poll-your-room',
    notes: {
      purpose:
        'The room answers Shaun Smith’s statement, “Leaders make decisions that are consistent with our customer experience strategy”, in two groups agreed in advance. In Smith’s survey of 550 Polish executives, 63% of senior managers agreed against 41% of non-managers; his post gives no group sizes, so that gap carries no interval. The calculator shows the room’s gap with its 95% interval, so a small room’s gap is not mistaken for a finding.',
      timing:
        'About 3 minutes to agree the groups and show the statement, 5 to collect anonymous answers and count, 2 to predict and enter the counts, 10 to discuss the decisions behind the answers.',
      debrief:
        'Open the calculator’s link on the projector. Read the interval before the gap: if it includes 0, say plainly that the room has not shown a gap yet, and that asking more people is the remedy. Whatever it says, ask the front line which two or three decisions most made them disagree, what each did to customers, and who owns it. Leaders listen first and explain afterwards.',
      questions: [
        'Before the counts go in: will this room show a clear gap?',
        'Which two or three decisions most made you disagree?',
        'What did each of those decisions do to customers: more hassle, a higher price, weaker service?',
        'How does what the front line sees of customers’ hassle reach the people who decide, and how long does it take?',
      ],
    },
  },
  {
    id: 'plan',
    kind: 'exercise',
    title: 'Your customer value plan: three commitments',
    minutes: 30,
    lesson: 'your-customer-value-plan',
    path: lessonPath('your-customer-value-plan', 'build-your-plan'),
    anchor: 'build-your-plan',
    notes: {
      purpose:
        'Each team turns the session into one page: their lab scenarios with headlines, their self-audit profile and most exposed threat, and three commitments (what we will measure, which hassle we will remove, where we will invest), each specific, owned and dated. The plan only shows what was done in that browser, so teams should build it on the device they used for the labs.',
      timing:
        'About 5 minutes to recall, from memory, the weakest area, the most exposed threat and the most surprising lab result, 20 to write the three commitments, 5 to test them. Print or save as PDF at the end.',
      debrief:
        'Ask each team to read out one commitment. Apply the lesson’s test: on the date, could someone who was not in the room tell whether it was kept? If not, make it more specific. Ask when the team will put Smith’s statement to leaders and front line again to check.',
      questions: [
        'Who owns this commitment, by name, and when will you check it worked?',
        'Which lesson does each commitment come from, and what evidence sits behind it?',
        'What will customers notice when the hassle is gone, and how will you know?',
        'When will you run the say–do poll again?',
      ],
    },
  },
];

/** The exercise with this id, if the course has one. */
export function findExercise(id: string): WorkshopExercise | undefined {
  return WORKSHOP_EXERCISES.find((exercise) => exercise.id === id);
}
