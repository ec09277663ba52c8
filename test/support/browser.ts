// Debian's Chromium driven by playwright-core: Playwright's own browser download does not work
// offline, so we launch the system binary with flags that keep it off the network.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";

export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c ?? ""));
  if (!found) throw new Error("Chromium not found: run `apt-get install -y chromium` or set CHROMIUM_PATH");
  return found;
}

const launchArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** `extraArgs`: more Chromium switches for this launch (the bench turns site isolation off with them). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...launchArgs, ...extraArgs] });
}

/**
 * A browser with a profile on disk: what a page keeps (IndexedDB) survives closing it, as in a Teams
 * client. A context of `launchChromium` is off the record, where Chromium refuses IndexedDB to a
 * cross-site frame.
 */
export function launchPersistentChromium(
  userDataDir: string,
  options: BrowserContextOptions,
  extraArgs: readonly string[] = [],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: findChromium(),
    headless: true,
    args: [...launchArgs, ...extraArgs],
  });
}
