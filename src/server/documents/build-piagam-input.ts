import { classify } from '../../core/classification/classify';
import type { Methodology } from '../../core/methodology/methodology.schema';
import type { PiagamInput } from '../../reports/piagam/piagam-input';
import { resultFlagNotices } from '../../reports/result-flag-notices';
import type {
  EntityResultSummaryRow,
  UnitResultSummaryRow,
} from '../db/repositories/document-sources.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { isZonelessEdition } from './piagam-eligibility';
import type { Signing } from './resolve-signing';

export interface PiagamSource {
  snapshot: ResultSnapshotRow;
  entity: EntityResultSummaryRow;
  /** Set for a unit's piagam. */
  unit?: UnitResultSummaryRow;
  methodology: Methodology;
  signing: Signing;
  code: string;
  url: string;
  language: 'id' | 'en';
  /** The signing office's letterhead as a data URL (load-letterhead-image.ts), when it has one. */
  letterheadImage?: string;
}

/** Printed when a snapshot names no decree (older imported years). */
const noDecree = { id: '(nomor keputusan tidak tercatat)', en: '(decree number not recorded)' };

/**
 * What a piagam prints, from stored snapshot rows: the published score, category and zone as fixed in the
 * snapshot (never re-classified), labels and colours from the snapshot's methodology edition.
 */
export function buildPiagamInput(source: PiagamSource): PiagamInput {
  const { snapshot, entity, unit, methodology, signing, language } = source;
  const score = unit ? unit.score : entity.score;
  const category = unit ? unit.category : entity.category;
  const zoneCode = unit ? unit.zone : entity.zone;
  const zone = methodology.classification.zones.find((candidate) => candidate.code === zoneCode);
  const band = methodology.classification.bands.find((candidate) => candidate.category === category);
  const opinion = unit
    ? (band?.label ?? classify(score, methodology).label)
    : { id: entity.opinionLabelId, en: entity.opinionLabelEn };
  const bestBand = [...methodology.classification.bands].sort((a, b) => b.min - a.min)[0];
  const zoneless = isZonelessEdition(methodology);
  return {
    language,
    issuer: signing.issuer,
    recipient: unit ? { name: unit.unitName, entityName: entity.entityName } : { name: entity.entityName },
    year: snapshot.year,
    score,
    category,
    opinion,
    zone: {
      label: zone?.label ?? { id: zoneCode, en: zoneCode },
      colour: zone?.colour ?? entity.zoneColour,
    },
    award: bestBand !== undefined && zoneCode === bestBand.zone,
    ...(zoneless ? { zoneless: true } : {}),
    decree: { number: snapshot.decreeNumber ?? noDecree[language] },
    place: signing.place,
    date: snapshot.decreeDate ?? jakartaDateOf(snapshot.embargoAt),
    signatories: signing.signatories,
    verification: { code: source.code, url: source.url },
    ...(source.letterheadImage ? { letterhead: source.letterheadImage } : {}),
    ...noticesOf(entity.flags, entity.isDemoValue, language),
  };
}

/** The calendar day in Jakarta (UTC+7, no daylight saving) of a moment: the day results were announced. */
export function jakartaDateOf(moment: Date): string {
  return new Date(moment.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The flags of the published row, printed with the figure (left out entirely for an ordinary result). */
function noticesOf(flags: readonly string[], isDemoValue: boolean, language: 'id' | 'en') {
  const notices = resultFlagNotices(flags, isDemoValue, language);
  return notices.length > 0 ? { notices } : {};
}
