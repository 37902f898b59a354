/**
 * Minimising a smooth function of a few unconstrained variables: the Nelder–Mead simplex method,
 * restarted from its own answer until a restart no longer improves it (a restart rebuilds a simplex
 * that may have collapsed), and run from several starting points, keeping the best. The models fit
 * log-parameters with it, so every parameter stays positive.
 *
 * Derivative-free and deterministic. Pure; no imports.
 */

export interface MinimizeOptions {
  /** Stop when the simplex's values differ by less than this (absolute). Default 1e-10. */
  tolerance?: number;
  /** Function evaluations per run, at most. Default 5000. */
  maxEvaluations?: number;
  /** Size of the first simplex's steps. Default 0.5. */
  step?: number;
}

export interface Minimum {
  x: number[];
  value: number;
  /** Function evaluations used, over every run and restart. */
  evaluations: number;
  /** The last run stopped because the simplex converged, not because it ran out of evaluations. */
  converged: boolean;
}

function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  tolerance: number,
  maxEvaluations: number,
  step: number,
): Minimum {
  const n = start.length;
  let evaluations = 0;
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let simplex = [start.slice()];
  for (let i = 0; i < n; i++) {
    const point = start.slice();
    point[i] = (point[i] ?? 0) + step;
    simplex.push(point);
  }
  let values = simplex.map(value);
  const at = (i: number): number[] => simplex[i] ?? [];
  const valueAt = (i: number): number => values[i] ?? Infinity;
  while (evaluations < maxEvaluations) {
    const order = values.map((_, i) => i).sort((i, j) => valueAt(i) - valueAt(j));
    simplex = order.map(at);
    values = order.map(valueAt);
    const best = valueAt(0);
    const worst = valueAt(n);
    if (Math.abs(worst - best) <= tolerance) {
      return { x: at(0), value: best, evaluations, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] = (centroid[j] ?? 0) + (at(i)[j] ?? 0) / n;
    const towards = (t: number): number[] => centroid.map((c, j) => c + t * ((at(n)[j] ?? 0) - c));
    const reflected = towards(-1);
    const reflectedValue = value(reflected);
    if (reflectedValue < best) {
      const expanded = towards(-2);
      const expandedValue = value(expanded);
      simplex[n] = expandedValue < reflectedValue ? expanded : reflected;
      values[n] = Math.min(expandedValue, reflectedValue);
    } else if (reflectedValue < valueAt(n - 1)) {
      simplex[n] = reflected;
      values[n] = reflectedValue;
    } else {
      const outside = reflectedValue < worst;
      const contracted = towards(outside ? -0.5 : 0.5);
      const contractedValue = value(contracted);
      if (contractedValue < (outside ? reflectedValue : worst)) {
        simplex[n] = contracted;
        values[n] = contractedValue;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = at(0).map((b, j) => b + 0.5 * ((at(i)[j] ?? 0) - b));
          values[i] = value(at(i));
        }
      }
    }
  }
  const bestIndex = values.indexOf(Math.min(...values));
  return { x: at(bestIndex), value: valueAt(bestIndex), evaluations, converged: false };
}

/**
 * The lowest value of `f`: a short run from each of `starts` (to a loose tolerance), then the best
 * of them polished by restarts to `tolerance`. Exploring cheaply and polishing once keeps several
 * starts affordable.
 */
export function minimize(
  f: (x: number[]) => number,
  starts: readonly (readonly number[])[],
  { tolerance = 1e-10, maxEvaluations = 5000, step = 0.5 }: MinimizeOptions = {},
): Minimum {
  let best: Minimum | undefined;
  let evaluations = 0;
  const explore = Math.max(tolerance, 1e-4);
  for (const start of starts) {
    const run = nelderMead(f, start, explore, maxEvaluations, step);
    evaluations += run.evaluations;
    if (!best || run.value < best.value) best = run;
  }
  if (!best) throw new RangeError('minimize needs at least one starting point');
  let run = nelderMead(f, best.x, tolerance, maxEvaluations, step / 5);
  evaluations += run.evaluations;
  for (let restart = 0; restart < 10; restart++) {
    const again = nelderMead(f, run.x, tolerance, maxEvaluations, step / 10);
    evaluations += again.evaluations;
    const improved = again.value < run.value - tolerance;
    if (again.value <= run.value) run = again;
    if (!improved) break;
  }
  if (best.value < run.value) run = best;
  return { ...run, evaluations };
}
