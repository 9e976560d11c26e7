import { expect, test } from '@playwright/test';

/** `/metodologi` for anyone, on a phone: every edition with its title and standing, a tree, a comparison. */
test('lists every edition with its title and standing, shows a tree with provenance, and compares two editions on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/metodologi');
  // The page loads on first visit (a lazy route): allow a loaded machine its time.
  await expect(page.getByRole('heading', { level: 1, name: 'Metodologi penilaian' })).toBeVisible({
    timeout: 20_000,
  });
  const editions = page.getByTestId('methodology-edition');
  await expect(editions).toHaveCount(10);
  const expected: [string, string, string][] = [
    ['ombudsman-opini@2026', 'Penilaian Maladministrasi / Opini Ombudsman 2026', 'Berlaku'],
    [
      'ombudsman-kepatuhan@2024',
      'Penilaian Kepatuhan Standar Pelayanan Publik 2024 (Ombudsman RI)',
      'Digantikan',
    ],
    [
      'ombudsman-survei-kepatuhan@2021',
      'Survei Kepatuhan Standar Pelayanan Publik 2021 (Ombudsman RI)',
      'Riwayat',
    ],
  ];
  for (const [ref, title, standing] of expected) {
    const card = page.locator(`[data-testid="methodology-edition"][data-ref="${ref}"]`);
    await expect(card).toContainText(title);
    await expect(card.getByTestId('methodology-standing')).toHaveText(standing);
  }

  // The newest edition is shown first: its Output indicator with its weight, its assumed provenance and the
  // plain line the survey shows respondents.
  await page.getByRole('button', { name: /^Output/ }).click();
  const delay = page.getByTestId('indicator-OUT-01');
  await expect(delay).toContainText('Bobot 20 % dari dimensi');
  await expect(delay.locator('[data-provenance="assumed"]').first()).toHaveText('Asumsi');
  await expect(delay).toContainText('Layanan Anda selesai jauh lebih lama dari waktu yang dijanjikan');

  // Side by side with 2024r1: what changed between the methods.
  await page
    .getByRole('combobox', { name: 'Bandingkan dengan edisi lain' })
    .selectOption('ombudsman-kepatuhan@2024r1');
  await expect(page).toHaveURL(/banding=ombudsman-kepatuhan%402024r1|banding=ombudsman-kepatuhan@2024r1/);
  const comparison = page.getByTestId('methodology-comparison');
  await expect(comparison).toContainText('ombudsman-kepatuhan@2024r1 → ombudsman-opini@2026');
  await expect(comparison.getByTestId('methodology-change').first()).toBeVisible();
  await expect(page.getByTestId('methodology-change-count')).toContainText('perubahan');

  // Phone-friendly: nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
