import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntries, type NewAuditEntry } from '../db/repositories/audit-log.repository';
import type {
  EntityResultSummaryRow,
  UnitResultSummaryRow,
} from '../db/repositories/document-sources.repository';
import {
  findIssuedDocuments,
  type NewIssuedDocument,
  recordIssuedDocuments,
} from '../db/repositories/issued-documents.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { type DocumentSubject, subjectIdOf } from './document-codes';
import { issuePiagamCode, piagamNotSigned } from './generate-piagam';
import { documentIssueEntry, refuseCodeCollision } from './record-document-issue';
import { resolveSignings, type Signing } from './resolve-signing';

export interface PiagamToIssue {
  code: string;
  snapshot: ResultSnapshotRow;
  entity: EntityResultSummaryRow;
  unit: UnitResultSummaryRow | undefined;
  subject: DocumentSubject;
}

/**
 * What generatePiagam's issuing does for one code, for a batch of codes of one snapshot (a bulk job's): the
 * codes looked up in one statement, the new ones recorded with their signing and `document.issue` audit entries
 * in one transaction of a few statements (instead of ~8 per code, each holding the server's thread on PGlite).
 * Answers the signing each code prints. A code already printed with real signatories keeps them; the rare
 * older codes (no signing recorded, or the placeholder) go through the one-code path, as a single print would.
 */
export async function issuePiagamCodes(
  db: Database,
  piagams: readonly PiagamToIssue[],
  audit: AuditContext,
  options: { refuseUnsigned?: boolean },
): Promise<Map<string, Signing>> {
  const signings = new Map<string, Signing>();
  const existing = new Map(
    (
      await findIssuedDocuments(
        db,
        piagams.map((piagam) => piagam.code),
      )
    ).map((row) => [row.code, row]),
  );
  const fresh: PiagamToIssue[] = [];
  for (const piagam of piagams) {
    const row = existing.get(piagam.code);
    if (!row) {
      fresh.push(piagam);
      continue;
    }
    refuseCodeCollision(issuedDocumentOf(piagam), row);
    if (row.signing && row.signing.source !== 'default') signings.set(piagam.code, row.signing);
    else signings.set(piagam.code, await issuePiagamCode(db, piagam.code, { ...piagam, audit }, options));
  }
  for (const [code, signing] of await issueFreshCodes(db, fresh, audit, options)) signings.set(code, signing);
  return signings;
}

async function issueFreshCodes(
  db: Database,
  fresh: readonly PiagamToIssue[],
  audit: AuditContext,
  options: { refuseUnsigned?: boolean },
): Promise<Map<string, Signing>> {
  const first = fresh[0];
  if (!first) return new Map();
  const { snapshot } = first;
  return db.transaction(async (tx) => {
    const byProvince = await resolveSignings(
      tx,
      snapshot.year,
      fresh.map((piagam) => piagam.entity.provinceCode),
    );
    const signingOf = (piagam: PiagamToIssue): Signing => {
      const signing = byProvince.get(piagam.entity.provinceCode);
      if (!signing) throw new Error(`no signing resolved for province ${piagam.entity.provinceCode}`);
      if (options.refuseUnsigned && signing.source === 'default') throw piagamNotSigned(snapshot.year);
      return signing;
    };
    const inserted = new Set(
      (
        await recordIssuedDocuments(
          tx,
          fresh.map((piagam) => ({ ...issuedDocumentOf(piagam), signing: signingOf(piagam) })),
        )
      ).map((row) => row.code),
    );
    // Codes a concurrent print recorded first: their stored signing is what they print.
    const raced = new Map(
      (
        await findIssuedDocuments(
          tx,
          fresh.filter((piagam) => !inserted.has(piagam.code)).map((piagam) => piagam.code),
        )
      ).map((row) => [row.code, row]),
    );
    const signings = new Map<string, Signing>();
    const entries: NewAuditEntry[] = [];
    for (const piagam of fresh) {
      const signing = signingOf(piagam);
      if (inserted.has(piagam.code)) {
        signings.set(piagam.code, signing);
        entries.push(
          documentIssueEntry(piagam.code, {
            audit,
            provinceCode: piagam.entity.provinceCode,
            after: {
              kind: 'piagam',
              snapshotId: snapshot.id,
              year: snapshot.year,
              subjectId: subjectIdOf(piagam.subject),
              signing: signing.source,
              signatories: signing.signatories,
            },
          }),
        );
        continue;
      }
      const row = raced.get(piagam.code);
      if (!row) throw new Error(`issued document ${piagam.code} neither inserted nor found`);
      refuseCodeCollision(issuedDocumentOf(piagam), row);
      signings.set(piagam.code, row.signing ?? signing);
    }
    await appendAuditEntries(tx, entries);
    return signings;
  });
}

function issuedDocumentOf(piagam: PiagamToIssue): Omit<NewIssuedDocument, 'signing'> {
  return {
    code: piagam.code,
    kind: 'piagam',
    snapshotId: piagam.snapshot.id,
    subjectId: subjectIdOf(piagam.subject),
    entityCode: piagam.entity.entityCode,
    unitResultId: piagam.unit?.id ?? null,
  };
}
