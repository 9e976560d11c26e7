import type { PublicDocumentList } from '../../contracts/documents.contract';
import type { Queryable } from '../db/database';
import {
  findEntityResultInSnapshot,
  listUnitResultsOfEntityResult,
} from '../db/repositories/document-sources.repository';
import { decidePiagam } from '../documents/decide-piagam';
import { methodologyOf } from '../documents/generate-piagam';
import { isPiagamIssued } from '../documents/piagam-eligibility';
import { resolveSigning } from '../documents/resolve-signing';
import { notFoundError } from '../errors';
import { pickPublicSnapshot } from './list-public-results';
import type { PublicView } from './load-public-view';

/** Where to download an entity's piagam, rapor and unit piagam of a published year. */
export async function listPublicDocuments(
  db: Queryable,
  view: PublicView,
  code: string,
  year: number | undefined,
): Promise<PublicDocumentList> {
  const { snapshot } = pickPublicSnapshot(view, year);
  const entity = await findEntityResultInSnapshot(db, snapshot.id, code);
  if (!entity) throw notFoundError();
  const units = await listUnitResultsOfEntityResult(db, entity.id);
  const base = `/api/public/entities/${encodeURIComponent(code)}`;
  const methodology = await methodologyOf(snapshot);
  // Until the year's signatories are set no piagam is handed out publicly (get-public-piagam.ts): the page
  // says so instead of linking to a refusal.
  const unsigned = (await resolveSigning(db, snapshot.year, entity.provinceCode)).source === 'default';
  return {
    year: snapshot.year,
    piagamUnsigned: unsigned,
    piagamUrl:
      !unsigned && (await decidePiagam(db, snapshot, entity, methodology)).issued
        ? `${base}/piagam.pdf?year=${snapshot.year}`
        : null,
    raporUrl: `${base}/rapor.pdf?year=${snapshot.year}`,
    units: units.map((unit) => ({
      unitResultId: unit.id,
      unitName: unit.unitName,
      score: unit.score,
      category: unit.category,
      piagamUrl:
        !unsigned && isPiagamIssued(methodology, unit.category)
          ? `/api/public/units/${unit.id}/piagam.pdf`
          : null,
    })),
  };
}
