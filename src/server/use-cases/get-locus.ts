import type { LocusDetail } from '../../contracts/loci.contract';
import { planRespondents } from '../../core/cycles/respondent-plan';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listAssignments, listLocusUnitIds } from '../db/repositories/loci.repository';
import { countRecordedRespondentsByLocus } from '../db/repositories/progress.repository';
import { listUnitsOfEntity } from '../db/repositories/units.repository';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { toLocusSummary } from '../presenters/locus.presenter';

/** A locus with every active unit of its entity (assessed ones marked), its team and respondent plan. */
export async function getLocus(
  db: Queryable,
  actor: RequestActor,
  year: number,
  entityCode: string,
): Promise<LocusDetail> {
  const cycle = await requireCycle(db, year);
  const { entity, locus } = await requireExistingLocus(db, actor, 'locus.read', cycle, entityCode);
  const { methodology } = await editionOfCycle(cycle);
  const selected = new Set((await listLocusUnitIds(db, [locus.id])).get(locus.id) ?? []);
  const units = (await listUnitsOfEntity(db, entity.id)).filter(
    (unit) => unit.isActive || selected.has(unit.id),
  );
  const plan = planRespondents(methodology, selected.size);
  const recorded = await countRecordedRespondentsByLocus(db, [locus.id]);
  const summary = toLocusSummary(
    year,
    {
      locusId: locus.id,
      entityCode: entity.code,
      entityName: entity.shortName,
      entityKind: entity.kind,
      provinceCode: locus.provinceCode,
      unitCount: selected.size,
    },
    await listAssignments(db, [locus.id]),
    methodology,
    recorded,
  );
  return {
    ...summary,
    methodologyRef: cycle.methodologyRef,
    units: units.map((unit) => ({
      unitId: unit.id,
      name: unit.name,
      unitTypeCode: unit.unitTypeCode,
      isSelected: selected.has(unit.id),
      respondentsPlanned: selected.has(unit.id) ? plan.perUnitTotal : 0,
    })),
    plan: { ...plan, recorded: summary.respondentsRecorded },
  };
}
