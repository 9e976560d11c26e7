import { describe, expect, it } from 'vitest';
import { buildCollectionForms } from '../../../src/core/collection/build-collection-forms';
import { loadShippedMethodology } from '../../helpers/methodology-factory';

describe('buildCollectionForms', () => {
  const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
  const forms = buildCollectionForms(methodology, { entityKind: 'pemkab', unitType: 'dinas-sosial' });

  const questionsOf = (role: string) =>
    forms.byRole.find((form) => form.role.code === role)?.questions.map((question) => question.indicatorCode);

  it('asks all four officials the six knowledge questions, and the complaint officials two more', () => {
    const knowledge = ['INP-K01', 'INP-K02', 'INP-K03', 'INP-K04', 'INP-K05', 'INP-K06'];
    expect(questionsOf('kepala-unit')).toEqual(knowledge);
    expect(questionsOf('petugas-pelayanan')).toEqual(knowledge);
    expect(questionsOf('ketua-tim-pengaduan')).toEqual([...knowledge, 'PGD-07', 'PGD-08']);
    expect(questionsOf('petugas-pengaduan')).toEqual([...knowledge, 'PGD-07', 'PGD-08']);
  });

  it('leaves the observation and document checks to the assessor', () => {
    const assessed = [...forms.byMethod.observation, ...forms.byMethod.document].map(
      (question) => question.indicatorCode,
    );
    expect([...(questionsOf('asesor') ?? [])].sort()).toEqual(expect.arrayContaining([...assessed].sort()));
  });

  it('puts every indicator of the edition in exactly one method list', () => {
    const all = methodology.dimensions.flatMap((dimension) =>
      dimension.indicators.map((indicator) => indicator.code),
    );
    const listed = Object.values(forms.byMethod).flatMap((questions) =>
      questions.map((question) => question.indicatorCode),
    );
    expect([...listed].sort()).toEqual([...all].sort());
  });

  it('follows each indicator’s evidence rule: claims need a document, knowledge answers do not', () => {
    expect(forms.byMethod.document.length).toBeGreaterThan(0);
    expect(forms.byMethod.document.every((question) => question.needsEvidence)).toBe(true);
    const needsEvidence = (code: string) =>
      forms.byMethod.interview.find((question) => question.indicatorCode === code)?.needsEvidence;
    expect(needsEvidence('INP-K01')).toBe(false);
    expect(needsEvidence('PGD-07')).toBe(true);
  });

  it('gives service users the survey questions with their answer scale, in Indonesian and English', () => {
    const survey = forms.byRole.find((form) => form.role.code === 'pengguna-layanan');
    expect(survey?.questions.map((question) => question.method)).toEqual(
      forms.byMethod.survey.map(() => 'survey'),
    );
    const [first] = forms.byMethod.survey;
    expect(first?.levels.length).toBeGreaterThanOrEqual(2);
    expect(first?.text.id).toBeTruthy();
    expect(first?.text.en).toBeTruthy();
  });
});
