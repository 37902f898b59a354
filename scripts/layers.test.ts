import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LAYER_RULES, layerBreaks } from './layers';

const root = new URL('../', import.meta.url);
const sources = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
  .map((path) => `src/${path.replaceAll('\\', '/')}`)
  .filter((path) => /\.(ts|tsx|mts)$/.test(path));

describe('every source file keeps to its layer', () => {
  test.each(Object.keys(LAYER_RULES))('src/%s imports nothing its layer forbids', (layer) => {
    const files = sources.filter((path) => path.startsWith(`src/${layer}/`));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => layerBreaks(file, readFileSync(new URL(file, root), 'utf8')))).toEqual([]);
  });
});

describe('the checker', () => {
  test.each([
    [
      'a store in calc',
      'src/calc/ltv.ts',
      "import { describe } from 'vitest';\nimport { $progress } from '../stores/progress';",
      ["src/calc/ltv.ts:2 imports '../stores/progress' (a store): calc may not import a store"],
    ],
    [
      'a scenario format in calc',
      'src/calc/clv/handoff.ts',
      "import type { AllocationState } from '../../scenario/labs/allocation';",
      [
        "src/calc/clv/handoff.ts:1 imports '../../scenario/labs/allocation' (a scenario format): calc may not import a scenario format",
      ],
    ],
    [
      'Preact in course',
      'src/course/format.ts',
      "import { h } from 'preact';",
      ["src/course/format.ts:1 imports 'preact' (Preact): course may not import Preact"],
    ],
    [
      'a type from nanostores in charts',
      'src/charts/board.ts',
      "import type { ReadableAtom } from 'nanostores';",
      ["src/charts/board.ts:1 imports 'nanostores' (nanostores): charts may not import nanostores"],
    ],
    [
      'the lab kit in a lab’s folder',
      'src/labs/allocation/headline.ts',
      "export { useStoreValue } from '../../kit/hooks';",
      ["src/labs/allocation/headline.ts:1 imports '../../kit/hooks' (the lab kit): labs may not import the lab kit"],
    ],
    [
      'a page script in the workshop',
      'src/workshop/agenda.ts',
      "import '../scripts/offline';",
      ["src/workshop/agenda.ts:1 imports '../scripts/offline' (DOM code): workshop may not import DOM code"],
    ],
    [
      'a browser global in scenario',
      'src/scenario/codec.ts',
      'const here = window.location.hash;\nif (typeof localStorage === "undefined") {}',
      [
        "src/scenario/codec.ts:1 uses the browser global 'window': scenario runs outside the page",
        "src/scenario/codec.ts:2 uses the browser global 'localStorage': scenario runs outside the page",
      ],
    ],
    [
      'a store in a worker',
      'src/workers/plan-requests.ts',
      "import type { CourseDataReading } from '../stores/course-data';",
      ["src/workers/plan-requests.ts:1 imports '../stores/course-data' (a store): workers may not import a store"],
    ],
    [
      'an island in a store',
      'src/stores/compare-board.ts',
      "import { client } from '../islands/board-worker';",
      ["src/stores/compare-board.ts:1 imports '../islands/board-worker' (an island): stores may not import an island"],
    ],
    [
      'an island loaded lazily by the kit',
      'src/kit/LazySection.tsx',
      "const load = () => import('../islands/lazy-allocation-details');",
      [
        "src/kit/LazySection.tsx:1 imports '../islands/lazy-allocation-details' (an island): kit may not import an island",
      ],
    ],
  ])('flags %s, naming the file, the line and the import', (_, file, text, expected) => {
    expect(layerBreaks(file, text)).toEqual(expected);
  });

  test.each([
    [
      'a lab’s presets in a calculation’s test',
      'src/calc/ltv.test.ts',
      "import { LTV_ROI_START } from '../scenario/labs/ltv-roi';",
    ],
    ['nanostores in a store', 'src/stores/plan.ts', "import { atom } from 'nanostores';"],
    ['a store in an island', 'src/islands/AllocationLab.tsx', "import { $allocation } from '../stores/allocation';"],
    [
      'words in comments and strings',
      'src/calc/ltv.ts',
      "// window.location is not read here\nconst key = 'localStorage'; /* import '../stores/x' */",
    ],
    ['a property that shares a global’s name', 'src/workshop/board.ts', 'const hash = url.location.hash;'],
    ['Intl', 'src/course/format.ts', "const f = new Intl.NumberFormat('en');"],
    [
      'a pure module in a worker',
      'src/workers/board-requests.ts',
      "import { isScenarioFragment } from '../scenario/codec';",
    ],
  ])('allows %s', (_, file, text) => {
    expect(layerBreaks(file, text)).toEqual([]);
  });
});
