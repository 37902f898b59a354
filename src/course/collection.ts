import { getCollection } from 'astro:content';
import { toCourseLessons, type CourseLesson } from './course-lessons';

/** The course's lessons, in order, from the content collection (build time only). */
export async function getCourseLessons(): Promise<CourseLesson[]> {
  return toCourseLessons(await getCollection('docs'));
}
