import { expect, type Page, test } from '@playwright/test';

// The public pages' first paint comes in their HTML (src/server/web-prerender): the landing page's title is in
// the server's answer itself, the app then takes that markup over without a hydration error and runs.

/** What the browser console reports as an error, and uncaught exceptions (React's hydration errors among them). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The signed-out visitor's /api/auth/me answers 401: the browser logs that request, not the app.
    if (message.type() === 'error' && !message.text().includes('401')) errors.push(message.text());
  });
  return errors;
}

test('the landing page paints from its HTML, then the app runs there without a hydration error', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const raw = await request.get('/');
  const html = await raw.text();
  expect(html).toMatch(/<h1[^>]*>Selamat datang di Patuh<\/h1>/);
  expect(html).toContain('data-prerendered="id"');
  // A staff page gets the plain shell: no landing text flashing on it.
  const signIn = await (await request.get('/masuk')).text();
  expect(signIn).toContain('<div id="root"></div>');
  expect(signIn).not.toContain('Selamat datang di Patuh');

  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selamat datang di Patuh');
  // The app runs: the visitor's portal teaser appears (it needs the API) and its link navigates in the app.
  const open = page.getByRole('link', { name: 'Lihat hasil penilaian' });
  await expect(page.getByRole('region', { name: /Hasil penilaian \d{4}/ })).toBeVisible({ timeout: 20_000 });
  await open.click();
  await expect(page).toHaveURL(/\/hasil$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hasil Penilaian Kepatuhan');
  expect(errors).toEqual([]);
});

test('the entity page shows its published data from its HTML, with no request for it', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  // The server put the entity's public answer into the page (src/server/web-prerender/embed-public-entity.ts).
  const html = await (await request.get('/hasil/entitas/16.06/riwayat')).text();
  expect(html).toMatch(/<script type="application\/json" id="public-entity-data" data-code="16.06">\{/);
  const errors = collectErrors(page);
  const entityRequests: string[] = [];
  page.on('request', (sent) => {
    if (new URL(sent.url()).pathname === '/api/public/entities/16.06') entityRequests.push(sent.url());
  });
  await page.goto('/hasil/entitas/16.06/riwayat');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kab. Musi Banyuasin', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('entity-score')).toHaveText('93,28');
  await expect(page.getByTestId('trend-chart').locator('svg')).toBeVisible({ timeout: 20_000 });
  expect(entityRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('the portal and entity pages hydrate without errors, and an English visitor ends in English', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  await page.goto('/hasil/entitas/16.06/riwayat');
  await expect(page.getByTestId('entity-score')).toHaveText('93,28', { timeout: 20_000 });
  await page.goto('/hasil');
  // The year's own intro (an Opini year speaks of opinions) replaces the one shown before any data.
  await expect(page.getByTestId('portal-intro')).toContainText('opini (label kualitas)', { timeout: 20_000 });
  expect(errors).toEqual([]);

  // A visitor who chose English before the language cookie existed: the Indonesian HTML is replaced.
  await context.clearCookies();
  await page.evaluate(() => window.localStorage.setItem('patuh.language', 'en'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Patuh', { timeout: 20_000 });
  // From then on the cookie names English, and the server sends the English first paint.
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/<h1[^>]*>Welcome to Patuh<\/h1>/);
  expect(html).toContain('<html lang="en"');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Patuh');
  expect(errors).toEqual([]);
});
