/**
 * The hands-on labs the course's stable URLs reserve (DESIGN.md, "Stable URLs"). A lesson names the
 * lab it embeds with one of these ids in its frontmatter (`lesson.lab`); the id is also the last
 * segment of the lab's standalone page, `/labs/<id>/`.
 */
export const labIds = ['value-equation', 'ltv-roi', 'allocation', 'customer-base'] as const;
export type LabId = (typeof labIds)[number];

/** The standalone page of a lab. */
export function labPath(id: LabId): string {
  return `/labs/${id}/`;
}
