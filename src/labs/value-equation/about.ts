/** The value equation lab: what the course's pages and plan say of it. */
import { defineAbout } from '../lab';

export const valueEquationAbout = defineAbout({
  id: 'value-equation',
  title: 'Value equation',
  path: '/labs/value-equation/',
  lesson: { number: 2, title: 'The value equation', href: '/lessons/the-value-equation/' },
  island: 'ValueEquationLab',
  summary:
    'Rate your offer against a competitor’s on Shaun Smith’s value equation, find the lever that buys the most value, and share the scenario as a link.',
  scenario: true,
});
