import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoUsers, signInAs } from './helpers/accounts';
import { api } from './helpers/data-collection';

/**
 * axe-core over the main public and staff pages of the demo (docs/accessibility.md). Every rule axe ships is
 * run; a critical or serious finding fails the journey, lesser ones are only counted. Each page also has a
 * title of its own, so a screen reader and the browser's tab say where one is.
 */
const fieldYear = 2026;
const blockingImpacts = new Set(['critical', 'serious']);

interface PageAudit {
  label: string;
  title: string;
  blocking: string[];
  findings: number;
}

/** Runs axe on the page as it is now; the caller has waited for the page's content. */
async function auditPage(page: Page, label: string): Promise<PageAudit> {
  // The map's areas are the presentational children of one named role="img" (each area is also a link in the
  // ranking table); leaving its 514 paths out keeps the run short.
  const results = await new AxeBuilder({ page }).exclude('[data-testid="map-regencies"] path').analyze();
  const blocking = results.violations
    .filter((violation) => blockingImpacts.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  const findings = results.violations.reduce((total, violation) => total + violation.nodes.length, 0);
  return { label, title: await page.title(), blocking, findings };
}

/** Opens a page of the app and waits until its main heading (and whatever the caller names) has shown. */
async function openAppPage(page: Page, path: string, ready?: (page: Page) => Promise<void>) {
  await page.goto(path);
  // Pages and their data load lazily: allow a slow machine time for the first paint.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  if (ready) await ready(page);
  // Lazy parts (charts, map layers, queries) settle before axe looks.
  await page.waitForLoadState('networkidle');
}

/** Fails with every critical or serious finding listed; logs how many elements axe flagged per page. */
function expectNoBlockingFindings(audits: readonly PageAudit[]) {
  console.log(audits.map((audit) => `${audit.label}: ${audit.findings}`).join('; '));
  expect(audits.flatMap((audit) => audit.blocking.map((line) => `${audit.label}: ${line}`))).toEqual([]);
}

test('the public pages have no critical or serious axe finding, and a title each', async ({ page }) => {
  test.setTimeout(90_000);
  const audits: PageAudit[] = [];
  await openAppPage(page, '/');
  audits.push(await auditPage(page, 'beranda'));
  await openAppPage(page, '/hasil', async (current) => {
    await expect(current.getByTestId('map-regencies').locator('path').first()).toBeAttached();
  });
  audits.push(await auditPage(page, 'hasil'));
  await openAppPage(page, '/hasil/entitas/16.06/riwayat', async (current) => {
    await expect(current.getByTestId('entity-score')).toBeVisible();
  });
  audits.push(await auditPage(page, 'entitas'));
  await openAppPage(page, '/masuk');
  audits.push(await auditPage(page, 'masuk'));

  expectNoBlockingFindings(audits);
  expect(audits.map((audit) => audit.title)).toEqual([
    'Beranda · Patuh',
    'Hasil Penilaian Kepatuhan · Patuh',
    'Kab. Musi Banyuasin · Hasil Penilaian Kepatuhan · Patuh',
    'Masuk · Patuh',
  ]);
});

test('the staff pages and the survey pages have no critical or serious axe finding', async ({ page }) => {
  test.setTimeout(90_000);
  const audits: PageAudit[] = [];
  // The coordinator of Sumatera Selatan, on the cycle in the field, Muba's locus and one of its units.
  await signInAs(page, demoUsers.coordinator);
  await openAppPage(page, '/');
  audits.push(await auditPage(page, 'beranda staf'));
  await openAppPage(page, `/siklus/${fieldYear}`);
  audits.push(await auditPage(page, 'siklus'));
  await openAppPage(page, `/siklus/${fieldYear}/lokus/16.06`);
  audits.push(await auditPage(page, 'lokus'));
  const locus: { units: { unitId: string; isSelected: boolean }[] } = await api(
    page,
    'GET',
    `/api/cycles/${fieldYear}/loci/16.06`,
  );
  const unitId = locus.units.find((unit) => unit.isSelected)?.unitId;
  expect(unitId).toBeDefined();
  await openAppPage(page, `/siklus/${fieldYear}/lokus/16.06/unit/${unitId}`, async (current) => {
    await expect(current.getByTestId('unit-status')).toBeVisible();
  });
  audits.push(await auditPage(page, 'formulir unit'));
  expect(audits.map((audit) => audit.title)).toEqual([
    'Beranda · Patuh',
    `Siklus ${fieldYear} · Patuh`,
    `Kab. Musi Banyuasin · ${fieldYear} · Patuh`,
    expect.stringMatching(/ · Kab\. Musi Banyuasin · Patuh$/),
  ]);

  // The public survey pages are rendered by the server, without the app: the unit's link (made once, the
  // same afterwards) and Muba's fixed public-trust link.
  const survey: { code: string } = await api(
    page,
    'POST',
    `/api/cycles/${fieldYear}/loci/16.06/units/${unitId}/survey/link`,
  );
  for (const [label, path] of [
    ['survei pengguna layanan', `/s/${survey.code}`],
    ['survei kepercayaan publik', '/k/KPMUBA26'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    audits.push(await auditPage(page, label));
  }
  expectNoBlockingFindings(audits);
});

test('the page title follows the language: English when EN is chosen', async ({ page }) => {
  await page.goto('/hasil');
  await expect(page).toHaveTitle('Hasil Penilaian Kepatuhan · Patuh');
  await page.getByText('EN', { exact: true }).click();
  await expect(page).toHaveTitle('Compliance Assessment Results · Patuh');
  await page.getByText('ID', { exact: true }).click();
  await expect(page).toHaveTitle('Hasil Penilaian Kepatuhan · Patuh');
});
