import { describe, expect, it } from 'vitest';
import { countRecordedRespondents, planRespondents } from '../../../src/core/cycles/respondent-plan';
import { loadMethodologyCatalog } from '../../../src/server/methodologies/load-methodology-catalog';

describe('planRespondents', () => {
  it('plans 4 named officials (2 of them complaint officials) per unit and 30 service users per Pemda in 2024', async () => {
    const catalog = await loadMethodologyCatalog();
    const edition = catalog.editions.find((entry) => entry.ref === 'ombudsman-kepatuhan@2024');
    if (!edition) throw new Error('2024 edition missing');
    const plan = planRespondents(edition.methodology, 6);
    const officials = plan.perUnit.filter((role) => role.role !== 'asesor');
    expect(officials.map((role) => [role.role, role.count])).toEqual([
      ['kepala-unit', 1],
      ['petugas-pelayanan', 1],
      ['ketua-tim-pengaduan', 1],
      ['petugas-pengaduan', 1],
    ]);
    expect(plan.perEntity).toEqual([
      { role: 'pengguna-layanan', text: { id: 'Pengguna layanan', en: 'Service user' }, count: 30 },
    ]);
    // 4 officials + the assessor's own observation per unit, over six units, plus the 30 users.
    expect(plan.perUnitTotal).toBe(5);
    expect(plan.entityTotal).toBe(6 * 5 + 30);
    expect(planRespondents(edition.methodology, 0).entityTotal).toBe(30);
  });

  it('counts what is recorded against the plan: officials and observations per unit, users up to the quota', async () => {
    const catalog = await loadMethodologyCatalog();
    const edition = catalog.editions.find((entry) => entry.ref === 'ombudsman-kepatuhan@2024');
    if (!edition) throw new Error('2024 edition missing');
    const plan = planRespondents(edition.methodology, 6);
    expect(countRecordedRespondents(plan, 6, { officials: 0, assessorUnits: 0, surveyResponses: 0 })).toBe(0);
    // 24 officials and 6 observations fill the units' 30; 87 responses count as the entity's 30.
    expect(countRecordedRespondents(plan, 6, { officials: 24, assessorUnits: 6, surveyResponses: 87 })).toBe(
      60,
    );
    expect(countRecordedRespondents(plan, 6, { officials: 10, assessorUnits: 2, surveyResponses: 12 })).toBe(
      24,
    );
  });
});
