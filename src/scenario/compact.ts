/**
 * The shortest link for a scenario: only the fields that differ from the lab's starting values, since
 * a missing field opens with its default (the codec's rule). For links meant to be read or typed,
 * such as the addresses on a printed plan. Falls back to the full fragment whenever the short one
 * would not open exactly the same scenario.
 */
import { decode, defaults, encode, type ScenarioLabId } from './index';

function key(pair: string): string {
  return pair.split('=', 1)[0] ?? '';
}

export function compactFragment(lab: ScenarioLabId, fragment: string): string {
  const full = encode(lab, decode(lab, fragment).state);
  const start = new Set(encode(lab, defaults(lab)).split('&'));
  const compact = full
    .split('&')
    .filter((pair) => key(pair) === 'v' || !start.has(pair))
    .join('&');
  const reopened = decode(lab, compact);
  return reopened.issues.length === 0 && encode(lab, reopened.state) === full ? compact : full;
}
