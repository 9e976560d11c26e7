import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { findEntityResultInSnapshot } from '../db/repositories/document-sources.repository';
import { raporFileName } from '../documents/document-file-names';
import type { DocumentRenderer } from '../documents/document-renderer';
import type { DocumentSettings } from '../documents/generate-piagam';
import { generateRapor } from '../documents/generate-rapor';
import type { PublicDocumentMemo } from '../documents/public-document-memo';
import { notFoundError } from '../errors';
import { pickPublicSnapshot } from './list-public-results';
import type { PublicView } from './load-public-view';

export interface PublicDocuments {
  renderer: DocumentRenderer;
  memo: PublicDocumentMemo;
}

/**
 * An entity's rapor of a published year, with the change since the year before when that is public too.
 * Rendered once; asked again, it is answered from memory without a query.
 */
export async function getPublicRapor(
  db: Database,
  documents: PublicDocuments,
  settings: DocumentSettings,
  view: PublicView,
  query: { code: string; year: number | undefined; language: 'id' | 'en' },
  context: { now: Date; audit: AuditContext },
): Promise<{ pdf: Buffer; fileName: string; code: string }> {
  const { snapshot, previous } = pickPublicSnapshot(view, query.year);
  const identity = ['rapor', snapshot.id, query.code, query.language, previous?.id ?? ''].join('|');
  const recalled = await documents.memo.recall(identity);
  if (recalled?.rapor) return { ...recalled, code: recalled.rapor.code };
  const signatoriesVersion = await documents.memo.signatoriesVersion();
  const entity = await findEntityResultInSnapshot(db, snapshot.id, query.code);
  if (!entity) throw notFoundError();
  const { pdf, key, code } = await generateRapor(
    db,
    documents.renderer,
    settings,
    {
      snapshot,
      entity,
      ...(previous ? { previousSnapshot: previous } : {}),
      language: query.language,
      now: context.now,
    },
    context.audit,
  );
  const answer = {
    pdf,
    key,
    snapshotId: snapshot.id,
    fileName: raporFileName(snapshot.year, entity.entityCode, entity.entityName),
    rapor: { code },
  };
  documents.memo.remember(identity, answer, signatoriesVersion);
  return { ...answer, code };
}
