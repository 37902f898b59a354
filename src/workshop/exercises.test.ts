import { describe, expect, test } from 'vitest';
import { publishedLabs } from '../course/labs';
import { WORKSHOP_EXERCISES, findExercise, lessonPath } from './exercises';
import { headingAnchors, lessonFiles } from './test-support';

const lessons = lessonFiles();

describe('workshop exercises', () => {
  test('ids are unique, so an agenda link names one exercise', () => {
    const ids = WORKSHOP_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the kit offers every published lab and the exercises the lessons hold', () => {
    expect(
      WORKSHOP_EXERCISES.filter((e) => e.kind === 'lab')
        .map((e) => e.lab)
        .sort(),
    ).toEqual(publishedLabs.map((l) => l.id).sort());
    expect(WORKSHOP_EXERCISES.filter((e) => e.kind === 'exercise').map((e) => e.id)).toEqual([
      'threats',
      'self-audit',
      'say-do-poll',
      'plan',
    ]);
  });

  test.each(WORKSHOP_EXERCISES.map((e) => [e.id, e] as const))(
    '%s points at a lesson and a heading the course has',
    (_, exercise) => {
      const lesson = lessons.find((l) => l.slug === exercise.lesson);
      expect(lesson, `lesson ${exercise.lesson}`).toBeDefined();
      expect(headingAnchors(lesson?.text ?? '')).toContain(exercise.anchor);
      if (exercise.kind === 'lab') {
        expect(exercise.path).toBe(`/labs/${exercise.lab ?? ''}/`);
        expect(exercise.id).toBe(exercise.lab);
      } else expect(exercise.path).toBe(lessonPath(exercise.lesson, exercise.anchor));
    },
  );

  test.each(WORKSHOP_EXERCISES.map((e) => [e.id, e] as const))(
    '%s has notes on purpose, timing, debrief and questions to ask',
    (_, { notes, minutes }) => {
      for (const text of [notes.purpose, notes.timing, notes.debrief]) expect(text.length).toBeGreaterThan(80);
      expect(notes.questions.length).toBeGreaterThanOrEqual(3);
      for (const q of notes.questions) expect(q).toMatch(/\?$/);
      expect(Number.isInteger(minutes) && minutes > 0 && minutes <= 60).toBe(true);
    },
  );

  test.each(WORKSHOP_EXERCISES.map((e) => [e.id, e] as const))(
    '%s quotes no statistic that its lesson does not cite',
    (_, exercise) => {
      const lesson = lessons.find((l) => l.slug === exercise.lesson)?.text ?? '';
      const { purpose, timing, debrief, questions } = exercise.notes;
      const text = [purpose, timing, debrief, ...questions].join(' ');
      // Percentages and head counts are the figures a facilitator might repeat as facts.
      for (const figure of text.match(/\d+(?:[–-]\d+)?%|\b\d{3,}\b/g) ?? []) {
        const bare = figure.replace('%', '');
        expect(lesson.includes(figure) || lesson.includes(`${bare} percent`), `${figure} in ${exercise.lesson}`).toBe(
          true,
        );
      }
    },
  );

  test('an exercise is found by its id, and an unknown id finds nothing', () => {
    expect(findExercise('threats')?.lesson).toBe('feeling-valued-beats-feeling-satisfied');
    expect(findExercise('nope')).toBeUndefined();
    expect(findExercise('__proto__')).toBeUndefined();
  });
});
