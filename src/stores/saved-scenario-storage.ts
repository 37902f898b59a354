/**
 * Where each lab's last scenario is kept in this browser: `valued:scenario:<lab>`, the scenario's
 * link fragment (`v=1&…`, exactly what a share link carries, so older formats open through the
 * codec's migrations). The page binding keeps it (`page-binding.ts`); lesson 9's plan and the course
 * data file read and replace it here, without the link codec. Clearing the site's data forgets it.
 */
/** Where a lab's last scenario is kept. */
export function savedScenarioKey(lab: string): string {
  return `valued:scenario:${lab}`;
}

/** localStorage, or nothing where the browser refuses it (storage disabled, some private modes). */
export function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The saved fragment of a lab, if there is one. */
export function readSavedScenario(lab: string, store: Storage | undefined = storage()): string | undefined {
  try {
    return store?.getItem(savedScenarioKey(lab)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Replaces a lab's saved fragment (an import), or forgets it when `fragment` is undefined. */
export function writeSavedScenario(
  lab: string,
  fragment: string | undefined,
  store: Storage | undefined = storage(),
): void {
  try {
    if (fragment === undefined) store?.removeItem(savedScenarioKey(lab));
    else store?.setItem(savedScenarioKey(lab), fragment);
  } catch {
    // Storage full or refused: nothing more can be done here.
  }
}
