import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addMinute,
  countdown,
  describeRemaining,
  formatRemaining,
  isRunning,
  isUp,
  pause,
  remainingMs,
  reset,
  start,
} from './countdown';

const T0 = Date.UTC(2026, 11, 6, 9, 0, 0);
const s = (seconds: number) => seconds * 1000;

describe('countdown', () => {
  test('runs down from a deadline, so a slowed background tab still reads the right time', () => {
    const c = start(countdown(5), T0);
    expect(isRunning(c)).toBe(true);
    expect(remainingMs(c, T0)).toBe(s(300));
    // No tick happened for four minutes (a background tab): the time left is still right.
    expect(remainingMs(c, T0 + s(240))).toBe(s(60));
    expect(isUp(c, T0 + s(299))).toBe(false);
    expect(isUp(c, T0 + s(300))).toBe(true);
    expect(remainingMs(c, T0 + s(900))).toBe(0);
  });

  test('pause keeps the time left; start resumes from it', () => {
    let c = start(countdown(2), T0);
    c = pause(c, T0 + s(50));
    expect(isRunning(c)).toBe(false);
    expect(remainingMs(c, T0 + s(500))).toBe(s(70));
    c = start(c, T0 + s(600));
    expect(remainingMs(c, T0 + s(610))).toBe(s(60));
  });

  test('a minute more, running or paused; after time is up, a minute from now', () => {
    const running = addMinute(start(countdown(1), T0), T0 + s(30));
    expect(remainingMs(running, T0 + s(30))).toBe(s(90));
    const paused = addMinute(pause(start(countdown(1), T0), T0 + s(45)), T0 + s(100));
    expect(remainingMs(paused, T0 + s(500))).toBe(s(75));
    const late = addMinute(start(countdown(1), T0), T0 + s(200));
    expect(remainingMs(late, T0 + s(200))).toBe(s(60));
  });

  test('reset stops at the full length; starting after time is up starts over', () => {
    const up = start(countdown(3), T0);
    expect(reset(up)).toEqual({ durationMs: s(180), endsAt: undefined, leftMs: s(180) });
    const again = start(pause(up, T0 + s(400)), T0 + s(500));
    expect(remainingMs(again, T0 + s(500))).toBe(s(180));
  });

  test.each([0, -1, NaN, Infinity, 181])('refuses %s minutes', (minutes) => {
    expect(() => countdown(minutes)).toThrow(RangeError);
  });

  test('whatever the presses, the time left is between 0 and the length plus the minutes added', () => {
    const action = fc.constantFrom('start', 'pause', 'add', 'reset');
    fc.assert(
      fc.property(fc.array(fc.tuple(action, fc.integer({ min: 0, max: 600_000 })), { maxLength: 30 }), (steps) => {
        let c = countdown(10);
        let now = T0;
        let added = 0;
        for (const [act, wait] of steps) {
          now += wait;
          if (act === 'start') c = start(c, now);
          else if (act === 'pause') c = pause(c, now);
          else if (act === 'add') {
            c = addMinute(c, now);
            added++;
          } else c = reset(c);
          const left = remainingMs(c, now);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBeLessThanOrEqual(c.durationMs + added * 60_000);
          expect(Number.isFinite(left)).toBe(true);
        }
      }),
    );
  });
});

describe('formatRemaining and describeRemaining', () => {
  test.each([
    [s(300), '5:00', '5 minutes left.'],
    [s(61), '1:01', '1 minute 1 second left.'],
    [s(7) - 400, '0:07', '7 seconds left.'],
    [0, '0:00', 'Time is up.'],
    [-5, '0:00', 'Time is up.'],
    [s(3723), '1:02:03', '62 minutes 3 seconds left.'],
  ])('%i ms: %s, “%s”', (ms, shown, said) => {
    expect(formatRemaining(ms)).toBe(shown);
    expect(describeRemaining(ms)).toBe(said);
  });
});
