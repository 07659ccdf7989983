// Headless Chromium for the browser tests: Debian's /usr/bin/chromium when installed, else the
// binary shipped by the @sparticuz/chromium npm package; launched through playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL (sigma) on the software rasterizer, since there is no GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Path of the Chromium binary to drive: the system one, else @sparticuz/chromium's. */
export async function chromiumExecutable(): Promise<string> {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/** Launches headless Chromium; the caller closes it. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}
