/** The customer value allocation lab: what the course's pages and plan say of it. */
import { defineAbout } from '../lab';

export const allocationAbout = defineAbout({
  id: 'allocation',
  title: 'Customer value allocation',
  path: '/labs/allocation/',
  lesson: {
    number: 6,
    title: 'Customer service is not customer centricity',
    href: '/lessons/customer-service-is-not-customer-centricity/',
  },
  island: 'AllocationLab',
  summary:
    'Split a budget across your customer tiers four ways, from treating everyone the same to investing where the value potential is, and see which lifts value most and why.',
  scenario: true,
});
