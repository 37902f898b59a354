/**
 * What presenter mode shows beside the lab (loaded the first time it is opened): a countdown timer
 * for the exercise and a QR code of the lab's link with the scenario on screen, so participants can
 * open the same numbers on their phones. Plain DOM code; the timing rules are in
 * `src/workshop/countdown.ts`, the QR code in `src/workshop/qr.ts`, both generated here, offline.
 */
import {
  addMinute,
  countdown,
  describeRemaining,
  formatRemaining,
  isRunning,
  isUp,
  MAX_COUNTDOWN_MINUTES,
  pause,
  remainingMs,
  reset,
  start,
  type Countdown,
} from '../workshop/countdown';
import { qrSvg } from '../workshop/qr';

/** How often the display is brought up to date while presenting (the time itself is a deadline). */
const TICK_MS = 250;

interface Open {
  panel: HTMLElement;
  timer: ReturnType<typeof setInterval>;
}
let open: Open | undefined;
let state: Countdown | undefined;
let announcedMinute = false;
let announcedUp = false;
let shownLink = '';
const baseTitle = document.title;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

/** A minutes field's number, or `undefined` (with the reason) when it cannot be a countdown. */
function readMinutes(text: string): number | undefined {
  const value = /^\s*\d+(?:[.,]\d+)?\s*$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  return value > 0 && value <= MAX_COUNTDOWN_MINUTES ? value : undefined;
}

function build(panel: HTMLElement): void {
  const minutes = Number(panel.dataset['minutes'] ?? '10');
  state ??= countdown(minutes > 0 && minutes <= MAX_COUNTDOWN_MINUTES ? minutes : 10);
  const id = 'presenter';
  const time = element('p', { className: 'presenter-time', dataset: { presenterTime: '' } });
  const minutesInput = element('input', {
    id: `${id}-minutes`,
    type: 'text',
    inputMode: 'decimal',
    value: String(state.durationMs / 60_000),
    autocomplete: 'off',
  });
  const minutesError = element('p', { className: 'field-error', id: `${id}-minutes-error`, hidden: true });
  const startButton = element(
    'button',
    { type: 'button', className: 'course-button small', dataset: { presenterStart: '' } },
    'Start',
  );
  const addButton = element('button', { type: 'button', className: 'course-button small' }, '+1 minute');
  const resetButton = element('button', { type: 'button', className: 'course-button small' }, 'Reset');
  const status = element('p', { className: 'sr-only', dataset: { presenterStatus: '' } });
  status.setAttribute('role', 'status');
  const alert = element('p', { className: 'presenter-up', dataset: { presenterAlert: '' } });
  alert.setAttribute('role', 'alert');

  const say = (text: string): void => {
    status.textContent = text;
  };
  const now = (): number => Date.now();
  const render = (): void => {
    if (!state) return;
    const left = remainingMs(state, now());
    time.textContent = formatRemaining(left);
    const up = isRunning(state) && isUp(state, now());
    startButton.textContent = isRunning(state) && !up ? 'Pause' : 'Start';
    panel.classList.toggle('presenter-panel--up', up);
    if (up && !announcedUp) {
      announcedUp = true;
      alert.textContent = 'Time is up.';
      document.title = `Time is up · ${baseTitle}`;
    } else if (!up && announcedUp) {
      announcedUp = false;
      alert.textContent = '';
      document.title = baseTitle;
    }
    if (isRunning(state) && !up && left <= 60_000 && !announcedMinute) {
      announcedMinute = true;
      say('1 minute left.');
    } else if (left > 60_000) {
      announcedMinute = false;
    }
  };

  minutesInput.addEventListener('change', () => {
    const value = readMinutes(minutesInput.value);
    const ok = value !== undefined;
    minutesError.hidden = ok;
    minutesError.textContent = ok ? '' : `Enter minutes from 0.5 to ${String(MAX_COUNTDOWN_MINUTES)}, e.g. 10 or 7.5.`;
    minutesInput.setAttribute('aria-invalid', String(!ok));
    if (ok) minutesInput.setAttribute('aria-describedby', `${id}-hint`);
    else minutesInput.setAttribute('aria-describedby', `${id}-minutes-error ${id}-hint`);
    if (!ok || !state) return;
    // A new length applies now when the timer is stopped, and on Reset when it runs.
    const next = countdown(value);
    state = isRunning(state) ? { ...state, durationMs: next.durationMs } : next;
    render();
  });
  startButton.addEventListener('click', () => {
    if (!state) return;
    const t = now();
    if (isRunning(state) && !isUp(state, t)) {
      state = pause(state, t);
      say(`Paused. ${describeRemaining(remainingMs(state, t))}`);
    } else {
      state = start(isRunning(state) ? pause(state, t) : state, t);
      say(`Started. ${describeRemaining(remainingMs(state, t))}`);
    }
    render();
  });
  addButton.addEventListener('click', () => {
    if (!state) return;
    state = addMinute(state, now());
    say(`A minute added. ${describeRemaining(remainingMs(state, now()))}`);
    render();
  });
  resetButton.addEventListener('click', () => {
    if (!state) return;
    state = reset(state);
    say(`Reset to ${describeRemaining(state.durationMs).replace(' left.', '')}.`);
    render();
  });

  const timerHeading = element('h2', { id: `${id}-timer` }, 'Exercise timer');
  const timerSection = element(
    'section',
    { className: 'presenter-timer' },
    timerHeading,
    time,
    alert,
    element('div', { className: 'presenter-buttons' }, startButton, addButton, resetButton),
    element(
      'div',
      { className: 'presenter-minutes' },
      element('label', { htmlFor: minutesInput.id }, 'Minutes'),
      minutesInput,
      minutesError,
      element(
        'p',
        { className: 'presenter-hint', id: `${id}-hint` },
        'Keeps time even when this tab is in the background.',
      ),
    ),
    status,
  );
  timerSection.setAttribute('aria-labelledby', timerHeading.id);
  minutesInput.setAttribute('aria-describedby', `${id}-hint`);

  const scenario = panel.dataset['scenario'] !== 'false';
  const qrHeading = element(
    'h2',
    { id: `${id}-qr` },
    scenario ? 'Open this scenario on your phone' : 'Open this lab on your phone',
  );
  const qr = element('div', { className: 'presenter-qr-code', dataset: { presenterQr: '' } });
  const link = element('p', { className: 'presenter-link', dataset: { presenterLink: '' } });
  const qrSection = element('section', { className: 'presenter-qr' }, qrHeading, qr, link);
  qrSection.setAttribute('aria-labelledby', qrHeading.id);

  panel.replaceChildren(timerSection, qrSection);
  const drawQr = (): void => {
    const href = window.location.href;
    if (href === shownLink) return;
    shownLink = href;
    link.textContent = href.replace(/^https?:\/\//, '');
    try {
      qr.innerHTML = qrSvg(
        href,
        scenario ? 'QR code of this lab’s link with the scenario on screen' : 'QR code of this lab’s link',
      );
    } catch {
      qr.replaceChildren(
        element('p', {}, 'This scenario’s link is too long for a QR code: share it with Copy link instead.'),
      );
    }
  };
  render();
  drawQr();
  open = {
    panel,
    timer: setInterval(() => {
      render();
      // The lab keeps the scenario in the address as it changes; the code follows it.
      drawQr();
    }, TICK_MS),
  };
}

/** Shows the timer and QR code in `panel` (built once; the timer keeps running between openings). */
export function openPresenterTools(panel: HTMLElement): void {
  if (open) return;
  shownLink = '';
  build(panel);
}

/** Stops refreshing the display; a running countdown keeps its deadline. */
export function closePresenterTools(): void {
  if (!open) return;
  clearInterval(open.timer);
  open = undefined;
}

/**
 * Fills the lab's printed handout: a QR code of the page's link with the scenario on screen, and
 * the address itself, for a reader to scan or type.
 */
export function drawHandout(handout: HTMLElement): void {
  const href = window.location.href;
  const scenario = handout.dataset['scenario'] !== 'false';
  const heading = element(
    'p',
    { className: 'print-handout-title' },
    scenario ? 'Open this scenario in the lab' : 'Open this lab',
  );
  const address = element('p', { className: 'print-handout-address' }, href.replace(/^https?:\/\//, ''));
  const code = element('div', { className: 'print-handout-qr' });
  try {
    code.innerHTML = qrSvg(href, scenario ? 'QR code of this scenario’s link' : 'QR code of this lab’s link');
  } catch {
    // Too long for a QR code: the address alone.
  }
  handout.replaceChildren(code, element('div', {}, heading, address));
}
