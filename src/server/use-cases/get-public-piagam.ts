import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import {
  findEntityResultInSnapshot,
  findUnitResultWithEntity,
} from '../db/repositories/document-sources.repository';
import { hasCleanAndClearGate } from '../documents/decide-piagam';
import { entityPiagamFileName, unitPiagamFileName } from '../documents/document-file-names';
import { type DocumentSettings, generatePiagam, methodologyOf } from '../documents/generate-piagam';
import type { PublicDocumentAnswer } from '../documents/public-document-memo';
import { notFoundError } from '../errors';
import type { PublicDocuments } from './get-public-rapor';
import { pickPublicSnapshot } from './list-public-results';
import type { PublicView } from './load-public-view';

export interface PublicPiagam {
  pdf: Buffer;
  fileName: string;
  code: string;
  signing: 'province' | 'centre' | 'default';
}

/**
 * An entity's piagam of a published year (the latest when none is asked); 404 before the embargo, 409
 * PIAGAM_NOT_SIGNED while nobody has set who signs that year's piagam (never the "belum diatur" placeholder). Its code
 * and signing are fixed once issued, so asked again it is answered from memory without a query.
 */
export async function getPublicEntityPiagam(
  db: Database,
  documents: PublicDocuments,
  settings: DocumentSettings,
  view: PublicView,
  query: { code: string; year: number | undefined; language: 'id' | 'en' },
  audit: AuditContext,
): Promise<PublicPiagam> {
  const { snapshot } = pickPublicSnapshot(view, query.year);
  const identity = ['piagam', snapshot.id, query.code, query.language].join('|');
  const recalled = toPiagam(await documents.memo.recall(identity));
  if (recalled) return recalled;
  const signatoriesVersion = await documents.memo.signatoriesVersion();
  const entity = await findEntityResultInSnapshot(db, snapshot.id, query.code);
  if (!entity) throw notFoundError();
  const generated = await generatePiagam(
    db,
    documents.renderer,
    settings,
    { snapshot, entity, language: query.language },
    audit,
    { refuseUnsigned: true },
  );
  const answer = {
    pdf: generated.pdf,
    key: generated.key,
    snapshotId: snapshot.id,
    fileName: entityPiagamFileName(snapshot.year, entity.entityCode, entity.entityName),
    piagam: { code: generated.code, signing: generated.signing },
  };
  // The 2022–2024 gate reads the oversight register, which may still learn of a product issued before a past
  // cut-off: such answers go through the decision every time (the PDF bytes stay cached by the renderer).
  if (!hasCleanAndClearGate(await methodologyOf(snapshot)))
    documents.memo.remember(identity, answer, signatoriesVersion);
  return { ...answer, ...answer.piagam };
}

/** A unit's piagam; only units of a year's current public snapshot (a superseded one answers 404). */
export async function getPublicUnitPiagam(
  db: Database,
  documents: PublicDocuments,
  settings: DocumentSettings,
  view: PublicView,
  query: { unitResultId: string; language: 'id' | 'en' },
  audit: AuditContext,
): Promise<PublicPiagam> {
  const identity = ['piagam-unit', query.unitResultId, query.language].join('|');
  const isCurrent = (snapshotId: string) => view.current.some((candidate) => candidate.id === snapshotId);
  const recalled = await documents.memo.recall(identity);
  const recalledPiagam = recalled && isCurrent(recalled.snapshotId) ? toPiagam(recalled) : undefined;
  if (recalledPiagam) return recalledPiagam;
  const signatoriesVersion = await documents.memo.signatoriesVersion();
  const found = await findUnitResultWithEntity(db, query.unitResultId);
  const snapshot = found && view.current.find((candidate) => candidate.id === found.unit.snapshotId);
  if (!found || !snapshot) throw notFoundError();
  const { unit, entity } = found;
  const generated = await generatePiagam(
    db,
    documents.renderer,
    settings,
    { snapshot, entity, unit, language: query.language },
    audit,
    { refuseUnsigned: true },
  );
  const answer = {
    pdf: generated.pdf,
    key: generated.key,
    snapshotId: snapshot.id,
    fileName: unitPiagamFileName(snapshot.year, entity.entityCode, unit.unitName, unit.id),
    piagam: { code: generated.code, signing: generated.signing },
  };
  documents.memo.remember(identity, answer, signatoriesVersion);
  return { ...answer, ...answer.piagam };
}

function toPiagam(answer: PublicDocumentAnswer | undefined): PublicPiagam | undefined {
  return answer?.piagam ? { pdf: answer.pdf, fileName: answer.fileName, ...answer.piagam } : undefined;
}
