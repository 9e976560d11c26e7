import type { Writable } from 'node:stream';
import type { ScoreNode } from '../../core/scoring/score-node';
import { writeEntityResultsCsv, writeEntityResultsXlsx } from '../../reports/excel/entity-results-export';
import {
  indicatorScoreRowsOfUnit,
  writeIndicatorScoresCsv,
  writeIndicatorScoresXlsx,
} from '../../reports/excel/indicator-scores-export';
import {
  type SurveyResponseRow,
  writeSurveyResponsesCsv,
  writeSurveyResponsesXlsx,
} from '../../reports/excel/survey-responses-export';
import { writeUnitResultsCsv, writeUnitResultsXlsx } from '../../reports/excel/unit-results-export';
import type { Queryable } from '../db/database';
import {
  iterateSurveyResponsesOfYear,
  iterateUnitResultsWithEntity,
} from '../db/repositories/document-exports.repository';
import { listEntityResults, listPublishedSnapshots } from '../db/repositories/results.repository';
import { DomainError } from '../errors';

export const exportTargets = ['results', 'units', 'indicators', 'survey'] as const;
export type ExportTarget = (typeof exportTargets)[number];

/**
 * Streams one table of a cycle year to `output` (CSV or XLSX, the writers of src/reports/excel). Results and
 * units come from the year's newest published snapshot; indicator scores from the explanation trees a computed
 * snapshot stores per unit (a historical import has none, so that file has its headers only); survey responses come from the field collection, anonymised (respondent
 * keys R000001… per response, no device token). Returns the number of rows written.
 */
export async function exportCycleData(
  db: Queryable,
  request: { year: number; what: ExportTarget; format: 'csv' | 'xlsx'; language: 'id' | 'en' },
  output: Writable,
): Promise<number> {
  const { year, format, language } = request;
  const xlsx = format === 'xlsx';
  if (request.what === 'survey') {
    const rows = surveyRowsOf(year, iterateSurveyResponsesOfYear(db, year));
    return xlsx
      ? writeSurveyResponsesXlsx(rows, output, language)
      : writeSurveyResponsesCsv(rows, output, language);
  }
  const snapshot = (await listPublishedSnapshots(db)).find((candidate) => candidate.year === year);
  if (!snapshot)
    throw new DomainError('NOT_FOUND', {
      id: `Belum ada hasil tahun ${year} yang dipublikasikan.`,
      en: `No published results for ${year}.`,
    });
  if (request.what === 'results') {
    const methodology = `${snapshot.methodologyId}@${snapshot.methodologyVersion}`;
    const rows = (await listEntityResults(db, snapshot.id)).map((row) => ({
      year,
      methodology,
      entityCode: row.entityCode,
      entityName: row.entityName,
      entityKind: row.kind,
      provinceCode: row.provinceCode,
      score: row.score,
      category: row.category,
      opinion: language === 'en' ? row.opinionLabelEn : row.opinionLabelId,
      zone: row.zone,
      nationalRank: row.rankNational,
      provinceRank: row.rankProvince,
    }));
    return xlsx
      ? writeEntityResultsXlsx(rows, output, language)
      : writeEntityResultsCsv(rows, output, language);
  }
  if (request.what === 'indicators') {
    const rows = indicatorRowsOf(year, iterateUnitResultsWithEntity(db, snapshot.id), language);
    return xlsx
      ? writeIndicatorScoresXlsx(rows, output, language)
      : writeIndicatorScoresCsv(rows, output, language);
  }
  const rows = unitRowsOf(year, iterateUnitResultsWithEntity(db, snapshot.id));
  return xlsx ? writeUnitResultsXlsx(rows, output, language) : writeUnitResultsCsv(rows, output, language);
}

/** Each unit's indicators, read from the tree finalising stored with it (streamed unit by unit). */
async function* indicatorRowsOf(
  year: number,
  source: ReturnType<typeof iterateUnitResultsWithEntity>,
  language: 'id' | 'en',
) {
  for await (const { unit, entityCode } of source) {
    const tree = (unit.explanation as { tree?: ScoreNode } | null)?.tree;
    if (tree)
      yield* indicatorScoreRowsOfUnit(tree, { year, entityCode, unitCode: unit.unitId ?? unit.id }, language);
  }
}

async function* unitRowsOf(year: number, source: ReturnType<typeof iterateUnitResultsWithEntity>) {
  for await (const { unit, entityCode, entityName } of source)
    yield {
      year,
      entityCode,
      entityName,
      unitCode: unit.unitId ?? unit.id,
      unitName: unit.unitName,
      unitType: unit.unitTypeCode,
      score: unit.score,
      category: unit.category,
      zone: unit.zone,
      unitTypeRank: unit.rankUnitTypeProvince,
    };
}

async function* surveyRowsOf(
  year: number,
  source: ReturnType<typeof iterateSurveyResponsesOfYear>,
): AsyncGenerator<SurveyResponseRow> {
  let respondent = 0;
  for await (const response of source) {
    respondent += 1;
    const respondentKey = `R${String(respondent).padStart(6, '0')}`;
    for (const [indicatorCode, level] of Object.entries(response.levels))
      yield {
        year,
        entityCode: response.entityCode,
        unitCode: response.unitId,
        respondentKey,
        role: 'pengguna-layanan',
        indicatorCode,
        level,
      };
  }
}
