import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSurveyResponses } from '../../src/server/db/repositories/survey.repository';
import { maxFieldImportBytes } from '../../src/server/use-cases/import-field-data';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { findLocusUnitId } from '../helpers/collected-unit-factory';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Who = keyof typeof demoEmailByRole;
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Question {
  indicatorCode: string;
  levels: { value: number }[];
}
interface UnitCollection {
  roles: { code: string; requiredCount: number }[];
  respondents: { roleCode: string; name: string }[];
  answers: { respondentId: string | null; indicatorCode: string; level: number | null }[];
  forms: {
    interviews: { roleCode: string; questions: Question[] }[];
    checklists: { questions: Question[] }[];
  };
}

describe.each(testEngines())('field-data import of a locus unit on $name', (engine) => {
  let testApp: TestApp;
  const cookie: Record<Who, string> = { admin: '', coordinator: '', assessor: '', verifier: '', liaison: '' };
  let unitIds: string[] = [];
  const unitBase = (index: number) => `/api/cycles/2024/loci/16.06/units/${unitIds[index]}`;
  const get = (url: string, who: Who = 'assessor') =>
    testApp.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
  const upload = (index: number, body: Buffer, language?: 'en') =>
    testApp.app.inject({
      method: 'POST',
      url: `${unitBase(index)}/field-import`,
      headers: {
        cookie: cookie.assessor,
        'content-type': xlsx,
        ...(language ? { 'accept-language': language } : {}),
      },
      payload: body,
    });

  /** The unit's template, downloaded and filled in as a field team would: every slot, answer, 2 complaints, 3 forms. */
  async function filledWorkbook(index: number): Promise<{ workbook: ExcelJS.Workbook; planned: number }> {
    const template = await get(`${unitBase(index)}/field-import/template`);
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain(xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const unit = (await get(`${unitBase(index)}/collection`)).json() as UnitCollection;
    const officials = workbook.getWorksheet('petugas');
    const answers = workbook.getWorksheet('jawaban');
    const complaints = workbook.getWorksheet('pengaduan');
    const survey = workbook.getWorksheet('survei');
    const guide = workbook.getWorksheet('petunjuk');
    if (!officials || !answers || !complaints || !survey || !guide) throw new Error('a sheet is missing');
    answers.spliceRows(2, answers.rowCount);
    let planned = 0;
    for (const role of unit.roles)
      for (let slot = 1; slot <= role.requiredCount; slot += 1) {
        const name = `Petugas ${role.code} ${slot}`;
        officials.addRow([
          role.code,
          name,
          'Staf',
          role.code === 'petugas-pelayanan' ? 'asn' : '',
          role.code === 'petugas-pengaduan' ? '800/12/2024' : '',
          role.code === 'petugas-pengaduan' ? '2024-01-15' : '',
          '2024-03-01',
        ]);
        for (const question of unit.forms.interviews.find((form) => form.roleCode === role.code)?.questions ??
          []) {
          answers.addRow([
            role.code,
            name,
            question.indicatorCode,
            '',
            String(question.levels.at(-1)?.value),
          ]);
          planned += 1;
        }
      }
    for (const question of unit.forms.checklists.flatMap((checklist) => checklist.questions)) {
      answers.addRow(['', '', question.indicatorCode, '', question.levels[0]?.value, 'dicatat di kertas']);
      planned += 1;
    }
    complaints.addRow([
      'LAPOR-2024-0117',
      'sp4n-lapor',
      '2024-03-04 09:00 WIB',
      '2024-03-04 15:00 WIB',
      '2024-03-08 09:00 WIB',
      'resolved',
      'Bantuan sosial belum diterima',
    ]);
    complaints.addRow(['DS-2024-033', 'whatsapp', '2024-05-10T10:00:00+07:00', '', '', 'in-progress', '']);
    // The survey's levels, read from the guide sheet ("text — 1 = …; 2 = …").
    const codes = (survey.getRow(1).values as unknown[]).slice(2).map(String);
    expect(codes.length).toBeGreaterThan(0);
    const topLevel = new Map<string, number>();
    guide.eachRow((row) => {
      const [kind, code, text] = [row.getCell(1).text, row.getCell(2).text, row.getCell(3).text];
      if (kind === 'survei' && codes.includes(code))
        topLevel.set(code, Math.max(...[...text.matchAll(/(\d+) = /g)].map((match) => Number(match[1]))));
    });
    for (const form of ['K-001', 'K-002', 'K-003'])
      survey.addRow([form, ...codes.map((code) => topLevel.get(code))]);
    return { workbook, planned };
  }

  const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

  async function storedCounts(index: number) {
    const unit = (await get(`${unitBase(index)}/collection`)).json() as UnitCollection;
    const complaints = (await get(`${unitBase(index)}/complaints`)).json() as { items: unknown[] };
    const locusUnitId = await findLocusUnitId(testApp.database.db, '16.06', unitIds[index] ?? '');
    return {
      officials: unit.respondents.length,
      answers: unit.answers.length,
      complaints: complaints.items.length,
      surveyResponses: await countSurveyResponses(testApp.database.db, locusUnitId),
    };
  }

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    for (const role of Object.keys(cookie) as Who[])
      cookie[role] = await signInAs(testApp.app, demoEmailByRole[role]);
    unitIds = (await planMubaLocus(testApp.app, cookie.admin)).unitIds;
    const moved = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: cookie.admin },
      payload: { phases: phasesAround('data-collection') },
    });
    expect(moved.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  it('writes officials, answers, complaints and survey forms exactly once, however often the file is sent', async () => {
    const { workbook, planned } = await filledWorkbook(0);
    const officials = (await get(`${unitBase(0)}/collection`))
      .json()
      .roles.reduce((sum: number, role: { requiredCount: number }) => sum + role.requiredCount, 0);
    const first = await upload(0, await bytesOf(workbook));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      officialsAdded: officials,
      answersSaved: planned,
      complaintsAdded: 2,
      surveyResponsesAdded: 3,
      rowsAlreadyPresent: 0,
    });
    const stored = { officials, answers: planned, complaints: 2, surveyResponses: 3 };
    expect(await storedCounts(0)).toEqual(stored);
    const unit = (await get(`${unitBase(0)}/collection`)).json() as UnitCollection;
    expect(unit.answers.filter((answer) => answer.respondentId === null).length).toBeGreaterThan(0);
    expect(unit.answers.every((answer) => answer.level !== null)).toBe(true);

    const again = await upload(0, await bytesOf(workbook));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      officialsAdded: 0,
      complaintsAdded: 0,
      surveyResponsesAdded: 0,
      rowsAlreadyPresent: officials + 2 + 3,
    });
    expect(await storedCounts(0)).toEqual(stored);
    const audit = await get('/api/audit?action=field-data.import', 'admin');
    expect(audit.json().items).toHaveLength(2);
  });

  it('writes nothing when one row has a level off the scale, naming sheet, row and column', async () => {
    const { workbook } = await filledWorkbook(1);
    const answers = workbook.getWorksheet('jawaban');
    if (!answers) throw new Error('no answers sheet');
    answers.getRow(5).getCell(5).value = '9';
    const refused = await upload(1, await bytesOf(workbook), 'en');
    expect(refused.statusCode).toBe(422);
    const error = refused.json().error;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details).toEqual([
      expect.objectContaining({ sheet: 'jawaban', row: 5, column: 'nilai', value: '9' }),
    ]);
    expect(error.details[0].message.en).toMatch(/^Level 9 is not on the scale of indicator /);
    expect(error.details[0].message.id).toMatch(/^Nilai 9 tidak ada pada skala indikator /);
    expect(await storedCounts(1)).toEqual({ officials: 0, answers: 0, complaints: 0, surveyResponses: 0 });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const response = await upload(2, Buffer.alloc(maxFieldImportBytes + 1, 1));
    expect(response.statusCode).toBe(413);
    expect(await storedCounts(2)).toEqual({ officials: 0, answers: 0, complaints: 0, surveyResponses: 0 });
  });
});
