declare namespace App {
  interface Locals {
    /** How many times each claim has been cited so far on the page being rendered (see Cite.astro). */
    citeCounts?: Map<string, number>;
  }
}
