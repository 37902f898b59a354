/**
 * The labs with a page of their own, `/labs/<id>/`, in course order: the home page and the sidebar
 * list these (the Astro config imports this module, so it stays plain data). `labIds` are their
 * ids; a lesson names the lab it embeds with one of them in its frontmatter (`lesson.lab`). Each
 * lab's facts are declared in its folder (`src/labs/<lab>/about.ts`) and listed in
 * `src/labs/catalogue.ts`.
 */
import { labCatalogue, type CatalogueLab, type OwnPageLabId } from '../labs/catalogue';

export type LabId = OwnPageLabId;

/** The standalone page of a lab. */
export function labPath(id: LabId): string {
  return `/labs/${id}/`;
}

export type PublishedLab = Extract<CatalogueLab, { id: LabId }>;

export const publishedLabs: readonly PublishedLab[] = labCatalogue.filter(
  (lab): lab is PublishedLab => lab.path === `/labs/${lab.id}/`,
);

export const labIds = publishedLabs.map((lab) => lab.id) as [LabId, ...LabId[]];
