import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import {
  findEntityResultInSnapshot,
  findUnitResultWithEntity,
} from '../db/repositories/document-sources.repository';
import { entityPiagamFileName, unitPiagamFileName } from '../documents/document-file-names';
import type { DocumentRenderer } from '../documents/document-renderer';
import { type DocumentSettings, type GeneratedPiagam, generatePiagam } from '../documents/generate-piagam';
import { notFoundError } from '../errors';
import { pickPublicSnapshot } from './list-public-results';
import type { PublicView } from './load-public-view';

export interface PublicPiagam extends GeneratedPiagam {
  fileName: string;
}

/** An entity's piagam of a published year (the latest when none is asked); 404 before the embargo. */
export async function getPublicEntityPiagam(
  db: Database,
  renderer: DocumentRenderer,
  settings: DocumentSettings,
  view: PublicView,
  query: { code: string; year: number | undefined; language: 'id' | 'en' },
  audit: AuditContext,
): Promise<PublicPiagam> {
  const { snapshot } = pickPublicSnapshot(view, query.year);
  const entity = await findEntityResultInSnapshot(db, snapshot.id, query.code);
  if (!entity) throw notFoundError();
  const generated = await generatePiagam(
    db,
    renderer,
    settings,
    { snapshot, entity, language: query.language },
    audit,
  );
  return {
    ...generated,
    fileName: entityPiagamFileName(snapshot.year, entity.entityCode, entity.entityName),
  };
}

/** A unit's piagam; only units of a year's current public snapshot (a superseded one answers 404). */
export async function getPublicUnitPiagam(
  db: Database,
  renderer: DocumentRenderer,
  settings: DocumentSettings,
  view: PublicView,
  query: { unitResultId: string; language: 'id' | 'en' },
  audit: AuditContext,
): Promise<PublicPiagam> {
  const found = await findUnitResultWithEntity(db, query.unitResultId);
  const snapshot = found && view.current.find((candidate) => candidate.id === found.unit.snapshotId);
  if (!found || !snapshot) throw notFoundError();
  const { unit, entity } = found;
  const generated = await generatePiagam(
    db,
    renderer,
    settings,
    { snapshot, entity, unit, language: query.language },
    audit,
  );
  return {
    ...generated,
    fileName: unitPiagamFileName(snapshot.year, entity.entityCode, unit.unitName, unit.id),
  };
}
