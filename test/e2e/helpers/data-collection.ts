import type { Page } from '@playwright/test';
import { phasesAround } from '../../helpers/cycle-factory';
import { demoUsers } from './accounts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** Calls the API with the page's session; anything but a 2xx answer fails the journey with the server's text. */
export async function api(page: Page, method: Method, url: string, data?: object) {
  const response = await page.request.fetch(url, { method, ...(data ? { data } : {}) });
  if (response.status() >= 300)
    throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/**
 * As the admin: a cycle of `year` in data collection with Muba's Dinas Sosial as its only locus unit and, unless
 * `team` is false, the demo assessor and verifier as its team. Returns the unit's id.
 */
export async function openDataCollection(
  page: Page,
  year: number,
  { team = true }: { team?: boolean } = {},
): Promise<string> {
  await api(page, 'POST', '/api/cycles', {
    year,
    methodologyRef: 'ombudsman-kepatuhan@2024r1',
    phases: phasesAround('entry-meetings'),
    decreeNumber: null,
    decreeDate: null,
    embargoAt: null,
  });
  const entity = await api(page, 'GET', '/api/entities/16.06');
  const existing = entity.units.find((unit: { name: string }) => unit.name === 'Dinas Sosial');
  const unitId: string =
    existing?.id ??
    (
      await api(page, 'POST', '/api/entities/16.06/units', {
        unitTypeCode: 'dinas-sosial',
        name: 'Dinas Sosial',
      })
    ).id;
  await api(page, 'PUT', `/api/cycles/${year}/loci/16.06`, { unitIds: [unitId] });
  if (team) {
    const staff = await api(page, 'GET', '/api/users?provinceCode=16&pageSize=100');
    const idOf = (email: string) => staff.items.find((user: { email: string }) => user.email === email)?.id;
    await api(page, 'PUT', `/api/cycles/${year}/loci/16.06/team`, {
      assessorIds: [idOf(demoUsers.assessor)],
      verifierIds: [idOf(demoUsers.verifier)],
    });
  }
  await api(page, 'PATCH', `/api/cycles/${year}`, { phases: phasesAround('data-collection') });
  return unitId;
}
