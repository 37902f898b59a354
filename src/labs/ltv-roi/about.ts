/** The lifetime ROI lab: what the course's pages and plan say of it. */
import { defineAbout } from '../lab';

export const ltvRoiAbout = defineAbout({
  id: 'ltv-roi',
  title: 'Lifetime ROI',
  path: '/labs/ltv-roi/',
  lesson: {
    number: 4,
    title: 'Take credit for the relationship',
    href: '/lessons/take-credit-for-the-relationship/',
  },
  island: 'LtvRoiLab',
  summary:
    'Credit a campaign with the lifetime value of the customers it brought, not just their first sale, and see payback, what moves ROI most and what engagement content earns.',
  scenario: true,
});
