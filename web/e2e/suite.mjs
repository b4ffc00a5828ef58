// What the browser tests need from the running suite: tokens from Keycloak, API calls (its addresses: addresses.mjs).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { ISSUER } from './addresses.mjs';

// A test run keeps its screenshots aside (web/target); the README's are refreshed on purpose with
// HAMKORI_SCREENSHOTS=docs, so that running the tests never rewrites committed files.
export const SCREENSHOTS =
  process.env.HAMKORI_SCREENSHOTS === 'docs'
    ? new URL('../docs/screenshots/', import.meta.url)
    : new URL('../target/screenshots/', import.meta.url);
/** How long a test waits for anything: a page, a read model following the events, another service. */
export const TIMEOUT = 30_000;

/** Polls `read` until `done` holds of its answer (read models follow the events a little later). */
export async function eventually(read, done, what) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    assert.ok(Date.now() < deadline, `${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** An access token for a demo user (user = role = password) through the CLI client's password grant. */
export async function token(role) {
  const response = await fetch(`${ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'hamkori-cli',
      client_secret: process.env.HAMKORI_CLI_SECRET ?? 'hamkori-cli-dev-secret',
      username: role,
      password: role,
    }),
  });
  assert.equal(response.status, 200, `token for ${role}: ${await response.clone().text()}`);
  return (await response.json()).access_token;
}

export async function call(method, url, accessToken, body, headers = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export async function ok(method, url, accessToken, body, headers) {
  const result = await call(method, url, accessToken, body, headers);
  assert.ok(
    result.status >= 200 && result.status < 300,
    `${method} ${url}: ${result.status} ${JSON.stringify(result.body)}`,
  );
  return result;
}

export function valueAt(figures, path) {
  return path.split('.').reduce((node, part) => (node == null ? undefined : node[part]), figures);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is: no serious or critical violation. */
export async function assertAccessible(page, name) {
  // evaluated from outside the page: a <script> tag would be refused by web-ui's Content-Security-Policy
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `accessibility of ${name}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
}
