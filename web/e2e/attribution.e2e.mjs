// Browser tests of whose results, and when: the report pages' period, phase and partner picker, and the Partners page
// as a partner organisation's user sees it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { CENTERS, REPORTING } from './addresses.mjs';
import { assertAccessible, call, eventually, ok, screenshot, token, valueAt } from './suite.mjs';
import { figureOnPage, navigate, signIn } from './browser.mjs';

// a partner no other test attributes anything to, so that its figures are exactly this test's records
const PARTNER = `E2E_P${Date.now().toString(36).toUpperCase()}`;
const RUNNING_PHASE = 'US_EMBASSY_PROGRAMME';
const PAST_PHASE = 'POLICE_REFORM_2013_2020';

const overviewOf = async (query, accessToken) =>
  call('GET', `${REPORTING}/reports/overview?${new URLSearchParams(query)}`, accessToken);

/**
 * Presses the page's "Download PDF" and checks what it asked for and got: the report at `path` with the page's
 * filters (`expected` parameters), `Accept: application/pdf` in the page's language, and a real PDF saved as `fileName`.
 */
async function downloadPdf(page, path, expected, fileName) {
  const asked = page.waitForRequest(
    (request) => request.url().startsWith(`${REPORTING}${path}`) && request.headers().accept === 'application/pdf',
  );
  const answered = page.waitForResponse((response) => response.request().headers().accept === 'application/pdf');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const request = await asked;
  const query = new URL(request.url()).searchParams;
  for (const [name, value] of Object.entries(expected)) assert.equal(query.get(name), value, name);
  assert.equal((await request.allHeaders())['accept-language'], 'en');
  const response = await answered;
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^application\/pdf/);
  assert.equal(download.suggestedFilename(), fileName);
  const pdf = readFileSync(await download.path());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the file is a PDF');
  assert.ok(pdf.length > 2000, `a report pack, not an empty document (${pdf.length} bytes)`);
}

/** Every figure the overview page shows equals the report's answer for the same filter. */
async function assertOverviewShows(page, report) {
  const indicators = await page
    .locator('[data-indicator]')
    .evaluateAll((nodes) => nodes.map((n) => n.dataset.indicator));
  assert.ok(indicators.length > 10);
  for (const indicator of indicators) {
    assert.equal(await figureOnPage(page, indicator), valueAt(report, indicator) ?? 0, indicator);
  }
}

describe('whose results, and when', () => {
  it("an analyst picks a phase and a partner on the overview and sees that partner's figures; a link shares the choice, a refused combination says why", async () => {
    const coordinator = await token('coordinator');
    const today = new Date().toISOString().slice(0, 10);
    // two of the partner's centres, one of them open, and an open centre of another partner's
    for (const [n, partner, opened] of [
      [1, PARTNER, true],
      [2, PARTNER, false],
      [3, 'US_EMBASSY', true],
    ]) {
      const centre = await ok('POST', `${CENTERS}/centers`, coordinator, {
        code: `ATTR-${PARTNER}-${n}`,
        name: `Attribution centre ${PARTNER} ${n}`,
        districtCode: 'KHATLON.PANJ',
        constructionType: 'NEW_BUILD',
        fundingPartners: [partner],
        workplaces: 3,
      });
      if (opened) await ok('POST', `${CENTERS}/centers/${centre.body.id}/opening`, coordinator, { openedOn: today });
    }
    const analyst = await token('analyst');
    const filter = { phase: RUNNING_PHASE, partnerCode: PARTNER };
    const partnersOwn = (
      await eventually(
        () => overviewOf(filter, analyst),
        (answer) => answer.status === 200 && answer.body.centers.total === 2 && answer.body.centers.open === 1,
        "the partner's two centres in the overview",
      )
    ).body;

    const page = await signIn('analyst');
    await page.locator('[data-indicator="centers.open"]').waitFor();
    // the programme's figures first: its open centres include the other partner's
    await page.waitForFunction(
      () => Number(document.querySelector('[data-indicator="centers.open"]')?.textContent?.replace(/\D/g, '')) >= 2,
    );
    await page.getByLabel('Phase', { exact: true }).selectOption(RUNNING_PHASE);
    await page.getByLabel('Partner', { exact: true }).selectOption(PARTNER);
    await page.waitForURL(
      (url) => url.searchParams.get('partnerCode') === PARTNER && url.searchParams.get('phase') === RUNNING_PHASE,
    );
    await page.waitForFunction(
      () => document.querySelector('[data-indicator="centers.open"]')?.textContent?.trim() === '1',
    );
    await assertOverviewShows(page, partnersOwn);
    assert.equal(await figureOnPage(page, 'centers.open'), 1);
    assert.equal(await figureOnPage(page, 'groups.active'), 0);
    await assertAccessible(page, 'overview of one partner in one phase');
    await screenshot(page, 'overview-partner-phase');
    // the donor's report pack of what the page shows: the same phase and partner
    await downloadPdf(page, '/reports/overview', filter, 'overview-en.pdf');

    // the address is the choice: opened again, it shows the same figures
    const shared = await page.context().newPage();
    await shared.goto(page.url());
    await shared.waitForFunction(
      () => document.querySelector('[data-indicator="centers.open"]')?.textContent?.trim() === '1',
    );
    assert.equal(await shared.getByLabel('Partner', { exact: true }).inputValue(), PARTNER);
    await shared.close();

    // the phase that ended before these centres were registered: none of them
    await page.getByLabel('Phase', { exact: true }).selectOption(PAST_PHASE);
    await page.waitForFunction(
      () => document.querySelector('[data-indicator="centers.open"]')?.textContent?.trim() === '0',
    );
    await assertOverviewShows(
      page,
      (
        await ok(
          'GET',
          `${REPORTING}/reports/overview?${new URLSearchParams({ ...filter, phase: PAST_PHASE })}`,
          analyst,
        )
      ).body,
    );

    // a year outside the phase: the service refuses the combination, and the page says what it said
    await page.getByLabel('Period', { exact: true }).selectOption('year');
    await page.getByLabel('Year', { exact: true }).selectOption('2011');
    const refusal = await overviewOf({ period: '2011', ...filter, phase: PAST_PHASE }, analyst);
    assert.equal(refusal.status, 400);
    await page.getByRole('alert').filter({ hasText: refusal.body.detail }).waitFor();
    assert.equal(await page.locator('[data-indicator]').count(), 0, 'no figures beside the refusal');
    await page.context().close();
  });

  it("partner-embassy opens the Partners page on the US Embassy's own figures, in full beside the programme's", async () => {
    const embassy = await token('partner-embassy');
    const page = await signIn('partner-embassy');
    await navigate(page, 'Partners');
    await page.waitForURL((url) => url.pathname === '/partners/US_EMBASSY');
    await page.getByRole('heading', { level: 1, name: 'Results of US_EMBASSY' }).waitFor();
    await page.locator('td[data-partner="US_EMBASSY"][data-figure="centers.newBuild"]').waitFor();
    const figures = await page
      .locator('td[data-partner="US_EMBASSY"]')
      .evaluateAll((cells) => cells.map((c) => c.dataset.figure));
    assert.ok(figures.length >= 10, 'every figure of the organisation');
    const shown = async () =>
      Object.fromEntries(
        await page
          .locator('td[data-figure]')
          .evaluateAll((cells) =>
            cells.map((c) => [`${c.dataset.partner} ${c.dataset.figure}`, Number(c.textContent.replace(/[^\d]/g, ''))]),
          ),
      );
    const expected = (report) => {
      const row = report.rows.find((r) => r.partnerCode === 'US_EMBASSY');
      const value = (source, figure) =>
        figure === 'groups.formed' ? source.groups.active + source.groups.dissolved : (valueAt(source, figure) ?? 0);
      return Object.fromEntries(
        figures.flatMap((figure) => [
          [`US_EMBASSY ${figure}`, value(row, figure)],
          [`PROGRAMME ${figure}`, value(report.programme, figure)],
        ]),
      );
    };
    // the figures move while earlier tests' events still arrive: the page equals the report once both settle
    await eventually(
      async () => ({
        page: await shown(),
        report: expected((await ok('GET', `${REPORTING}/reports/partners/US_EMBASSY`, embassy)).body),
      }),
      ({ page: onPage, report }) => isDeepStrictEqual(onPage, report),
      'the Partners page equal to /reports/partners/US_EMBASSY',
    );
    assert.equal(await page.getByRole('link', { name: /Every partner/ }).count(), 0, "no way to every partner's rows");
    const all = (await ok('GET', `${REPORTING}/reports/partners`, embassy)).body;
    assert.deepEqual(
      all.rows.map((r) => r.partnerCode),
      ['US_EMBASSY'],
      "a partner reads its own organisation's row",
    );
    await assertAccessible(page, 'Partners page of a partner organisation');
    await screenshot(page, 'partners-embassy');
    await downloadPdf(page, '/reports/partners/US_EMBASSY', {}, 'partner-US_EMBASSY-en.pdf');
    await page.context().close();
  });
});
