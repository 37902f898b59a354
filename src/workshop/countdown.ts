/**
 * The presenter's countdown timer for an exercise, as pure state: start, pause, add a minute,
 * reset. Time is kept as a deadline on the clock, never as a count of ticks, so a tab in the
 * background (where browsers slow timers to once a minute or less) still shows the right time
 * the moment it is looked at, and time runs out when it should.
 */

/** Milliseconds in a minute. */
const MINUTE = 60_000;

/** The longest countdown, in minutes: a workshop exercise, not a day. */
export const MAX_COUNTDOWN_MINUTES = 180;

export interface Countdown {
  /** The length set for the exercise, in milliseconds. */
  durationMs: number;
  /** While running: the clock time (ms since 1970) at which it reaches zero. */
  endsAt: number | undefined;
  /** While paused or not started: the time left, in milliseconds. */
  leftMs: number;
}

/** A countdown of `minutes` (whole or fractional, above 0 and at most `MAX_COUNTDOWN_MINUTES`), not running. */
export function countdown(minutes: number): Countdown {
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_COUNTDOWN_MINUTES) {
    throw new RangeError(`minutes must be above 0 and at most ${String(MAX_COUNTDOWN_MINUTES)}`);
  }
  const durationMs = Math.round(minutes * MINUTE);
  return { durationMs, endsAt: undefined, leftMs: durationMs };
}

export function isRunning(c: Countdown): boolean {
  return c.endsAt !== undefined;
}

/** Milliseconds left at clock time `now`, never below 0. */
export function remainingMs(c: Countdown, now: number): number {
  return Math.max(0, c.endsAt === undefined ? c.leftMs : c.endsAt - now);
}

/** Whether the time is up at `now`. */
export function isUp(c: Countdown, now: number): boolean {
  return remainingMs(c, now) === 0;
}

/** Starts (or resumes) at `now`; a countdown whose time is up starts again from its full length. */
export function start(c: Countdown, now: number): Countdown {
  if (isRunning(c)) return c;
  const left = c.leftMs > 0 ? c.leftMs : c.durationMs;
  return { ...c, endsAt: now + left, leftMs: left };
}

/** Pauses at `now`, keeping the time left. */
export function pause(c: Countdown, now: number): Countdown {
  if (!isRunning(c)) return c;
  return { ...c, endsAt: undefined, leftMs: remainingMs(c, now) };
}

/**
 * One more minute, running or not. After time is up it gives a minute from `now` (the room asked
 * for one more minute, not for the minute that already passed).
 */
export function addMinute(c: Countdown, now: number): Countdown {
  const left = remainingMs(c, now) + MINUTE;
  return c.endsAt === undefined ? { ...c, leftMs: left } : { ...c, endsAt: now + left, leftMs: left };
}

/** Back to the full length, stopped. */
export function reset(c: Countdown): Countdown {
  return { ...c, endsAt: undefined, leftMs: c.durationMs };
}

/** "5:00", "0:07", "1:02:03" (whole seconds, rounded up so 0:00 means the time is up). */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${String(hours)}:${String(minutes).padStart(2, '0')}:${ss}` : `${String(minutes)}:${ss}`;
}

/** "4 minutes 30 seconds left", for screen readers at the moments worth announcing. */
export function describeRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  if (total === 0) return 'Time is up.';
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [
    minutes > 0 ? `${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
    seconds > 0 ? `${String(seconds)} ${seconds === 1 ? 'second' : 'seconds'}` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} left.`;
}
