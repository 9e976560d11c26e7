import { describe, expect, it } from 'vitest';
import { buildCollectionForms } from '../../../src/core/collection/build-collection-forms';
import {
  countRoles,
  findFormQuestion,
  officialRolesOf,
} from '../../../src/server/collection/collection-roles';
import { validateRespondentFields } from '../../../src/server/collection/validate-respondent';
import { combineSaveStatuses } from '../../../src/web/features/collection/save-status-registry';
import { loadShippedMethodology } from '../../helpers/methodology-factory';

const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
const subject = { entityKind: 'pemkab', unitType: 'dinas-sosial' };

describe('official roles and forms of a unit', () => {
  const roles = officialRolesOf(methodology, subject);
  const forms = buildCollectionForms(methodology, subject);

  it('asks the four officials, never the implicit assessor or the entity-wide service users', () => {
    expect(roles.map((role) => role.code)).toEqual([
      'kepala-unit',
      'petugas-pelayanan',
      'ketua-tim-pengaduan',
      'petugas-pengaduan',
    ]);
  });

  it('counts each role against its required count and lists the missing ones', () => {
    const counted = countRoles(roles, [{ roleCode: 'kepala-unit' }, { roleCode: 'petugas-pengaduan' }]);
    expect(counted.missingRoles).toEqual(['petugas-pelayanan', 'ketua-tim-pengaduan']);
    expect(counted.roles[0]).toMatchObject({ code: 'kepala-unit', requiredCount: 1, recorded: 1 });
  });

  it('finds a question only in the form it belongs to', () => {
    expect(findFormQuestion(forms, 'kepala-unit', 'INP-K01')?.levels).toHaveLength(4);
    expect(findFormQuestion(forms, 'kepala-unit', 'PGD-07')).toBeUndefined();
    expect(findFormQuestion(forms, 'petugas-pengaduan', 'PGD-07')).toBeDefined();
    expect(findFormQuestion(forms, null, 'INP-S07')?.method).toBe('observation');
    expect(findFormQuestion(forms, null, 'PGD-04')?.method).toBe('complaint-records');
    expect(findFormQuestion(forms, null, 'INP-K01')).toBeUndefined();
    expect(findFormQuestion(forms, null, 'OUT-01')).toBeUndefined();
  });

  it('requires the decree of a complaint officer and drops it for other roles', () => {
    const officer = roles.find((role) => role.code === 'petugas-pengaduan');
    const head = roles.find((role) => role.code === 'kepala-unit');
    if (!officer || !head) throw new Error('roles missing');
    const fields = {
      name: 'Siti',
      jobTitle: '',
      employment: null,
      decreeNumber: '800/1',
      decreeDate: '2024-01-15',
      interviewedOn: null,
    };
    expect(() => validateRespondentFields(officer, { ...fields, decreeDate: null })).toThrow(
      /decree \(SK\) date/,
    );
    expect(validateRespondentFields(head, fields)).toMatchObject({ decreeNumber: null, decreeDate: null });
    expect(validateRespondentFields(officer, fields)).toMatchObject({ decreeNumber: '800/1' });
  });
});

describe('the page save state', () => {
  it('shows the state that needs the user most', () => {
    expect(combineSaveStatuses([])).toBe('saved');
    expect(combineSaveStatuses(['saved', 'unsaved'])).toBe('unsaved');
    expect(combineSaveStatuses(['unsaved', 'saving'])).toBe('saving');
    expect(combineSaveStatuses(['saving', 'conflict'])).toBe('conflict');
  });
});
