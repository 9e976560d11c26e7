import { createHash } from 'node:crypto';
import { canonicalJson, classify, rank } from '../../core';
import type { NewEntityResult } from '../db/repositories/results.repository';
import type { ResultRecord } from './validate-results-rows';

const provincialKinds = new Set(['pemkab', 'pemkot']);

/**
 * One year's snapshot rows: categories from the edition's bands and ranks by competition ranking (national per
 * kind; kabupaten and kota together per province). A value the file gives is kept as published; when it
 * disagrees with the computed one the row is flagged for review.
 */
export function buildYearResults(records: readonly ResultRecord[]): {
  rows: NewEntityResult[];
  rowsSha256: string;
} {
  const national = rank(
    records.map((record) => ({
      id: record.entity.code,
      name: record.entity.shortName,
      score: record.score,
      kind: record.entity.kind,
    })),
    { groupBy: ['kind'] },
  );
  const provincial = rank(
    records
      .filter((record) => provincialKinds.has(record.entity.kind))
      .map((record) => ({
        id: record.entity.code,
        name: record.entity.shortName,
        score: record.score,
        province: record.entity.provinceCode ?? '',
      })),
    { groupBy: ['province'] },
  );
  const nationalById = new Map(national.map((entry) => [entry.id, entry]));
  const provincialById = new Map(provincial.map((entry) => [entry.id, entry]));

  const rows = records.map((record): NewEntityResult => {
    const { methodology } = record.edition;
    const computed = classify(record.score, methodology);
    const category = record.category ?? computed.category;
    const band = methodology.classification.bands.find((candidate) => candidate.category === category);
    const zoneCode = record.zone ?? band?.zone ?? computed.zone;
    const zone = methodology.classification.zones.find((candidate) => candidate.code === zoneCode);
    const nationalEntry = nationalById.get(record.entity.code);
    const provincialEntry = provincialById.get(record.entity.code);
    const computedRankNational = nationalEntry?.rank ?? 0;
    const computedRankProvince = provincialEntry?.rank ?? null;
    const flags: string[] = [];
    if (category !== computed.category) flags.push('category-differs');
    if (zoneCode !== computed.zone) flags.push('zone-differs');
    if (record.rankNational !== null && record.rankNational !== computedRankNational)
      flags.push('rank-national-differs');
    if (record.rankProvince !== null && record.rankProvince !== computedRankProvince)
      flags.push('rank-province-differs');
    return {
      entityId: record.entity.id,
      entityCode: record.entity.code,
      entityName: record.entity.shortName,
      kind: record.entity.kind,
      provinceCode: record.entity.provinceCode,
      provinceName: record.entity.provinceName,
      score: computed.roundedScore,
      category,
      opinionLabelId: band?.label.id ?? computed.label.id,
      opinionLabelEn: band?.label.en ?? computed.label.en,
      zone: zoneCode,
      categoryColour: band?.colour ?? computed.colour,
      zoneColour: zone?.colour ?? computed.zoneColour,
      rankNational: record.rankNational ?? computedRankNational,
      rankNationalOf: nationalEntry?.groupSize ?? 0,
      rankProvince: record.rankProvince ?? computedRankProvince,
      rankProvinceOf: provincialEntry?.groupSize ?? null,
      computedCategory: computed.category,
      computedZone: computed.zone,
      computedRankNational,
      computedRankProvince,
      flags,
      isDemoValue: record.isDemoValue,
      note: record.note,
    };
  });
  rows.sort((a, b) => (a.entityCode < b.entityCode ? -1 : a.entityCode > b.entityCode ? 1 : 0));
  return { rows, rowsSha256: hashRows(records) };
}

/** The file's content for one year, order-independent: the same rows give the same hash. */
function hashRows(records: readonly ResultRecord[]): string {
  const canonical = records
    .map((record) => [
      record.entity.code,
      record.score.toFixed(2),
      record.category,
      record.zone,
      record.rankProvince,
      record.rankNational,
      record.edition.ref,
      record.edition.sha256,
      record.isDemoValue,
      record.note,
    ])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return createHash('sha256').update(canonicalJson(canonical)).digest('hex');
}
