/**
 * The share-link codec. A lab's state travels in the URL fragment, so a static host never sees
 * anyone's numbers: `#v=1&pq=7&sq=6&…`. `v` is the format version; every other key is a field of
 * the lab's scenario definition, written in declaration order (so the same state always gives the
 * same string). Every field is always written, so a link keeps its meaning if a default changes.
 *
 * Decoding never throws. A missing field takes its default quietly; a field that cannot be used
 * takes its default and adds an issue in plain words; unknown keys are ignored; a fragment over
 * 4 KB is refused whole. Links of older format versions are migrated step by step. Nothing from a
 * link is used as a property name (values are looked up by key in a `Map`) or rendered as HTML.
 *
 * Pure: no DOM, no stores.
 */
import * as v from 'valibot';
import type { Field } from './fields';
import { capitalise } from '../course/text';

/** Longest fragment accepted, in characters (percent-encoded, so bytes for ASCII). */
export const MAX_FRAGMENT_LENGTH = 4096;

/** Something in a link that could not be used as it was. `field` is the state path, or `link`. */
export interface ScenarioIssue {
  field: string;
  message: string;
}

/** A rule across fields that a state breaks: the fields involved and why, in words. */
export interface CrossFieldProblem {
  fields: string[];
  message: string;
  /**
   * What resetting `fields` to their defaults gives back, in words ("the starting tiers"), when
   * listing each field's default would say less (lists, say). Without it each field is named.
   */
  resetTo?: string;
}

/** One field of a scenario: where it lives in the state (`you.price`) and how it is encoded. */
export interface FieldEntry {
  path: string;
  field: Field<unknown>;
  /**
   * Fields that only make sense together (the columns of a table of tiers): when one cannot be
   * used, all of them go back to their defaults, so a link never opens as a mix nobody made.
   */
  group?: FieldGroup;
}

export interface FieldGroup {
  /** What the fields are together, for messages: "the link’s tiers". */
  label: string;
  /** What resetting them gives back: "its starting tiers". */
  resetTo: string;
}

/**
 * A lab's scenario format, declared once. From it come `encodeScenario`, `decodeScenario`,
 * `scenarioDefaults` and `validateScenario`.
 */
export interface ScenarioDefinition<S extends object> {
  /** The lab's id, as in `/labs/<lab>/`. */
  lab: string;
  /** The current format version, written as `v`. Bump it when a field's key or meaning changes. */
  version: number;
  /** The fields, in the order they are written. */
  fields: readonly FieldEntry[];
  /**
   * Rules across fields (e.g. price + hassle > 0). Returns each broken rule with the paths it
   * involves and the reason in words; decoding resets those fields to their defaults. Called on
   * fully read states only.
   */
  crossCheck?: (state: S) => CrossFieldProblem[];
  /**
   * `migrations[n]` turns the key/value pairs of a version-n link into those of version n + 1.
   * Every version that ever shipped below `version` must have one.
   */
  migrations?: Readonly<Record<number, (params: Map<string, string>) => Map<string, string>>>;
}

/** Declares a scenario format (identity at run time; gives the state type to the functions). */
export function defineScenario<S extends object>(definition: ScenarioDefinition<S>): ScenarioDefinition<S> {
  return definition;
}

function getPath(state: object, path: string): unknown {
  let current: unknown = state;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Sets a value at a path the definition declares (never a path taken from a link). */
function setPath(state: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop();
  if (last === undefined) return;
  let current = state;
  for (const part of parts) {
    const next = current[part];
    if (typeof next === 'object' && next !== null) current = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      current[part] = created;
      current = created;
    }
  }
  current[last] = value;
}

/** The lab's starting state: every field at its default. A new object each call. */
export function scenarioDefaults<S extends object>(definition: ScenarioDefinition<S>): S {
  const state: Record<string, unknown> = {};
  for (const { path, field } of definition.fields) setPath(state, path, field.default);
  return state as S;
}

/** Problems with a state, per field (from the fields' schemas and the cross-field rules). */
export function validateScenario<S extends object>(definition: ScenarioDefinition<S>, state: S): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const { path, field } of definition.fields) {
    const result = v.safeParse(field.schema, getPath(state, path));
    if (!result.success) issues.push({ field: path, message: result.issues[0].message });
  }
  if (issues.length > 0) return issues;
  return (definition.crossCheck?.(state) ?? []).map((p) => ({ field: p.fields.join(', '), message: p.message }));
}

/**
 * The canonical fragment for a state (without `#`): `v` first, then every field in declaration
 * order. Throws a `RangeError` naming the field when the state is not valid, since an invalid
 * state is a programming error, not something a learner typed.
 */
export function encodeScenario<S extends object>(definition: ScenarioDefinition<S>, state: S): string {
  const problems = validateScenario(definition, state);
  if (problems[0]) throw new RangeError(`${problems[0].field}: ${problems[0].message}`);
  const parts = [`v=${definition.version}`];
  for (const { path, field } of definition.fields) {
    // Commas stay readable: lists are written comma-separated (`tc=2000,8000`), and a comma inside a
    // list's item is escaped by the field itself.
    parts.push(`${field.key}=${encodeURIComponent(field.write(getPath(state, path))).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
}

/**
 * Whether a URL fragment is meant as a scenario (and is not, say, a heading anchor): its first part
 * is a `key=value` pair. A link whose `v=` is not first, or is missing, still counts, and opens with
 * a note from `decode`; a heading anchor (`#the-value-equation`) has no `=`.
 */
export function isScenarioFragment(fragment: string): boolean {
  return /^[^&=]+=/.test(fragment.replace(/^#/, ''));
}

/** Splits a fragment into key/value pairs; the first of duplicate keys wins. Never throws. */
function parsePairs(fragment: string): { params: Map<string, string>; issues: ScenarioIssue[]; broken: Set<string> } {
  const params = new Map<string, string>();
  const issues: ScenarioIssue[] = [];
  const broken = new Set<string>();
  const duplicates = new Set<string>();
  for (const pair of fragment.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    let key: string;
    try {
      key = decodeURIComponent(rawKey);
    } catch {
      continue; // A key that cannot be read cannot be one of ours.
    }
    if (params.has(key) || broken.has(key)) {
      duplicates.add(key);
      continue;
    }
    try {
      params.set(key, decodeURIComponent(rawValue.replace(/\+/g, ' ')));
    } catch {
      broken.add(key);
    }
  }
  for (const key of duplicates) issues.push({ field: key, message: 'appeared more than once' });
  return { params, issues, broken };
}

/**
 * Reads a fragment (with or without `#`) into a state for this lab, with the issues a learner
 * should be told about. Never throws; the state is always complete and valid.
 */
export function decodeScenario<S extends object>(
  definition: ScenarioDefinition<S>,
  fragment: string,
): { state: S; issues: ScenarioIssue[] } {
  const state = scenarioDefaults(definition);
  const text = fragment.replace(/^#/, '');
  if (text.trim() === '') return { state, issues: [] };
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return {
      state,
      issues: [
        {
          field: 'link',
          message: `The link is too long to be a scenario (over ${MAX_FRAGMENT_LENGTH / 1024} KB), so the lab opened with its starting values.`,
        },
      ],
    };
  }

  const parsed = parsePairs(text);
  let params = parsed.params;
  const issues: ScenarioIssue[] = [];
  const keyToPath = new Map(definition.fields.map(({ path, field }) => [field.key, path]));

  // Format version: migrate older links; read unknown or newer ones as the current format.
  const rawVersion = params.get('v');
  const version = rawVersion !== undefined && /^[1-9]\d{0,5}$/.test(rawVersion) ? Number(rawVersion) : undefined;
  if (version === undefined) {
    issues.push({
      field: 'v',
      message:
        rawVersion === undefined
          ? 'The link does not say which version of the course made it; the lab read it as the current one.'
          : `The link’s version mark “${rawVersion.slice(0, 12)}” is not one this course uses; the lab read it as the current version.`,
    });
  } else if (version > definition.version) {
    issues.push({
      field: 'v',
      message: `The link comes from a newer version of this course; the lab read it as best it could, so check the values.`,
    });
  } else if (version < definition.version) {
    for (let from = version; from < definition.version; from++) {
      const migrate = definition.migrations?.[from];
      try {
        if (migrate) params = migrate(new Map(params));
      } catch {
        // A migration that fails must not break the page: read what is there as the current format.
        issues.push({
          field: 'v',
          message:
            'The link comes from an older version of this course and could not be fully updated; check the values.',
        });
        break;
      }
    }
  }

  for (const { field: key, message } of parsed.issues) {
    const path = keyToPath.get(key);
    if (path)
      issues.push({
        field: path,
        message: `${capitalise(labelOf(definition, path))} ${message} in the link; the first value was used.`,
      });
  }

  const failedGroups = new Set<FieldGroup>();
  const said = new Set<string>();
  const tell = (path: string, message: string): void => {
    // Fields of a group often share a note ("The link’s tiers had 9 …"): say it once.
    if (said.has(message)) return;
    said.add(message);
    issues.push({ field: path, message });
  };
  for (const { path, field, group } of definition.fields) {
    const resetTo = group ? `the lab used ${group.resetTo}` : `it was reset to ${field.write(field.default)}`;
    if (parsed.broken.has(field.key)) {
      if (group) failedGroups.add(group);
      tell(path, `${capitalise(field.label)} could not be read (the link is damaged there), so ${resetTo}.`);
      continue;
    }
    const raw = params.get(field.key);
    if (raw === undefined) continue;
    const result = field.read(raw);
    if (result.ok) {
      setPath(state as Record<string, unknown>, path, result.value);
      if (result.note) tell(path, `${capitalise(group ? group.label : field.label)} ${result.note}.`);
    } else {
      if (group) failedGroups.add(group);
      tell(path, `${capitalise(field.label)}: ${result.reason}, so ${resetTo}.`);
    }
  }
  for (const { path, field, group } of definition.fields) {
    if (group && failedGroups.has(group)) setPath(state as Record<string, unknown>, path, field.default);
  }

  // Rules across fields: reset the fields involved, and say why once per rule.
  for (const rule of definition.crossCheck?.(state) ?? []) {
    const entries = rule.fields
      .map((path) => definition.fields.find((f) => f.path === path))
      .filter((entry) => entry !== undefined);
    for (const entry of entries) setPath(state as Record<string, unknown>, entry.path, entry.field.default);
    const reset =
      rule.resetTo === undefined
        ? `set ${entries.map((e) => `${e.field.label} to ${e.field.write(e.field.default)}`).join(' and ')}`
        : `used ${rule.resetTo}`;
    issues.push({ field: rule.fields[0] ?? 'link', message: `${rule.message}, so the lab ${reset}.` });
  }
  return { state, issues };
}

function labelOf<S extends object>(definition: ScenarioDefinition<S>, path: string): string {
  return definition.fields.find((f) => f.path === path)?.field.label ?? path;
}
