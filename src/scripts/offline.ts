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
  unsupported: '',
} as const;

type State = keyof typeof MESSAGES;

function show(root: HTMLElement, state: State): void {
  const text = root.querySelector<HTMLElement>('[data-offline-text]');
  const reload = root.querySelector<HTMLButtonElement>('[data-offline-reload]');
  root.dataset['state'] = state;
  root.hidden = state === 'unsupported';
  if (text) text.textContent = MESSAGES[state];
  if (reload) reload.hidden = state !== 'update';
}

export function initOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const settled = (registration: ServiceWorkerRegistration): void => {
    if (registration.waiting && navigator.serviceWorker.controller) show(root, 'update');
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
    root.querySelector('[data-offline-reload]')?.addEventListener('click', () => {
      // The waiting worker takes over; the page reloads once it controls the page, all new files.
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        window.location.reload();
      });
      current.waiting?.postMessage({ type: 'SKIP_WAITING' });
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
