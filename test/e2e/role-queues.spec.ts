import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { formatCalendarDate } from '../../src/core/format';
import { type SmtpInbox, startSmtpInbox } from '../helpers/smtp-inbox';
import { demoPassword, demoUsers, signIn, signInAs } from './helpers/accounts';
import { startServer, stopServer } from './helpers/server-process';

/**
 * Issue #20 on the demo data, against a server of its own that sends mail to a real SMTP server started
 * here: the verifier's queue, the liaison's publication notice by e-mail and plan editing, and "lupa kata
 * sandi" by e-mail.
 */
const port = Number(process.env.E2E_PORT ?? 3917) + 1;
const base = `http://127.0.0.1:${port}`;
let inbox: SmtpInbox;
let server: ChildProcess;
let dataDir = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  inbox = await startSmtpInbox();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-e2e-mail-'));
  server = await startServer(dataDir, port, 0, { PATUH_SMTP_URL: inbox.url, PATUH_MAIL_CHECK_SECONDS: '1' });
});
test.afterAll(async () => {
  await stopServer(server);
  await inbox.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const goto = (page: Page, url: string) => page.goto(`${base}${url}`);
const mailTo = async (email: string, pattern: RegExp) => {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const found = inbox.messages.find((message) => message.to === email && pattern.test(message.text));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${email} matching ${pattern}`);
};

test('verifier: finds the submitted unit in the queue on the home page and opens it', async ({ page }) => {
  await goto(page, '/masuk');
  await signInAs(page, demoUsers.verifier);
  await goto(page, '/');
  const queue = page.getByRole('region', { name: /^Menunggu verifikasi/ });
  await expect(queue).toBeVisible();
  const item = queue.getByTestId('work-queue-item').first();
  await expect(item).toContainText(/menunggu \d+ hari|sejak hari ini/);
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/siklus\/\d+\/lokus\/[\d.]+\/unit\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('·');
  await expect(page.getByText('Diajukan', { exact: true }).first()).toBeVisible();
});

test('liaison: receives the publication notice by e-mail, then sets an item’s owner and due date and sees it due', async ({
  page,
}) => {
  const mail = await mailTo(demoUsers.liaison, /Hasil penilaian diterbitkan/);
  expect(mail.subject).toMatch(/^Patuh: \d+ pemberitahuan baru$/);
  expect(mail.text).toContain('/hasil/entitas/16.06/riwayat');

  await goto(page, '/masuk');
  await signInAs(page, demoUsers.liaison);
  await goto(page, '/rencana-aksi/16.06?tahun=2025');
  await expect(page.getByRole('textbox', { name: 'Penanggung jawab butir 3', exact: true })).toBeVisible({
    timeout: 20_000,
  });
  // Five days from today in Muba (WIB): inside the 14-day "due soon" window.
  const dueDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + 5 * 86_400_000),
  );
  await page
    .getByRole('textbox', { name: 'Penanggung jawab butir 3', exact: true })
    .fill('Kepala Dinas Sosial (uji)');
  await page.getByRole('textbox', { name: 'Tenggat butir 3', exact: true }).fill(dueDate);
  await page.getByRole('button', { name: 'Simpan butir 3' }).click();
  // The saved item comes back at its new version (the card is drawn again with the stored values).
  await expect(
    page.getByText(
      new RegExp(
        `^Penanggung jawab: Kepala Dinas Sosial \\(uji\\).* · Tenggat: ${formatCalendarDate(dueDate, 'id')}`,
      ),
    ),
  ).toBeVisible();
  await expect(page.getByText('Segera jatuh tempo').first()).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: /^Pemberitahuan/ }).click();
  await expect(page.getByText('Jatuh tempo 5 hari lagi').first()).toBeVisible();
});

test('a user resets a forgotten password by e-mail and signs in with the new one', async ({ page }) => {
  const newPassword = 'Jembatan Ampera 2026 baru';
  await goto(page, '/masuk');
  await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill(demoUsers.assessor);
  await page.getByRole('button', { name: 'Kirim tautan' }).click();
  await expect(page.getByText('Bila alamat itu terdaftar, tautan sudah dikirim.')).toBeVisible();
  const mail = await mailTo(demoUsers.assessor, /atur-ulang-sandi\?token=/);
  const token = /atur-ulang-sandi\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
  await goto(page, `/atur-ulang-sandi?token=${token}`);
  await page.getByLabel('Kata sandi baru (minimal 12 karakter)').fill(newPassword);
  await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(page.getByText('Kata sandi baru tersimpan. Silakan masuk.')).toBeVisible();
  await goto(page, '/masuk');
  await signIn(page, demoUsers.assessor, demoPassword);
  await expect(page.getByText(/salah/i).first()).toBeVisible();
  await signIn(page, demoUsers.assessor, newPassword);
  await expect(page.getByRole('button', { name: /^Menu akun/ })).toBeVisible();
});
