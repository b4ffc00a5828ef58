// The browser the tests drive: Debian's Chromium through playwright-core, one for every test file of a run.
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { WEB } from './addresses.mjs';
import { SCREENSHOTS, TIMEOUT } from './suite.mjs';

let browser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});
after(async () => browser?.close());

const refusedByPolicy = new WeakMap();

export async function newPage() {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  // Chromium reports what the Content-Security-Policy refused (scripts, frames, connections) on the console
  refusedByPolicy.set(page, []);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusedByPolicy.get(page).push(message.text());
  });
  return page;
}

/** What the Content-Security-Policy refused on a page since it was opened. */
export function cspViolations(page) {
  return refusedByPolicy.get(page) ?? [];
}

/** Signs in through Keycloak's own sign-in page, as a user would. */
export async function signIn(role) {
  const page = await newPage();
  await page.goto(WEB + '/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/realms\/hamkori\//);
  await page.fill('#username', role);
  await page.fill('#password', role);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.origin === WEB && !url.pathname.startsWith('/auth/'));
  await page.getByText(`Signed in as ${role}`).waitFor();
  return page;
}

export async function navigate(page, name) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click();
}

export async function figureOnPage(page, indicator) {
  const text = await page.locator(`[data-indicator="${indicator}"]`).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Types each value into the field whose label is the whole of its key. */
export async function fillIn(page, values) {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
}
