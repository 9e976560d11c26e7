import { describe, expect, it } from 'vitest';
import { findSurveyExplanation } from '../../../../src/core/survey/survey-explanation-catalog';
import { loadMethodologyCatalog } from '../../../../src/server/methodologies/load-methodology-catalog';
import { readSurveyExplanationCatalog } from '../../../../src/server/survey/survey-explanations';

/** The public survey asks the service-user role the edition's survey-method questions. */
const serviceUserRole = 'pengguna-layanan';

describe('the shipped survey explanation catalogue', () => {
  it('is valid and names only editions of the catalogue', async () => {
    const explanations = await readSurveyExplanationCatalog();
    const refs = new Set((await loadMethodologyCatalog()).editions.map((entry) => entry.ref));
    for (const set of explanations.sets) for (const ref of set.editions) expect(refs).toContain(ref);
  });

  it('explains every public survey question of the 2022–2026 editions in one line, both languages', async () => {
    const explanations = await readSurveyExplanationCatalog();
    const { editions } = await loadMethodologyCatalog();
    const covered = editions.filter((entry) => /^ombudsman-(kepatuhan|opini)@/.test(entry.ref));
    expect(covered).toHaveLength(8);
    for (const entry of covered) {
      const questions = entry.methodology.dimensions
        .flatMap((dimension) => dimension.indicators)
        .filter(
          (indicator) => indicator.method === 'survey' && indicator.respondentRoles.includes(serviceUserRole),
        );
      expect(questions.length, entry.ref).toBeGreaterThan(0);
      for (const question of questions) {
        const text = findSurveyExplanation(explanations, entry.ref, question.code);
        expect(text, `${entry.ref} ${question.code}`).toBeDefined();
        for (const line of [text?.id ?? '', text?.en ?? '']) {
          expect(line).not.toContain('\n');
          expect(line.length).toBeLessThanOrEqual(160);
          // A plain line, not the term again.
          expect(line.toLowerCase()).not.toBe(question.text.id.toLowerCase());
        }
      }
    }
  });
});
