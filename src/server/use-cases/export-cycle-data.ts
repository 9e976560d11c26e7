import type { Writable } from 'node:stream';
import type { Methodology } from '../../core';
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
  iterateEntityResultsWithUnits,
  iterateSurveyResponsesOfYear,
  iterateUnitResultsWithEntity,
} from '../db/repositories/document-exports.repository';
import { listEntityResults, listPublishedSnapshots } from '../db/repositories/results.repository';
import { DomainError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { unitExplanationTrees } from '../results/unit-explanation-trees';

export const exportTargets = ['results', 'units', 'indicators', 'survey'] as const;
export type ExportTarget = (typeof exportTargets)[number];

/**
 * Streams one table of a cycle year to `output` (CSV or XLSX, the writers of src/reports/excel). Results and
 * units come from the year's newest published snapshot; indicator scores from the explanation trees of a
 * computed snapshot's units (stored, or rebuilt from the stored answers) (a historical import has none, so that file has its headers only); survey responses come from the field collection, anonymised (respondent
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
    const edition = await findCachedEdition(`${snapshot.methodologyId}@${snapshot.methodologyVersion}`);
    const rows = edition
      ? indicatorRowsOf(year, iterateEntityResultsWithUnits(db, snapshot.id), edition.methodology, language)
      : noRows();
    return xlsx
      ? writeIndicatorScoresXlsx(rows, output, language)
      : writeIndicatorScoresCsv(rows, output, language);
  }
  const rows = unitRowsOf(year, iterateUnitResultsWithEntity(db, snapshot.id));
  return xlsx ? writeUnitResultsXlsx(rows, output, language) : writeUnitResultsCsv(rows, output, language);
}

/**
 * Each unit's indicators, from its explanation tree (stored by older snapshots, rebuilt from the stored answers
 * by newer ones), streamed entity by entity.
 */
async function* indicatorRowsOf(
  year: number,
  source: ReturnType<typeof iterateEntityResultsWithUnits>,
  methodology: Methodology,
  language: 'id' | 'en',
) {
  for await (const { entity, units } of source) {
    const trees = unitExplanationTrees(entity, units, methodology);
    for (const unit of units) {
      const tree = trees.get(unit.id);
      if (tree)
        yield* indicatorScoreRowsOfUnit(
          tree,
          { year, entityCode: entity.entityCode, unitCode: unit.unitId ?? unit.id },
          language,
        );
    }
  }
}

/** A historical import's edition may have left the catalogue: its indicator file then has its headers only. */
async function* noRows() {}

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
