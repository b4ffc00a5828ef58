// Browser tests of accountability and partners' integrations: a record's change history, the audit search, pickers
// limited to a scoped user's regions, and a partner's webhook endpoint receiving, logging and redelivering events.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CENTERS, REPORTING, WEB, WEBHOOKS } from './addresses.mjs';
import { assertAccessible, call, ok, screenshot, TIMEOUT, token } from './suite.mjs';
import { navigate, signIn } from './browser.mjs';
import { startReceiver } from './receiver.mjs';

const RUN = Date.now().toString(36).toUpperCase();
let centreNumber = 0;

async function registerCentre(accessToken, fields = {}) {
  centreNumber += 1;
  const centre = await ok('POST', `${CENTERS}/centers`, accessToken, {
    code: `ACC-${RUN}-${centreNumber}`,
    name: `Accountability centre ${RUN} ${centreNumber}`,
    districtCode: 'KHATLON.QUBODIYON',
    constructionType: 'NEW_BUILD',
    fundingPartners: ['US_EMBASSY'],
    workplaces: 4,
    ...fields,
  });
  return centre.body;
}

/** Clicks "Refresh" until what the page should show appears (the delivery log is read when asked). */
async function refreshUntil(page, shown) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    if (
      await shown.waitFor({ timeout: 1_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
    assert.ok(Date.now() < deadline, 'the delivery log did not show the delivery');
  }
}

describe('accountability and integrations in the web app', () => {
  it("a coordinator changes a centre's settlement; its history shows her name and the value before and after, and admin finds it in the audit search", async () => {
    const before = `Old settlement ${RUN}`;
    const after = `New settlement ${RUN}`;
    const centre = await registerCentre(await token('coordinator'), { settlement: before });

    const page = await signIn('coordinator');
    await page.goto(`${WEB}/centres/${centre.id}`);
    await page.getByRole('heading', { level: 2, name: 'Change history' }).waitFor();
    await page.getByRole('button', { name: 'Show the changes' }).click();
    await page.locator('[data-history] li[data-action="CenterRegistered"]').waitFor();
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Settlement').fill(after);
    await page.getByRole('button', { name: 'Save details' }).click();

    const change = page.locator('[data-history] li[data-action="CenterDetailsChanged"]');
    await change.waitFor();
    assert.equal(await change.locator('[data-actor]').innerText(), 'coordinator');
    assert.match(await change.innerText(), /Details changed/);
    const settlement = change.locator('tr[data-field="settlement"]');
    assert.equal(await settlement.locator('th').innerText(), 'Settlement');
    assert.equal(await settlement.locator('[data-before]').innerText(), before);
    assert.equal(await settlement.locator('[data-after]').innerText(), after);
    await assertAccessible(page, 'centre with its change history');
    await screenshot(page, 'centre-history');
    await page.context().close();

    const admin = await signIn('admin');
    await navigate(admin, 'Administration');
    await admin.getByRole('link', { name: 'Audit search' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Audit search' }).waitFor();
    await admin.getByLabel('Service').selectOption('centers');
    await admin.getByLabel('User').fill('coordinator');
    await admin.getByLabel('Record id').fill(centre.id);
    await admin.getByRole('button', { name: 'Search', exact: true }).click();
    const found = admin.locator('li[data-action="CenterDetailsChanged"]');
    await found.waitFor();
    assert.equal(await found.locator('tr[data-field="settlement"] [data-after]').innerText(), after);
    assert.equal(
      await admin.locator('li[data-action]:not([data-action="READ_PERSONAL_DATA"])').count(),
      2,
      "the centre's two writes, nothing else",
    );
    const download = admin.waitForEvent('download');
    await admin.getByRole('button', { name: 'CSV of centres' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    assert.ok(csv.includes(after) && csv.includes(before), 'the CSV holds the change');
    await assertAccessible(admin, 'audit search');
    await screenshot(admin, 'audit-search');
    await admin.context().close();
  });

  it("the coordinator limited to Khatlon sees only Khatlon's centres and is offered only Khatlon and its districts", async () => {
    // a centre in each of two regions, so that there is something to list and something to leave out
    const coordinator = await token('coordinator');
    await registerCentre(coordinator);
    await registerCentre(coordinator, { districtCode: 'SUGHD.ISFARA' });
    const districts = (await ok('GET', `${REPORTING}/reference/districts`, null)).body.items;
    const khatlonDistricts = districts.filter((d) => d.regionCode === 'KHATLON');
    const khatlonCodes = new Set(
      (await ok('GET', `${CENTERS}/centers?regionCode=KHATLON&size=500`, await token('admin'))).body.items.map(
        (c) => c.code,
      ),
    );

    const page = await signIn('coordinator-khatlon');
    await navigate(page, 'Centres');
    const list = page.getByRole('table', { name: 'Registered centres' });
    await list.locator('tbody tr').first().waitFor();
    const codes = await list.locator('tbody tr td:first-child').allInnerTexts();
    assert.ok(codes.length > 0);
    assert.deepEqual(
      codes.filter((code) => !khatlonCodes.has(code)),
      [],
      'every centre listed is in Khatlon',
    );

    const regionFilter = page.getByLabel('Region', { exact: true });
    assert.deepEqual(await regionFilter.locator('option').allInnerTexts(), ['All', 'Khatlon Region']);
    const districtFilter = page.getByLabel('District', { exact: true });
    assert.equal(
      await districtFilter.locator('option').count(),
      khatlonDistricts.length + 1,
      'Khatlon\'s districts and "All"',
    );

    await page.getByRole('button', { name: 'Register a centre' }).click();
    const districtPicker = page
      .getByRole('form', { name: 'Register a centre' })
      .getByLabel('District', { exact: true });
    const offered = await districtPicker
      .locator('option')
      .evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    assert.deepEqual(
      offered.sort(),
      khatlonDistricts.map((d) => d.code).sort(),
      "the register form offers Khatlon's districts only",
    );
    await assertAccessible(page, 'centres of a scoped coordinator');
    await page.context().close();
  });

  describe("a partner's webhook endpoint", () => {
    let receiver;
    after(async () => receiver?.close());

    it('registers an endpoint at a loopback receiver, sees its secret once, pings it, sees a delivery in the log and sends it again', async () => {
      // webhooks-service ties a partner to its organisation by the token's partner_code: without it, it refuses all
      const claims = JSON.parse(Buffer.from((await token('partner')).split('.')[1], 'base64url'));
      assert.ok(
        claims.partner_code,
        "the demo partner's token carries partner_code (the realm maps the user attribute)",
      );
      receiver = await startReceiver();
      const url = `${receiver.url}/hamkori-${RUN}`;
      const page = await signIn('partner');
      await navigate(page, 'Integrations');
      await page.getByRole('heading', { level: 1, name: 'Integrations: webhooks' }).waitFor();
      await page.getByRole('button', { name: 'Register an endpoint' }).click();
      await page.getByLabel('URL', { exact: true }).fill(url);
      await page.getByLabel('Description').fill(`Browser test ${RUN}`);
      await page.locator('label[title*="CenterRegistered"] input').check();
      await page.getByRole('button', { name: 'Check and register' }).click();

      // the service pinged the URL before it registered it
      const [ping] = await receiver.until((r) => r.method === 'POST', 1, 'the registration ping');
      assert.ok(ping.headers['webhook-id'] && ping.headers['webhook-signature'], 'the ping is signed');
      const secret = page.locator('code.secret');
      await secret.waitFor();
      const secretText = await secret.innerText();
      assert.match(secretText, /^whsec_/);
      await assertAccessible(page, 'integrations with the secret shown once');
      await screenshot(page, 'integrations-secret');
      await page.getByRole('button', { name: 'Hide it without copying' }).click();
      await secret.waitFor({ state: 'detached' });
      assert.ok(!(await page.locator('body').innerText()).includes(secretText), 'the secret is not shown again');

      await page.getByRole('link', { name: url }).click();
      await page.getByRole('heading', { level: 1, name: url }).waitFor();
      const endpointId = page.url().split('/').pop();
      await page.getByRole('button', { name: 'Send a test ping' }).click();
      await page.getByText('The endpoint accepted the ping.').waitFor();
      await receiver.until((r) => r.method === 'POST', 2, 'the test ping');

      const centre = await registerCentre(await token('coordinator'));
      const [delivered] = await receiver.until(
        (r) => (r.headers['ce-type'] ?? '').includes('CenterRegistered') && r.body.includes(centre.code),
        1,
        "the centre's event",
      );
      const webhookId = delivered.headers['webhook-id'];
      const subject = delivered.headers['ce-subject'];
      assert.ok(webhookId && subject, 'the delivery has its webhook-id and subject');

      const row = page.locator('tr', { has: page.getByRole('cell', { name: subject, exact: true }) });
      await refreshUntil(page, row);
      await row.getByRole('button', { name: /attempts: / }).click();
      await page.getByText(`webhook-id (= ce-id): ${webhookId}`).waitFor();
      await assertAccessible(page, 'endpoint with its delivery log');
      await screenshot(page, 'integrations-delivery-log');
      await row.getByRole('button', { name: 'Send again' }).click();
      const again = await receiver.until((r) => r.headers['webhook-id'] === webhookId, 2, 'the delivery sent again');
      assert.equal(again[1].body, again[0].body, 'sent again with the same payload');

      await page.context().close();
      // no more deliveries to a receiver that is about to stop
      const partner = await token('partner');
      const endpoint = await ok('GET', `${WEBHOOKS}/webhooks/endpoints/${endpointId}`, partner);
      const deleted = await call('DELETE', `${WEBHOOKS}/webhooks/endpoints/${endpointId}`, partner, null, {
        'If-Match': endpoint.headers.get('ETag') ?? `"${endpoint.body.version}"`,
      });
      assert.equal(deleted.status, 204);
    });
  });
});
