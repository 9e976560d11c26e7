import { expect, test } from '@playwright/test';
import { phasesAround } from '../helpers/cycle-factory';
import { demoUsers, signInAs } from './helpers/accounts';
import { completeUnit } from './helpers/complete-unit';
import { api } from './helpers/data-collection';

/** A year of its own: the demo has no approved loci, so this journey makes two. */
const year = 2046;
const loci = [{ code: '16.06' }, { code: '16.73' }] as const;

test('centre: selects two loci in "Siap diterima" and accepts them with one confirmation, each audited', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/masuk');
  await signInAs(page, demoUsers.admin);

  // Through the API, as the admin (who may do each step): two loci filled, submitted, verified and approved.
  await api(page, 'POST', '/api/cycles', {
    year,
    methodologyRef: 'ombudsman-kepatuhan@2024r1',
    phases: phasesAround('entry-meetings'),
    decreeNumber: null,
    decreeDate: null,
    embargoAt: null,
  });
  const unitIds: string[] = [];
  for (const locus of loci) {
    // An existing unit of the directory: a new one would change the unit lists other journeys count.
    const entity: { units: { id: string; unitTypeCode: string; isActive: boolean }[] } = await api(
      page,
      'GET',
      `/api/entities/${locus.code}`,
    );
    const unit = entity.units.find((candidate) => candidate.isActive);
    if (!unit) throw new Error(`${locus.code} has no active unit`);
    unitIds.push(unit.id);
    await api(page, 'PUT', `/api/cycles/${year}/loci/${locus.code}`, { unitIds: [unit.id] });
  }
  await api(page, 'PATCH', `/api/cycles/${year}`, { phases: phasesAround('data-collection') });
  for (const [index, locus] of loci.entries()) {
    const unitBase = `/api/cycles/${year}/loci/${locus.code}/units/${unitIds[index]}`;
    await completeUnit(page.request, unitBase, 'PRS-01');
    await api(page, 'POST', `${unitBase}/submit`, {});
  }
  await api(page, 'PATCH', `/api/cycles/${year}`, { phases: phasesAround('verification') });
  for (const [index, locus] of loci.entries()) {
    await api(page, 'POST', `/api/cycles/${year}/loci/${locus.code}/units/${unitIds[index]}/verify`, {});
    await api(page, 'POST', `/api/cycles/${year}/loci/${locus.code}/approve`);
  }

  // On the home page: the centre's queue lists both; select them and accept after one confirmation.
  await page.goto('/');
  const queue = page.getByRole('region', { name: /^Siap diterima/ });
  await expect(queue).toBeVisible();
  const ours = queue.getByTestId('work-queue-item').filter({ hasText: `${year} ·` });
  await expect(ours).toHaveCount(2);
  for (const name of ['Kab. Musi Banyuasin', 'Kota Lubuk Linggau'])
    await ours.getByRole('checkbox', { name: `Pilih ${name}` }).check();
  await queue.getByRole('button', { name: 'Terima yang dipilih (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Terima 2 entitas?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ya, terima' }).click();
  await expect(queue.getByRole('status')).toContainText('2 entitas diterima.');
  await expect(ours).toHaveCount(0);

  // Both accepted, their units locked, and one audit entry per locus.
  for (const [index, locus] of loci.entries()) {
    const approval = await api(page, 'GET', `/api/cycles/${year}/loci/${locus.code}/approval`);
    expect(approval.approval).toBe('accepted');
    const workflow = await api(
      page,
      'GET',
      `/api/cycles/${year}/loci/${locus.code}/units/${unitIds[index]}/workflow`,
    );
    expect(workflow.status).toBe('locked');
  }
  const audit = await api(page, 'GET', '/api/audit?action=locus.accept&pageSize=100');
  const resources = (audit.items as { action: string; resourceId: string | null }[])
    .filter((entry) => entry.action === 'locus.accept')
    .map((entry) => entry.resourceId);
  for (const locus of loci) expect(resources.filter((id) => id === `${year}/${locus.code}`)).toHaveLength(1);
});
