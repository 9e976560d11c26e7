import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import { demoUsers, signInAs, signOut } from './helpers/accounts';
import { api } from './helpers/data-collection';

/** The demo cycle in the field: Musi Banyuasin with a unit returned, one submitted, complaints recorded. */
const year = 2026;
const phone = { width: 360, height: 740 };

/**
 * What a 360 px phone must show: nothing wider than the screen (the page never scrolls sideways) and every
 * badge's label whole ("DIKEMBALIKAN", not "DIKEMBA…"). Saves a full-page screenshot under the test output.
 */
async function expectFitsPhone(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: testInfo.outputPath(`${name}-360x740.png`), fullPage: true });
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    truncated: [...document.querySelectorAll<HTMLElement>('.mantine-Badge-label')]
      .filter((label) => label.checkVisibility() && label.scrollWidth > label.clientWidth)
      .map((label) => `${label.textContent} (${label.scrollWidth} > ${label.clientWidth})`),
    badges: document.querySelectorAll('.mantine-Badge-label').length,
  }));
  expect.soft(layout.scrollWidth, `${name}: page width`).toBeLessThanOrEqual(phone.width);
  expect.soft(layout.truncated, `${name}: truncated badges`).toEqual([]);
  expect(layout.badges, `${name}: badges checked`).toBeGreaterThan(0);
}

/** The box of a locator lies within the phone's width (shown, not pushed off to the right). */
async function expectWithinScreen(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= phone.width + 0.5).toBe(true);
}

test('at 360 × 740 the locus page, unit form, complaint records and /hasil fit the screen, badges whole, taps ≥ 44 px', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(phone);

  // /hasil: each government a card with its score and category in view.
  await page.goto('/hasil');
  const rankings = page.getByTestId('rankings-table').first();
  await expect(rankings).toBeVisible({ timeout: 30_000 });
  const firstRanked = rankings.locator('[data-code]').first();
  await expectWithinScreen(firstRanked.getByLabel('Nilai'));
  await expectWithinScreen(firstRanked.locator('.mantine-Badge-root').first());
  await expectFitsPhone(page, testInfo, 'hasil');

  await signInAs(page, demoUsers.assessor);
  const locus = await api(page, 'GET', `/api/cycles/${year}/loci/16.06`);
  await page.goto(`/siklus/${year}/lokus/16.06`);
  await expect(page.getByTestId('unit-status').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('unit-status').filter({ hasText: 'Dikembalikan' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'locus-page');

  // The unit form of the first unit (Dinas Sosial, with the demo's complaint records).
  const unitId: string = locus.units[0].unitId;
  await page.goto(`/siklus/${year}/lokus/16.06/unit/${unitId}`);
  await expect(page.getByTestId('provisional-score-value')).toBeVisible({ timeout: 30_000 });
  for (const section of await page.locator('.mantine-Accordion-control').all()) await section.click();
  await expectFitsPhone(page, testInfo, 'unit-form');
  const smallTargets = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '[data-touch-targets] :is(.mantine-Button-root, .mantine-ActionIcon-root, .mantine-Radio-label, .mantine-Checkbox-label, .mantine-Accordion-control)',
      ),
    ]
      .filter((element) => element.checkVisibility())
      .map((element) => ({
        text: element.textContent?.trim().slice(0, 40),
        height: element.getBoundingClientRect().height,
      }))
      .filter((target) => target.height > 0 && target.height < 44),
  );
  expect.soft(smallTargets).toEqual([]);

  // The complaint records: times, outcome and the edit/delete buttons inside the card, on screen.
  const complaints = page.getByRole('region', { name: 'Sampel pengaduan' });
  await complaints.scrollIntoViewIfNeeded();
  const records = complaints.getByTestId('complaint-cards');
  await expect(records).toBeVisible();
  const firstRecord = records.locator('li').first();
  await expectWithinScreen(firstRecord.getByText('Diterima:'));
  await expectWithinScreen(firstRecord.getByText('Hasil:'));
  await expectWithinScreen(firstRecord.getByRole('button', { name: /^Ubah pengaduan/ }));
  await expectWithinScreen(firstRecord.getByRole('button', { name: /^Hapus pengaduan/ }));
  await complaints.screenshot({ path: testInfo.outputPath('complaint-records-card-360x740.png') });
  await expectFitsPhone(page, testInfo, 'complaint-records');
  await signOut(page);
});

/**
 * What the layout split across lines inside one word ("Maladmini" / "strasi"), under `selector`, and what
 * sticks out of its box. A word here runs between spaces and dashes, where a line may end; each word's text is
 * measured with a Range: a word on one line has its boxes on one line.
 */
async function brokenWords(
  page: Page,
  selector: string,
): Promise<{ words: number; broken: string[]; overflowing: string[] }> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    const broken: string[] = [];
    const overflowing: string[] = [];
    let words = 0;
    if (!root) return { words, broken: [`${rootSelector} not found`], overflowing };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[^\s\-–—]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)),
        );
        words += 1;
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    for (const element of root.querySelectorAll<HTMLElement>('*'))
      if (
        element.checkVisibility() &&
        element.scrollWidth > element.clientWidth + 1 &&
        element.clientWidth > 0
      )
        overflowing.push(
          `${element.textContent?.slice(0, 40)} (${element.scrollWidth} > ${element.clientWidth})`,
        );
    return { words, broken, overflowing };
  }, selector);
}

test('the entity page’s cards break their labels between words at 360 px (and 992 px), in both languages', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  for (const [language, label] of [
    ['id', 'Kualitas Tertinggi Tanpa Maladministrasi'],
    ['en', 'Highest quality Without Maladministration'],
  ] as const) {
    await page.setViewportSize(phone);
    await page.goto('/');
    await page.evaluate((chosen) => window.localStorage.setItem('patuh.language', chosen), language);
    // 360: one card a row; 992: the narrowest screen with four cards in a row.
    for (const width of [phone.width, 992]) {
      const name = `${language} ${width} px`;
      await page.setViewportSize({ width, height: phone.height });
      await page.goto('/hasil/entitas/16.06/riwayat');
      // The demo's latest year is an Opini year whose label has the page's longest word.
      const opinion = page.getByTestId('entity-zone-or-opinion');
      await expect(opinion).toHaveText(label, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: testInfo.outputPath(`entity-${language}-${width}.png`), fullPage: true });
      const cards = await brokenWords(page, '[data-testid="entity-latest"]');
      expect(cards.words, `${name}: words measured`).toBeGreaterThan(10);
      expect.soft(cards.broken, `${name}: words broken across lines`).toEqual([]);
      expect.soft(cards.overflowing, `${name}: text wider than its box`).toEqual([]);
      const box = await opinion.boundingBox();
      expect
        .soft((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width, `${name}: label on screen`)
        .toBe(true);
      expect
        .soft(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: page width`)
        .toBeLessThanOrEqual(width);
    }
  }
});

test('the header keeps an admin’s areas in one row at 1280 and 1366 px, never wrapping into clipped rows', async ({
  page,
}, testInfo) => {
  await signInAs(page, demoUsers.admin);
  for (const width of [1280, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/siklus');
    const nav = page.getByTestId('header-nav');
    await expect(nav).toBeVisible();
    await page.locator('header').screenshot({ path: testInfo.outputPath(`header-${width}.png`) });
    const header = await page.evaluate(() => {
      const element = document.querySelector('header');
      const links = [...document.querySelectorAll<HTMLElement>('[data-testid="header-nav"] a')];
      return {
        height: element?.getBoundingClientRect().height ?? 0,
        overflow: (element?.scrollWidth ?? 0) - (element?.clientWidth ?? 0),
        pageWidth: document.documentElement.scrollWidth,
        tops: [...new Set(links.map((link) => Math.round(link.getBoundingClientRect().top)))],
        lastRight: Math.max(...links.map((link) => link.getBoundingClientRect().right)),
        bottoms: Math.max(...links.map((link) => link.getBoundingClientRect().bottom)),
        count: links.length,
      };
    });
    expect.soft(header.count, `${width}: links`).toBeGreaterThanOrEqual(10);
    expect.soft(header.tops, `${width}: one row`).toHaveLength(1);
    expect.soft(header.bottoms, `${width}: inside the header`).toBeLessThanOrEqual(header.height);
    expect.soft(header.overflow, `${width}: header overflow`).toBeLessThanOrEqual(0);
    expect.soft(header.pageWidth, `${width}: page width`).toBeLessThanOrEqual(width);
    // The account menu stays on screen to the right of the areas.
    const account = await page.getByRole('button', { name: /^Menu akun/ }).boundingBox();
    expect((account?.x ?? 0) + (account?.width ?? 0)).toBeLessThanOrEqual(width);
    expect(account?.x ?? 0).toBeGreaterThan(header.lastRight);
  }
});
