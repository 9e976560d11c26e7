import type { APIRequestContext } from '@playwright/test';

const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

interface Question {
  indicatorCode: string;
  needsEvidence: boolean;
  levels: { value: number }[];
}

/**
 * Through the API, as an account that may record field data: every official the edition asks for, every
 * answer at the top level (but `lowIndicator`, answered at the lowest), and evidence where the edition needs
 * it, so the unit passes the submission check.
 */
export async function completeUnit(
  api: APIRequestContext,
  unitBase: string,
  lowIndicator: string,
): Promise<void> {
  const read = async (method: 'get' | 'post' | 'put', url: string, options: object = {}) => {
    const response = await api[method](url, options);
    if (response.status() >= 300)
      throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  const collection = await read('get', `${unitBase}/collection`);
  const respondentsByRole = new Map<string, string[]>();
  for (const role of collection.roles as { code: string; requiredCount: number }[]) {
    for (let index = 0; index < role.requiredCount; index += 1) {
      const saved = await read('post', `${unitBase}/respondents`, {
        data: {
          roleCode: role.code,
          name: `Pejabat ${role.code} ${index + 1}`,
          employment: 'asn',
          decreeNumber: 'SK 12/2031',
          decreeDate: '2031-01-05',
        },
      });
      respondentsByRole.set(role.code, [...(respondentsByRole.get(role.code) ?? []), saved.respondent.id]);
    }
  }
  const answer = async (question: Question, respondentId: string | null) => {
    const values = question.levels.map((level) => level.value);
    const level = question.indicatorCode === lowIndicator ? Math.min(...values) : Math.max(...values);
    await read('put', `${unitBase}/answers`, {
      data: { respondentId, indicatorCode: question.indicatorCode, level, note: '', expectedVersion: 0 },
    });
    if (question.needsEvidence)
      await read('post', `${unitBase}/evidence`, {
        multipart: {
          file: { name: 'bukti.pdf', mimeType: 'application/pdf', buffer: tinyPdf },
          indicatorCode: question.indicatorCode,
          ...(respondentId ? { respondentId } : {}),
        },
      });
  };
  for (const interview of collection.forms.interviews as { roleCode: string; questions: Question[] }[])
    for (const respondentId of respondentsByRole.get(interview.roleCode) ?? [])
      for (const question of interview.questions) await answer(question, respondentId);
  for (const checklist of collection.forms.checklists as { questions: Question[] }[])
    for (const question of checklist.questions) await answer(question, null);
}
