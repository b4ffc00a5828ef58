// Browser tests of approved periods: admin approves a past month, a coordinator's data-entry form warns about a date in
// it, and the centre opened with that date shows in the month's drift.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CENTERS, REPORTING, WEB } from './addresses.mjs';
import { assertAccessible, eventually, ok, token } from './suite.mjs';
import { navigate, signIn } from './browser.mjs';

// a month long before the demo's records and other tests' (which are dated today), so that its drift is this test's
const YEAR = '2012';
const MONTH = `${YEAR}-01`;
const RUN = Date.now().toString(36).toUpperCase();

describe('approved periods', () => {
  it("admin approves a past month; the coordinator's form warns of a date in it, and the opening shows in its drift", async () => {
    const admin = await token('admin');
    const page = await signIn('admin');
    await navigate(page, 'Approved periods');
    await page.getByRole('combobox', { name: /^Year/ }).selectOption(YEAR);
    // approving is idempotent: a run before this one may have approved the month already
    const row = page.locator(`tr[data-period="${MONTH}"]`);
    await row.waitFor();
    if ((await row.getAttribute('data-approved')) === 'false') {
      await row.getByRole('button', { name: 'Approve January 2012' }).click();
    }
    await page.locator(`tr[data-period="${MONTH}"][data-approved="true"]`).waitFor();
    await assertAccessible(page, 'approved periods');

    // a centre registered now and opened on a day of the approved month by a coordinator, who enters the data but may
    // not read the drift: the form learns of the approval all the same
    const centre = await ok('POST', `${CENTERS}/centers`, await token('coordinator'), {
      code: `DRIFT-${RUN}`,
      name: `Drift centre ${RUN}`,
      districtCode: 'KHATLON.PANJ',
      constructionType: 'NEW_BUILD',
      fundingPartners: [],
      workplaces: 2,
    });
    const coordinator = await signIn('coordinator');
    await coordinator.goto(`${WEB}/centres/${centre.body.id}`);
    const opening = coordinator.locator('form', { has: coordinator.getByRole('heading', { name: 'Open the centre' }) });
    await opening.getByLabel('Date', { exact: true }).fill(`${MONTH}-15`);
    const warning = opening.locator(`[data-approved-period]`);
    await warning.waitFor();
    assert.match(await warning.textContent(), /approved period/);
    await opening.getByRole('button', { name: 'Open the centre' }).click();
    await coordinator.locator('[data-status="OPEN"]').waitFor();
    await coordinator.context().close();

    // the month's drift lists the opening's event, and each figure changed with its approved and current value
    const drift = await eventually(
      async () => (await ok('GET', `${REPORTING}/reports/periods/${MONTH}/drift`, admin)).body,
      (answer) => answer.events.some((e) => e.subject === centre.body.id),
      'the opening in the drift',
    );
    await navigate(page, 'Approved periods');
    await page.getByRole('combobox', { name: /^Year/ }).selectOption(YEAR);
    await page.getByRole('button', { name: 'Drift of January 2012' }).click();
    const opened = page.locator('[data-drift] tr', { hasText: centre.body.id });
    await opened.waitFor();
    assert.match(await opened.textContent(), /CenterOpened/);
    for (const f of drift.figures) {
      const [approved, current] = await page
        .locator(`[data-drift] tr[data-figure="${f.figure}"] td.num`)
        .allTextContents();
      assert.deepEqual(
        [Number(approved.replace(/\D/g, '')), Number(current.replace(/\D/g, ''))],
        [f.approved, f.current],
      );
    }
    await assertAccessible(page, 'the drift of an approved period');
    await page.context().close();
  });
});
