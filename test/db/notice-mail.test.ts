import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { locusUnits } from '../../src/server/db/schema/cycles';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { createMailer, type Mailer } from '../../src/server/mail/mailer';
import { sendNoticeDigests } from '../../src/server/notifications/send-notice-digests';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { type SmtpInbox, startSmtpInbox } from '../helpers/smtp-inbox';
import { createTestClock, lateUtcInstant } from '../helpers/test-clock';
import { testEngines } from '../helpers/test-database';

const clock = createTestClock(lateUtcInstant);
const minuteMs = 60_000;
const baseUrl = 'https://patuh.example';

/**
 * Issue #20: notices leave the app as an e-mail digest, through a real SMTP server started here and read back
 * with mailparser: at most one digest an hour per person, never the same notice twice, and none for a person
 * who turned e-mail off.
 */
describe.each(testEngines())('notice e-mail digests on $name', (engine) => {
  let testApp: TestApp;
  let inbox: SmtpInbox;
  let mailer: Mailer;
  let unitIds: string[] = [];
  const mailsTo = (email: string) => inbox.messages.filter((message) => message.to === email);
  const pass = () => sendNoticeDigests(testApp.database.db, mailer, clock.now(), baseUrl);
  const addItem = async (cookie: string, indicatorCode: string, action: string, dueDate: string) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/plans/16.06/2024/items',
      headers: { cookie },
      payload: { indicatorCode, action, dueDate },
    });
    expect(response.statusCode, response.body).toBe(201);
  };

  beforeAll(async () => {
    clock.set(lateUtcInstant);
    inbox = await startSmtpInbox();
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      clock: clock.now,
      environment: { PATUH_SMTP_URL: inbox.url },
    });
    const smtp = createMailer({ smtpUrl: inbox.url, from: 'Patuh <patuh@patuh.test>', checkMs: 1000 });
    if (!smtp) throw new Error('no mailer');
    mailer = smtp;
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    ({ unitIds } = await planMubaLocus(testApp.app, admin, clock.now()));
    // Muba's results are published now (the Sumatera Selatan history, embargo = now).
    await importSumateraSelatanHistory(testApp.database.db, commandLineAuditContext, clock.now());
    // An empty plan, items added later (issue #20: an empty plan is usable).
    const liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    const plan = await testApp.app.inject({
      method: 'POST',
      url: '/api/plans/16.06/2024',
      headers: { cookie: liaison },
      payload: { items: [] },
    });
    expect(plan.statusCode, plan.body).toBe(201);
  });
  afterAll(async () => {
    mailer.close();
    await testApp.close();
    await inbox.close();
  });

  it('mails the liaison the publication once, then only what is new, at most once an hour', async () => {
    const liaisonEmail = demoEmailByRole.liaison;
    const firstAt = clock.now().getTime();
    await pass();
    await inbox.waitFor(1);
    const [first] = mailsTo(liaisonEmail);
    expect(mailsTo(liaisonEmail)).toHaveLength(1);
    expect(first?.subject).toMatch(/^Patuh: \d+ pemberitahuan baru$/);
    expect(first?.text).toContain('Hasil penilaian diterbitkan');
    expect(first?.text).toContain(`${baseUrl}/hasil/entitas/16.06/riwayat`);

    // A new overdue item 10 minutes after the digest waits for the hour to pass.
    const liaison = await signInAs(testApp.app, liaisonEmail);
    await addItem(liaison, 'PRS-01', 'Terlambat', '2026-12-01');
    clock.set(new Date(firstAt + 10 * minuteMs).toISOString());
    await pass();
    expect(mailsTo(liaisonEmail)).toHaveLength(1);
    clock.set(new Date(firstAt + 61 * minuteMs).toISOString());
    await pass();
    expect(mailsTo(liaisonEmail)).toHaveLength(2);
    const latest = mailsTo(liaisonEmail).at(-1);
    expect(latest?.text).toContain('Rencana aksi terlambat 4 hari: ');
    expect(latest?.text).toContain('PRS-01: Terlambat');
    expect(latest?.text).not.toContain('Hasil penilaian diterbitkan');

    // Nothing new two hours later: no mail.
    clock.advance(2 * 60 * minuteMs);
    await pass();
    expect(mailsTo(liaisonEmail)).toHaveLength(2);
  });

  it('mails the verifier a submitted unit', async () => {
    await testApp.database.db
      .update(locusUnits)
      .set({ status: 'submitted', statusChangedAt: clock.now() })
      .where(eq(locusUnits.unitId, unitIds[0] ?? ''));
    clock.advance(2 * 60 * minuteMs);
    await pass();
    const mails = mailsTo(demoEmailByRole.verifier);
    expect(mails.at(-1)?.text).toContain('Unit diajukan untuk verifikasi: ');
    expect(mails.at(-1)?.text).toContain('Dinas Sosial');
  });

  it('sends nothing to a person who turned e-mail off (audited)', async () => {
    const liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    const off = await testApp.app.inject({
      method: 'PUT',
      url: '/api/account/notice-mail',
      headers: { cookie: liaison },
      payload: { mailEnabled: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ mailEnabled: false, mailConfigured: true });
    const read = await testApp.app.inject({
      method: 'GET',
      url: '/api/account/notice-mail',
      headers: { cookie: liaison },
    });
    expect(read.json()).toEqual({ mailEnabled: false, mailConfigured: true });
    const audits = await testApp.database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'account.notice-mail'));
    expect(audits).toEqual([{ after: { mailEnabled: false } }]);
    const before = mailsTo(demoEmailByRole.liaison).length;
    await addItem(liaison, 'PRS-02', 'Juga terlambat', '2026-12-02');
    clock.advance(3 * 60 * minuteMs);
    await pass();
    expect(mailsTo(demoEmailByRole.liaison)).toHaveLength(before);
  });
});
