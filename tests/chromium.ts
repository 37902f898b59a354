/**
 * Which Chromium the browser tests, screenshots and audit use: Debian's `/usr/bin/chromium` when it
 * is installed (Playwright cannot download its own browser on machines without general internet
 * access), otherwise Playwright's own Chromium. When neither exists, `requireChromium` prints one
 * line saying how to get one and exits, instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching out to the network on its own. */
export const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright: Debian's binary and flags, or `{}` for Playwright's own. */
export interface ChromiumChoice {
  executablePath?: string;
  args?: string[];
}

/** The Chromium to launch, or `undefined` when none is installed. */
export function findChromium(): ChromiumChoice | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS };
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return {};
  return undefined;
}

/** Like `findChromium`, but exits with a one-line instruction when there is no Chromium. */
export function requireChromium(): ChromiumChoice {
  const choice = findChromium();
  if (!choice) {
    console.error(
      'No Chromium found: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or "npx playwright install chromium".',
    );
    process.exit(1);
  }
  return choice;
}
