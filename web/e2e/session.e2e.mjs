// The session in the browser: the access token renewed silently, kept in memory only. It waits out a token's life
// and writes nothing, so run.mjs runs it beside the other files; as a demo user none of them signs in
// (trainer-sughd), so that its sign-ins never meet theirs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ISSUER, REPORTING } from './addresses.mjs';
import { cspViolations, navigate, signIn } from './browser.mjs';

/** The claims of a JWT (read only, not verified: the services verify it). */
function claimsOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/**
 * Opens another report page through the navigation, as a user would (no reload: the tokens stay in memory), and
 * answers the status of the report call it makes and the access token it sent.
 */
async function reportCallFromTheApp(page, link) {
  const answer = page.waitForResponse(
    (r) => r.url().startsWith(`${REPORTING}/reports/`) && r.request().method() === 'GET',
  );
  await navigate(page, link);
  const response = await answer;
  const authorization = (await response.request().allHeaders()).authorization ?? '';
  assert.match(authorization, /^Bearer /, `the report call of ${link} sends the access token`);
  return { status: response.status(), accessToken: authorization.slice('Bearer '.length) };
}

async function storedByTheBrowser(page) {
  return page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
}

describe('the session in the web app', () => {
  it('renews its access token silently before it expires, keeps it in memory only, and calls the APIs with the new one', async () => {
    const page = await signIn('trainer-sughd');
    const first = await reportCallFromTheApp(page, 'Regions and districts');
    assert.equal(first.status, 200);
    const { exp, iat } = claimsOf(first.accessToken);
    const lifespan = exp - iat;
    assert.ok(
      lifespan <= 120,
      `the browser tests run with hamkori-web's access tokens shortened (about 60 s), not ${lifespan} s`,
    );
    assert.ok(
      !(await storedByTheBrowser(page)).includes(first.accessToken),
      'no token in localStorage or sessionStorage',
    );

    // the renewal is the app's own call to the token endpoint (refresh token, or the code of the hidden frame)
    await page.waitForResponse(
      (r) => r.url() === `${ISSUER}/protocol/openid-connect/token` && r.request().method() === 'POST' && r.ok(),
      { timeout: (lifespan + 30) * 1000 },
    );
    assert.ok(Date.now() < exp * 1000, 'renewed before the first token expired');
    let renewed;
    for (const link of ['Targets', 'Regions and districts', 'Targets']) {
      renewed = await reportCallFromTheApp(page, link);
      if (renewed.accessToken !== first.accessToken) break;
    }
    assert.notEqual(renewed.accessToken, first.accessToken, 'the app sends the renewed token');
    assert.equal(renewed.status, 200);

    // once the first token has expired, the app's calls still succeed, with a token that has not
    await page.waitForTimeout(Math.max(0, exp * 1000 - Date.now()) + 1000);
    const afterExpiry = await reportCallFromTheApp(page, 'Overview');
    assert.equal(afterExpiry.status, 200, 'a report call after the first token expired succeeds');
    assert.notEqual(afterExpiry.accessToken, first.accessToken);
    assert.ok(claimsOf(afterExpiry.accessToken).exp * 1000 > Date.now(), 'the token sent has not expired');
    assert.ok(
      !(await storedByTheBrowser(page)).includes(afterExpiry.accessToken),
      'the renewed token is not stored either',
    );
    await page.getByText('Signed in as trainer-sughd').waitFor();

    // a reload forgets the tokens: the app signs in again through the identity provider's session in a hidden frame
    await page.reload();
    await page.getByText('Signed in as trainer-sughd').waitFor();
    await page.locator('[data-indicator="centers.open"]').waitFor();
    assert.deepEqual(cspViolations(page), [], 'nothing the app does is refused by the Content-Security-Policy');
    await page.context().close();
  });
});
