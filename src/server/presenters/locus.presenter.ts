import type { LocusSummary } from '../../contracts/loci.contract';
import type { Methodology } from '../../core';
import {
  countRecordedRespondents,
  nothingRecorded,
  planRespondents,
  type RecordedRespondentCounts,
} from '../../core/cycles/respondent-plan';
import type { AssignmentView, LocusListRow } from '../db/repositories/loci.repository';

/** A locus row with its team and respondents planned vs recorded so far. */
export function toLocusSummary(
  year: number,
  row: LocusListRow,
  assignments: readonly AssignmentView[],
  methodology: Methodology,
  recorded: ReadonlyMap<string, RecordedRespondentCounts>,
): LocusSummary {
  const plan = planRespondents(methodology, row.unitCount);
  const team = (role: 'assessor' | 'verifier') =>
    assignments
      .filter((assignment) => assignment.locusId === row.locusId && assignment.role === role)
      .map((assignment) => ({ id: assignment.userId, name: assignment.name, email: assignment.email }));
  return {
    year,
    entityCode: row.entityCode,
    entityName: row.entityName,
    entityKind: row.entityKind,
    provinceCode: row.provinceCode,
    unitCount: row.unitCount,
    assessors: team('assessor'),
    verifiers: team('verifier'),
    respondentsPlanned: plan.entityTotal,
    respondentsRecorded: countRecordedRespondents(
      plan,
      row.unitCount,
      recorded.get(row.locusId) ?? nothingRecorded,
    ),
  };
}
