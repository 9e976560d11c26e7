import type { CollectionUnitParams } from '../../contracts/collection.contract';
import type { RequestActor } from '../auth/request-actor';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireLocusUnit } from '../collection/require-locus-unit';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { listRespondents } from '../db/repositories/respondents.repository';
import { buildFieldImportTemplate } from '../field-import/build-field-import-template';
import { surveyFormOf } from '../survey/survey-questions';

/** The unit's field-data workbook (XLSX) built from the cycle's frozen edition, with its stored officials. */
export async function exportFieldImportTemplate(
  db: Database,
  actor: RequestActor,
  target: CollectionUnitParams,
): Promise<{ bytes: Buffer; fileName: string }> {
  const found = await requireLocusUnit(db, actor, 'collection.write', {
    year: target.year,
    entityCode: target.code,
    unitId: target.unitId,
  });
  const { unit, forms, officialRoles } = await loadUnitForms(db, found);
  const edition = await editionOfCycle(found.cycle);
  const survey = surveyFormOf(edition, { entityKind: found.entity.kind, unitType: unit.unitTypeCode });
  const bytes = await buildFieldImportTemplate({
    unitName: unit.name,
    officialRoles,
    forms,
    surveyQuestions: survey.questions,
    storedOfficials: await listRespondents(db, found.locusUnit.id),
  });
  const slug = unit.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { bytes, fileName: `data-lapangan-${target.year}-${target.code}-${slug || 'unit'}.xlsx` };
}
