import type { SecondScoringForm } from '../../contracts/quality.contract';
import { buildCollectionForms, type FormQuestion } from '../../core/collection/build-collection-forms';
import type { RequestActor } from '../auth/request-actor';
import { unitLevelMethods } from '../collection/collection-roles';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listRespondents } from '../db/repositories/respondents.repository';
import { listSecondAnswers } from '../db/repositories/second-scoring.repository';
import { findUnitById } from '../db/repositories/units.repository';
import { notFoundError } from '../errors';
import { requireOwnSecondScoring } from '../quality/require-drawn-second-scoring';

/**
 * The blind second-scoring form of a drawn unit, for its second assessor only: the unit checklists and one
 * interview per official the team recorded (so both scorings compare the same questions), with the second
 * assessor's own levels. The first team's levels, notes and evidence are never included.
 */
export async function getSecondScoringForm(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
): Promise<SecondScoringForm> {
  const drawn = await requireOwnSecondScoring(db, actor, target);
  const unit = await findUnitById(db, target.unitId);
  if (!unit) throw notFoundError();
  const { methodology } = await editionOfCycle(drawn.cycle);
  const forms = buildCollectionForms(methodology, {
    entityKind: drawn.entity.kind,
    unitType: unit.unitTypeCode,
  });
  const unitQuestions = unitLevelMethods.flatMap((method) => forms.byMethod[method]);
  const respondents = await listRespondents(db, drawn.locusUnitId);
  const sections: SecondScoringForm['sections'] = [
    {
      respondentId: null,
      title: { id: 'Daftar periksa unit', en: 'Unit checklists' },
      questions: unitQuestions.map(presentQuestion),
    },
  ];
  for (const respondent of respondents) {
    const form = forms.byRole.find((candidate) => candidate.role.code === respondent.roleCode);
    if (!form) continue;
    sections.push({
      respondentId: respondent.id,
      title: {
        id: `Wawancara ${form.role.text.id}: ${respondent.name}`,
        en: `Interview, ${form.role.text.en}: ${respondent.name}`,
      },
      questions: form.questions.map(presentQuestion),
    });
  }
  return {
    year: drawn.cycle.year,
    entityCode: drawn.entity.code,
    entityName: drawn.entity.shortName,
    unitName: unit.name,
    sections: sections.filter((section) => section.questions.length > 0),
    answers: await listSecondAnswers(db, drawn.secondScoringId),
  };
}

function presentQuestion(question: FormQuestion): SecondScoringForm['sections'][number]['questions'][number] {
  return {
    indicatorCode: question.indicatorCode,
    text: question.text,
    levels: question.levels.map((level) => ({ value: level.value, label: level.label })),
  };
}
