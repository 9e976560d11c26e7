import type { Database } from '../db/database';
import { findEntityResultInSnapshot } from '../db/repositories/document-sources.repository';
import { raporFileName } from '../documents/document-file-names';
import type { DocumentRenderer } from '../documents/document-renderer';
import { generateRapor } from '../documents/generate-rapor';
import { notFoundError } from '../errors';
import { pickPublicSnapshot } from './list-public-results';
import type { PublicView } from './load-public-view';

/** An entity's rapor of a published year, with the change since the year before when that is public too. */
export async function getPublicRapor(
  db: Database,
  renderer: DocumentRenderer,
  view: PublicView,
  query: { code: string; year: number | undefined; language: 'id' | 'en' },
  now: Date,
): Promise<{ pdf: Buffer; fileName: string }> {
  const { snapshot, previous } = pickPublicSnapshot(view, query.year);
  const entity = await findEntityResultInSnapshot(db, snapshot.id, query.code);
  if (!entity) throw notFoundError();
  const pdf = await generateRapor(db, renderer, {
    snapshot,
    entity,
    ...(previous ? { previousSnapshot: previous } : {}),
    language: query.language,
    now,
  });
  return { pdf, fileName: raporFileName(snapshot.year, entity.entityCode, entity.entityName) };
}
