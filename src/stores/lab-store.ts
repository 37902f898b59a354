/**
 * What every lab's state has in common, made once per lab: the scenario atom, the counter of
 * whole-scenario replacements, the number fields whose text cannot be used right now, how the
 * scenario was opened (a link, the learner's own, the start), the presets with Reset and Undo, and
 * the binding to the page's address and this browser. Each lab's store module adds its own
 * validated actions and computed figures on top.
 */
import { atom, computed, map, type ReadableAtom, type WritableAtom } from 'nanostores';
import { decodeScenario, encodeScenario, scenarioDefaults, type ScenarioDefinition } from '../scenario/codec';
import { openState } from '../scenario/opening';
import { bindToPage, type PageOpening } from './page-binding';
import { savedScenarioKey } from './saved-scenario-storage';
import { createUndo, type Replacement } from './undo';

/** A number field whose typed text cannot be used, and the value the figures use meanwhile. */
export interface InputProblem {
  /** What the field is, in words that fit "…: the figures use 12 until …". */
  label: string;
  /** The value the figures use instead, already formatted for the learner. */
  using: string;
}

/** What a preset says about itself: its name and where its numbers come from. */
export interface PresetStory {
  title: string;
  /** Where the numbers come from (always: invented for illustration). */
  story: string;
}

/** An illustrative scenario a learner can start from. */
export interface LabPreset<S> extends PresetStory {
  id: string;
  state: S;
}

export interface LabStore<S extends object> {
  definition: ScenarioDefinition<S>;
  presets: readonly LabPreset<S>[];
  $scenario: WritableAtom<S>;
  /**
   * Counts whole-scenario replacements (link, preset, reset, undo), so inputs can drop what a learner
   * was typing and show the new values.
   */
  $revision: WritableAtom<number>;
  /** Number fields whose text cannot be used right now, by field id. */
  $inputProblems: ReturnType<typeof map<Record<string, InputProblem | undefined>>>;
  setInputProblem: (id: string, problem: InputProblem | undefined) => void;
  /** How the scenario on the page was opened; `undefined` until the page is bound. */
  $opening: ReadableAtom<PageOpening | undefined>;
  /** The preset or reset the scenario still is, for its story and Undo; `undefined` once edited. */
  $replacement: ReadableAtom<Replacement<S, PresetStory> | undefined>;
  /** Replaces the whole scenario (from a link, a preset, a reset or an undo). */
  loadScenario: (state: S) => void;
  /** Loads one of the lab's presets by id (keeping what `keep` keeps); an unknown id changes nothing. */
  applyPreset: (id: string) => void;
  /** Back to the starting scenario (keeping what `keep` keeps). */
  resetLab: () => void;
  /** Puts back the scenario the last preset or reset replaced, while the scenario is still what it produced. */
  undo: () => void;
  /**
   * Binds the scenario to the page's address and to this browser (`page-binding.ts`); `readOnly`
   * inside a lesson, whose address is its own. Returns the function that stops it.
   */
  bindPage: (readOnly: boolean) => () => void;
}

export interface LabStoreOptions<S> {
  /**
   * What a preset or a reset keeps of the learner's scenario, e.g. their currency: a preset is a
   * story about the numbers, not about where the learner works.
   */
  keep?: (current: S, next: S) => S;
}

export function createLabStore<S extends object>(
  definition: ScenarioDefinition<S>,
  presets: readonly LabPreset<S>[],
  { keep = (_, next) => next }: LabStoreOptions<S> = {},
): LabStore<S> {
  const $scenario = atom<S>(scenarioDefaults(definition));
  const $revision = atom(0);
  const $inputProblems = map<Record<string, InputProblem | undefined>>({});
  const $opening = atom<PageOpening | undefined>(undefined);
  const undo = createUndo<S, S, PresetStory>(() => $scenario.get());
  const loadScenario = (state: S): void => {
    $scenario.set(structuredClone(state));
    $revision.set($revision.get() + 1);
  };
  const replace = (next: S, story: PresetStory | undefined): void => {
    const before = $scenario.get();
    loadScenario(keep(before, next));
    undo.remember(before, story);
  };
  return {
    definition,
    presets,
    $scenario,
    $revision,
    $inputProblems,
    setInputProblem: (id, problem) => {
      $inputProblems.setKey(id, problem);
    },
    $opening,
    $replacement: computed([$scenario, undo.$entry], (scenario) => undo.current(scenario)),
    loadScenario,
    applyPreset: (id) => {
      const preset = presets.find((p) => p.id === id);
      if (preset) replace(preset.state, { title: preset.title, story: preset.story });
    },
    resetLab: () => {
      replace(scenarioDefaults(definition), undefined);
    },
    undo: () => {
      const entry = undo.current($scenario.get());
      undo.forget();
      if (entry) loadScenario(entry.before);
    },
    bindPage: (readOnly) =>
      bindToPage($scenario, {
        savedKey: savedScenarioKey(definition.lab),
        open: (from) =>
          openState(from, {
            decode: (fragment) => decodeScenario(definition, fragment),
            encode: (state) => encodeScenario(definition, state),
            start: () => scenarioDefaults(definition),
          }),
        load: (state) => {
          loadScenario(state);
          undo.forget();
        },
        link: (state) => encodeScenario(definition, state),
        onOpen: (opening) => {
          $opening.set(opening);
        },
        readOnly,
      }),
  };
}
