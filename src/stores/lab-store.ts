/**
 * What every lab's state has in common, made once per lab: the scenario atom, the counter of
 * whole-scenario replacements, the number fields whose text cannot be used right now, and the
 * actions that replace the scenario (from a link, a preset, a reset or an undo). Each lab's store
 * module adds its own validated actions and computed figures on top.
 */
import { atom, map, type WritableAtom } from 'nanostores';
import { scenarioDefaults, type ScenarioDefinition } from '../scenario/codec';

/** A number field whose typed text cannot be used, and the value the figures use meanwhile. */
export interface InputProblem {
  /** What the field is, in words that fit "…: the figures use 12 until …". */
  label: string;
  /** The value the figures use instead, already formatted for the learner. */
  using: string;
}

/** An illustrative scenario a learner can start from. */
export interface LabPreset<S> {
  id: string;
  title: string;
  /** Where the numbers come from (always: invented for illustration). */
  story: string;
  state: S;
}

export interface LabStore<S> {
  $scenario: WritableAtom<S>;
  /**
   * Counts whole-scenario replacements (link, preset, reset, undo), so inputs can drop what a learner
   * was typing and show the new values.
   */
  $revision: WritableAtom<number>;
  /** Number fields whose text cannot be used right now, by field id. */
  $inputProblems: ReturnType<typeof map<Record<string, InputProblem | undefined>>>;
  setInputProblem: (id: string, problem: InputProblem | undefined) => void;
  /** Replaces the whole scenario (from a link, a preset, a reset or an undo). */
  loadScenario: (state: S) => void;
  /** Loads one of the lab's presets by id (keeping what `keep` keeps); an unknown id changes nothing. */
  applyPreset: (id: string) => void;
  /** Back to the starting scenario (keeping what `keep` keeps). */
  resetLab: () => void;
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
  const loadScenario = (state: S): void => {
    $scenario.set(structuredClone(state));
    $revision.set($revision.get() + 1);
  };
  return {
    $scenario,
    $revision,
    $inputProblems,
    setInputProblem: (id, problem) => {
      $inputProblems.setKey(id, problem);
    },
    loadScenario,
    applyPreset: (id) => {
      const preset = presets.find((p) => p.id === id);
      if (preset) loadScenario(keep($scenario.get(), preset.state));
    },
    resetLab: () => {
      loadScenario(keep($scenario.get(), scenarioDefaults(definition)));
    },
  };
}
