/**
 * The hands-on labs. `labIds` are the ids the course's stable URLs reserve; a lesson names the
 * lab it embeds with one of them in its frontmatter (`lesson.lab`), and the id is also the last
 * segment of the lab's standalone page, `/labs/<id>/`. `publishedLabs` are the labs that exist
 * today, in course order: the home page and the sidebar list these.
 */
export const labIds = ['value-equation', 'ltv-roi', 'allocation', 'customer-base'] as const;
export type LabId = (typeof labIds)[number];

/** The standalone page of a lab. */
export function labPath(id: LabId): string {
  return `/labs/${id}/`;
}

export interface PublishedLab {
  id: LabId;
  title: string;
  /** The island's component name, as a lesson embeds it: `<ValueEquationLab client:visible embedded />`. */
  island: string;
  /** One sentence on what the learner does in it. */
  summary: string;
}

export const publishedLabs: readonly PublishedLab[] = [
  {
    id: 'value-equation',
    title: 'Value equation',
    island: 'ValueEquationLab',
    summary:
      'Rate your offer against a competitor’s on Shaun Smith’s value equation, find the lever that buys the most value, and share the scenario as a link.',
  },
  {
    id: 'ltv-roi',
    title: 'Lifetime ROI',
    island: 'LtvRoiLab',
    summary:
      'Credit a campaign with the lifetime value of the customers it brought, not just their first sale, and see payback, what moves ROI most and what engagement content earns.',
  },
  {
    id: 'allocation',
    title: 'Customer value allocation',
    island: 'AllocationLab',
    summary:
      'Split a budget across your customer tiers four ways, from treating everyone the same to investing where the value potential is, and see which lifts value most and why.',
  },
  {
    id: 'customer-base',
    title: 'Customer base',
    island: 'CustomerBaseLab',
    summary:
      'Bring your own purchase log (or public data) and see, without it leaving your device, who is likely still active, where the future value sits, and tiers to invest across.',
  },
];
