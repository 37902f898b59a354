/**
 * Registers the service worker that keeps the whole course available offline
 * (`src/integrations/offline.ts`) and says where things stand in the footer's indicator:
 * "Available offline" once every file is saved, "Offline: using the saved copy" without a network,
 * and an update notice with a Reload button when a new version has been saved. Plain DOM code,
 * like the rest of the shell.
 */

/** The indicator's states and what each says. */
const MESSAGES = {
  saving: 'Saving the course for offline use…',
  ready: 'Available offline',
  offline: 'Offline: using the copy saved on this device',
  update: 'A new version is saved.',
  // Another tab switched to a new version: this page's files that load later may be gone.
  replaced: 'This page is from the previous version, now replaced.',
  unsupported: '',
} as const;

type State = keyof typeof MESSAGES;

function show(root: HTMLElement, state: State): void {
  const text = root.querySelector<HTMLElement>('[data-offline-text]');
  const reload = root.querySelector<HTMLButtonElement>('[data-offline-reload]');
  root.dataset['state'] = state;
  root.hidden = state === 'unsupported';
  if (text) text.textContent = MESSAGES[state];
  if (reload) reload.hidden = state !== 'update' && state !== 'replaced';
}

export function initOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  // Set when a new version takes over from another tab; this page then only offers to reload.
  let replaced = false;
  const settled = (registration: ServiceWorkerRegistration): void => {
    if (replaced) show(root, 'replaced');
    else if (registration.waiting && navigator.serviceWorker.controller) show(root, 'update');
    else if (registration.active) show(root, navigator.onLine ? 'ready' : 'offline');
    else show(root, 'saving');
  };
  const start = async (): Promise<void> => {
    let registration: ServiceWorkerRegistration | undefined;
    try {
      registration = await navigator.serviceWorker.register('/sw.js');
    } catch {
      registration = undefined;
    }
    // Refused (private browsing, a policy, a browser that blocks workers): say nothing rather than promise.
    if (!registration) {
      show(root, 'unsupported');
      return;
    }
    const current = registration;
    settled(current);
    current.addEventListener('updatefound', () => {
      const installing = current.installing;
      if (!navigator.serviceWorker.controller) show(root, 'saving');
      installing?.addEventListener('statechange', () => {
        settled(current);
      });
    });
    await navigator.serviceWorker.ready;
    settled(current);
    let reloading = false;
    const hadController = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // This page asked for the new version: reload into it, all new files.
      if (reloading) window.location.reload();
      // Another tab did. This page's lazily loaded parts (charts, presenter tools) may no longer be
      // saved or served: say so, and offer the reload.
      else if (hadController) {
        replaced = true;
        settled(current);
      }
    });
    root.querySelector('[data-offline-reload]')?.addEventListener('click', () => {
      reloading = true;
      // The waiting worker takes over; the page reloads once it controls the page.
      if (current.waiting) current.waiting.postMessage({ type: 'SKIP_WAITING' });
      else window.location.reload();
    });
    window.addEventListener('online', () => {
      settled(current);
    });
    window.addEventListener('offline', () => {
      settled(current);
    });
  };
  // After the page has loaded, so saving the course does not compete with the page itself.
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}
