import { eq } from 'drizzle-orm';
import type { Methodology } from '../../src/core';
import { isApplicable } from '../../src/core/methodology/index-methodology';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import type { Database } from '../../src/server/db/database';
import { answerEvidence, answers, respondents } from '../../src/server/db/schema/collection';
import { locusUnits } from '../../src/server/db/schema/cycles';
import { entities } from '../../src/server/db/schema/entities';
import { storedFiles } from '../../src/server/db/schema/stored-files';
import { units } from '../../src/server/db/schema/units';
import { importSumateraSelatanHistory } from '../../src/server/demo/sumatera-selatan-history';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';
import { createUser } from '../../src/server/use-cases/create-user';
import type { TestApp } from './build-test-app';
import { planMubaLocus } from './cycle-factory';
import { demoEmailByRole, signInAs, signInReplacingOneTimePassword } from './sign-in';

export const otherLiaisonEmail = 'penghubung.palembang@patuh.test';

/** A deterministic spread of levels 0–3 so some indicators are low and others high. */
function levelOf(unit: number, indicator: number, respondent: number): number {
  return (unit * 7 + indicator * 3 + respondent * 5) % 4;
}

/**
 * Muba's 2024 cycle with its six units as a locus, and the officials' and the assessor's answers written
 * straight into the tables (the demo has no computed cycle). Service users are left out, so survey
 * indicators score the lowest level; every third assessor answer lacks its required evidence. With
 * `publishHistory` (the default) the demo's published 2022–2024 results are imported, out of embargo now.
 */
export async function seedMubaAnswers(
  testApp: TestApp,
  options: { publishHistory?: boolean } = {},
): Promise<{ methodology: Methodology }> {
  const db: Database = testApp.database.db;
  const admin = await signInAs(testApp.app, demoEmailByRole.admin);
  await planMubaLocus(testApp.app, admin);
  const edition = await findCachedEdition('ombudsman-kepatuhan@2024r1');
  if (!edition) throw new Error('edition ombudsman-kepatuhan@2024r1 missing');
  const { methodology } = edition;
  await db
    .insert(storedFiles)
    .values({ sha256: 'a'.repeat(64), sizeBytes: 10, mediaType: 'application/pdf' });
  const rows = await db
    .select({ id: locusUnits.id, type: units.unitTypeCode })
    .from(locusUnits)
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .orderBy(units.name);
  const officialRoles = methodology.respondentRoles.filter(
    (role) => role.scope === 'unit' && role.code !== 'asesor',
  );
  const indicators = methodology.dimensions.flatMap((dimension) => dimension.indicators);
  for (const [u, row] of rows.entries()) {
    const people = await db
      .insert(respondents)
      .values(
        officialRoles.map((role) => ({
          locusUnitId: row.id,
          roleCode: role.code,
          name: `Pejabat ${role.code}`,
          ...(role.code === 'petugas-pengaduan' ? { decreeNumber: '800/1/2024' } : {}),
        })),
      )
      .returning();
    const officialAnswers: (typeof answers.$inferInsert)[] = [];
    const assessorAnswers: { values: typeof answers.$inferInsert; withEvidence: boolean }[] = [];
    for (const [i, indicator] of indicators.entries()) {
      if (!isApplicable(indicator.appliesTo, 'pemkab', row.type)) continue;
      for (const [r, person] of people.entries()) {
        if (!indicator.respondentRoles.includes(person.roleCode)) continue;
        officialAnswers.push({
          locusUnitId: row.id,
          respondentId: person.id,
          indicatorCode: indicator.code,
          level: levelOf(u, i, r),
        });
      }
      if (indicator.respondentRoles.includes('asesor'))
        assessorAnswers.push({
          values: {
            locusUnitId: row.id,
            respondentId: null,
            indicatorCode: indicator.code,
            level: levelOf(u, i, 9),
          },
          withEvidence: (u + i) % 3 !== 0,
        });
    }
    if (officialAnswers.length > 0) await db.insert(answers).values(officialAnswers);
    if (assessorAnswers.length > 0) {
      const inserted = await db
        .insert(answers)
        .values(assessorAnswers.map((answer) => answer.values))
        .returning({ id: answers.id, indicatorCode: answers.indicatorCode });
      const needing = new Set(
        assessorAnswers.filter((a) => a.withEvidence).map((a) => a.values.indicatorCode),
      );
      const evidence = inserted
        .filter((answer) => needing.has(answer.indicatorCode))
        .map((answer) => ({ answerId: answer.id, fileSha256: 'a'.repeat(64), fileName: 'bukti.pdf' }));
      if (evidence.length > 0) await db.insert(answerEvidence).values(evidence);
    }
  }
  if (options.publishHistory ?? true)
    await importSumateraSelatanHistory(db, commandLineAuditContext, new Date());
  return { methodology };
}

/** A liaison of Palembang (16.71): same province as Muba, another entity. */
export async function createOtherLiaison(testApp: TestApp): Promise<string> {
  const [palembang] = await testApp.database.db.select().from(entities).where(eq(entities.code, '16.71'));
  if (!palembang) throw new Error('entity 16.71 missing');
  const { oneTimePassword } = await createUser(
    testApp.database.db,
    undefined,
    {
      email: otherLiaisonEmail,
      name: 'Penghubung Palembang',
      role: 'liaison',
      scope: { provinceCodes: ['16'], entityCode: '16.71' },
    },
    commandLineAuditContext,
  );
  return signInReplacingOneTimePassword(testApp.app, otherLiaisonEmail, oneTimePassword);
}
