/**
 * Presenter mode's switch (see `src/components/PresenterMode.astro`): the Present button, the P key
 * (unless the learner is typing) and Esc. Presenting is a state of the page, `data-presenting` on
 * the root element, which the stylesheet turns into the projector layout; the timer and QR code
 * are loaded the first time it is switched on.
 */

type Tools = typeof import('./lazy-presenter-tools');
let tools: Promise<Tools> | undefined;
const loadTools = (): Promise<Tools> => (tools ??= import('./lazy-presenter-tools'));

/** Whether a key press belongs to a field the learner is typing in. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type)
  );
}

const frame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/**
 * Prints the lab as a handout: the parts that load when scrolled to (breakdowns, charts) are brought
 * in first, and the QR code of the scenario's link is drawn into the handout block.
 */
async function printHandout(status: HTMLElement | null): Promise<void> {
  if (status) status.textContent = 'Preparing the handout…';
  const handout = document.querySelector<HTMLElement>('[data-print-handout]');
  try {
    const loaded = await loadTools();
    if (handout) loaded.drawHandout(handout);
  } catch {
    // Without the QR code the handout still carries the address, written below.
  }
  const back = window.scrollY;
  for (let round = 0; round < 3; round++) {
    const waiting = document.querySelectorAll<HTMLElement>('[data-lazy], .lab-chart canvas');
    for (const part of waiting) {
      part.scrollIntoView({ block: 'center' });
      await frame();
    }
    // Give what scrolling started (a lazy part, chart.js) a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (!document.querySelector('[data-lazy]')) break;
  }
  window.scrollTo(0, back);
  if (status) status.textContent = '';
  window.print();
}

export function initPresenter(): void {
  const print = document.querySelector<HTMLButtonElement>('[data-print-handout-button]');
  print?.addEventListener('click', () => {
    void printHandout(document.querySelector('[data-print-status]'));
  });
  // Printed some other way (Ctrl+P): the handout gets its QR code if the tools are already here.
  window.addEventListener('beforeprint', () => {
    const handout = document.querySelector<HTMLElement>('[data-print-handout]');
    if (tools && handout) {
      void tools.then((loaded) => {
        loaded.drawHandout(handout);
      });
    } else if (handout) {
      handout.textContent = `Open this lab: ${window.location.href.replace(/^https?:\/\//, '')}`;
    }
  });

  const button = document.querySelector<HTMLButtonElement>('[data-presenter-toggle]');
  const panel = document.querySelector<HTMLElement>('[data-presenter-panel]');
  if (!button || !panel) return;
  const root = document.documentElement;
  const label = button.querySelector('[data-presenter-label]');

  const set = async (on: boolean): Promise<void> => {
    if (on === (root.dataset['presenting'] === 'true')) return;
    if (on) root.dataset['presenting'] = 'true';
    else delete root.dataset['presenting'];
    button.setAttribute('aria-pressed', String(on));
    if (label) label.textContent = on ? 'Leave presenter mode' : 'Present';
    panel.hidden = !on;
    try {
      const loaded = await loadTools();
      if (on) loaded.openPresenterTools(panel);
      else loaded.closePresenterTools();
    } catch {
      if (on) panel.textContent = 'The timer and QR code could not be loaded. Check the connection and try again.';
    }
  };

  button.addEventListener('click', () => {
    void set(root.dataset['presenting'] !== 'true');
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && root.dataset['presenting'] === 'true') {
      // Esc inside an open dialog or menu belongs to it.
      if (document.querySelector('dialog[open]')) return;
      void set(false);
      button.focus();
    } else if ((event.key === 'p' || event.key === 'P') && !typing(event.target)) {
      event.preventDefault();
      void set(root.dataset['presenting'] !== 'true');
    }
  });
}
