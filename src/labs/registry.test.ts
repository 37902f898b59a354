import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SAVED_SCENARIO_LABS } from '../course/course-data';
import { PLAN_LABS } from '../course/plan-labs';
import { goldenLinks } from '../scenario/fixtures/golden-links';
import { defaults, encode } from '../scenario/index';
import { boardTable } from '../workshop/board-table';
import { lessonFiles } from '../workshop/test-support';
import { boardTeams } from './board-test-support';
import { labCatalogue } from './catalogue';
import type { LabAbout } from './lab';
import { scenarioLabRegistry, type ScenarioLabId, type ScenarioStates } from './registry';

const root = new URL('../../', import.meta.url);
const lessons = lessonFiles();
const scenarioLabIds = Object.keys(scenarioLabRegistry) as ScenarioLabId[];

/** A scenario's headline, from its lab's report; typed by the lab, so each lab gets its own scenario. */
function headlineOf<L extends ScenarioLabId>(lab: L, state: ScenarioStates[L]): string {
  const parts = scenarioLabRegistry[lab];
  const report = parts.report(state);
  if (!report.ok) throw new Error(report.message);
  return parts.headline(state, report);
}

/** The lesson file a page path names, if it is a lesson's. */
function lessonAt(path: string) {
  return lessons.find((lesson) => path === `/lessons/${lesson.slug}/`);
}

describe.each<LabAbout>(labCatalogue)('$title ($id): the parts every lab has', (about) => {
  test('its island is a component in src/islands/', () => {
    expect(existsSync(new URL(`src/islands/${about.island}.tsx`, root))).toBe(true);
  });

  test('its page shows the island: its own page under src/pages/labs/, or its lesson', () => {
    if (about.path === `/labs/${about.id}/`) {
      const page = readFileSync(new URL(`src/pages/labs/${about.id}.astro`, root), 'utf8');
      expect(page).toMatch(new RegExp(`^import ${about.island} from '../../islands/${about.island}(\\.tsx)?';$`, 'm'));
      expect(page).toMatch(new RegExp(`<${about.island}\\b[^>]*client:`));
    } else {
      const lesson = lessonAt(about.path);
      expect(lesson, `${about.path} is a lesson`).toBeDefined();
      expect(lesson?.text).toMatch(new RegExp(`<${about.island}\\b[^>]*client:`));
    }
  });

  test('its lesson link has the lesson’s number and title', () => {
    const lesson = lessonAt(about.lesson.href);
    expect(lesson, `${about.lesson.href} is a lesson`).toBeDefined();
    expect(about.lesson.number).toBe(lesson?.order);
    expect(about.lesson.title).toBe(lesson?.title);
  });
});

describe.each(scenarioLabIds)('%s: the parts a lab with scenario links has', (id) => {
  const entry = scenarioLabRegistry[id];

  test('its entry is the catalogue’s lab, with its own link format', () => {
    expect(labCatalogue).toContain(entry.about);
    expect(entry.about).toMatchObject({ id, scenario: true });
    expect(entry.definition.lab).toBe(id);
  });

  test('golden links of its current format version', () => {
    expect(goldenLinks[id].map((g) => g.version)).toContain(entry.definition.version);
  });

  test('its starting scenario has a report and a headline, and the plan says the same headline', () => {
    const state = defaults(id);
    const headline = headlineOf(id, state);
    expect(headline).toMatch(/^\S.{20,}[.!?]$/);
    expect(entry.digest(encode(id, state))).toBe(headline);
  });

  test('rows on the compare board, with a value for every team and the chart’s row among them', () => {
    const links = goldenLinks[id].map((g) => `${entry.about.path}#${g.fragment}`);
    const table = boardTable(id, boardTeams(...links));
    expect(table.rows.length).toBeGreaterThan(0);
    expect(new Set(table.rows.map((r) => r.id)).size).toBe(table.rows.length);
    expect(table.rows.map((r) => r.id)).toContain(entry.board.headline);
    for (const r of table.rows) expect(r.values).toHaveLength(links.length);
    expect(table.problems).toEqual([]);
  });

  test('a place in the plan and in the course data file', () => {
    expect(PLAN_LABS.find((p) => p.lab === id)).toMatchObject({ title: entry.about.title, path: entry.about.path });
    expect(SAVED_SCENARIO_LABS).toContain(id);
  });
});

test('the registry holds exactly the catalogue’s labs with scenario links', () => {
  expect(scenarioLabIds).toEqual(labCatalogue.filter((about) => about.scenario).map((about) => about.id));
});

test('lab ids are unique, and a lab page’s path is its id', () => {
  expect(new Set(labCatalogue.map((about) => about.id)).size).toBe(labCatalogue.length);
  for (const about of labCatalogue) {
    if (about.path.startsWith('/labs/')) expect(about.path).toBe(`/labs/${about.id}/`);
  }
});
