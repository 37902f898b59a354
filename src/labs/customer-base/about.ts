/**
 * The customer-base lab: what the course's pages say of it. Its data stays on the learner's device
 * and never travels in a link, so it has no scenario, no place in the plan and none on the board.
 */
import { defineAbout } from '../lab';

export const customerBaseAbout = defineAbout({
  id: 'customer-base',
  title: 'Customer base',
  path: '/labs/customer-base/',
  lesson: { number: 7, title: 'Know your customer base', href: '/lessons/know-your-customer-base/' },
  island: 'CustomerBaseLab',
  summary:
    'Bring your own purchase log (or public data) and see, without it leaving your device, who is likely still active, where the future value sits, and tiers to invest across.',
  scenario: false,
});
