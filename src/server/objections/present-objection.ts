import type { Objection } from '../../contracts/objections.contract';
import type { ObjectionView } from '../db/repositories/objections.repository';

export function presentObjection(view: ObjectionView): Objection {
  const { row } = view;
  return {
    id: row.id,
    year: view.year,
    entityCode: row.entityCode,
    entityName: view.entityName,
    provinceCode: row.provinceCode,
    unitId: view.unitId,
    unitName: view.unitName,
    indicatorCode: row.indicatorCode,
    text: row.text,
    status: row.status,
    decisionNote: row.decisionNote,
    decidedByName: view.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    filedByName: view.filedByName,
    filedAt: row.createdAt.toISOString(),
    files: view.files,
  };
}
