/**
 * How an inline citation names each source article ("(Smith)"), by the source's id: its own small
 * module, so an island can cite a claim without loading every article's text (`sources.ts`, which
 * takes its `short` names from here).
 */
export const SOURCE_SHORT_NAMES = {
  'customer-valued': 'Surveys & Forecasts',
  're-envisioning-customer-value': 'Conversation Agent',
  'budding-customer-relationship': 'Gupta',
  'where-value-comes-from': 'Smith',
  'service-vs-centric': 'Suther',
} as const;

export type SourceId = keyof typeof SOURCE_SHORT_NAMES;

/** The short name of a source, or its id where there is none. */
export function sourceShortName(id: string): string {
  return (SOURCE_SHORT_NAMES as Record<string, string | undefined>)[id] ?? id;
}
