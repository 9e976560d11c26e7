import { describe, expect, it } from 'vitest';
import { checkNewRespondent, checkRespondentChanges } from '../../../src/contracts/respondent-rules.contract';

const serviceOfficer = {
  code: 'petugas-pelayanan',
  text: { id: 'Petugas pelayanan', en: 'Service officer' },
};
const complaintOfficer = {
  code: 'petugas-pengaduan',
  text: { id: 'Petugas pengaduan', en: 'Complaint officer' },
};

describe('respondent rules shared by the unit form and the server', () => {
  it('refuses a service officer without ASN/non-ASN, with the server’s words', () => {
    const checked = checkNewRespondent(serviceOfficer, { roleCode: serviceOfficer.code, name: 'Rudi' });
    expect(checked).toEqual({
      ok: false,
      problem: {
        id: 'Responden Petugas pelayanan wajib mengisi status kepegawaian (ASN/non-ASN).',
        en: 'A respondent in the role Service officer needs the employment (civil servant or not).',
      },
    });
    expect(
      checkNewRespondent(serviceOfficer, { roleCode: serviceOfficer.code, name: 'Rudi', employment: 'asn' })
        .ok,
    ).toBe(true);
  });

  it('asks the complaint officer for the SK number and date, also when editing', () => {
    const checked = checkRespondentChanges(complaintOfficer, {
      name: 'Sari',
      decreeNumber: '800/12/2026',
      expectedVersion: 2,
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem.id).toContain('tanggal SK');
  });

  it('names the fields the request contract refuses (a blank name, a date that is no date)', () => {
    const checked = checkNewRespondent(complaintOfficer, {
      roleCode: complaintOfficer.code,
      name: '   ',
      decreeNumber: '800/12/2026',
      decreeDate: '2026-13-40',
    });
    expect(checked).toEqual({
      ok: false,
      problem: {
        id: 'Periksa isian nama (wajib, paling banyak 200 karakter), tanggal SK.',
        en: 'Check the name (required, at most 200 characters), decree (SK) date.',
      },
    });
  });
});
