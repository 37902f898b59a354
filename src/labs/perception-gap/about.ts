/**
 * The say–do gap poll (lesson 8's perception-gap calculator): what the course's plan and board say
 * of it. It lives in its lesson, not on a page of its own, so its links open the lesson.
 */
import { defineAbout } from '../lab';

export const perceptionGapAbout = defineAbout({
  id: 'perception-gap',
  title: 'Say–do gap poll',
  path: '/lessons/closing-the-say-do-gap/',
  lesson: { number: 8, title: 'Closing the say–do gap', href: '/lessons/closing-the-say-do-gap/' },
  island: 'PerceptionGapCalculator',
  summary:
    'Poll two groups in the room on the same statement and see whether the gap between their answers is clear or could still be chance.',
  scenario: true,
});
