import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { decidePiagams, piagamWithheld } from './decide-piagam';
import { piagamCodeOf } from './document-codes';
import type { DocumentRenderer } from './document-renderer';
import {
  type DocumentSettings,
  type GeneratedPiagam,
  methodologyOf,
  type PiagamRequest,
  piagamSubjectOf,
  piagamToRender,
} from './generate-piagam';
import { issuePiagamCodes } from './issue-piagam-codes';
import { requirePiagamIssued } from './piagam-eligibility';

/**
 * generatePiagam for a batch of piagam of one snapshot (a bulk job's), with the same checks, codes, signings,
 * audit entries and PDFs, in a few statements for the whole batch instead of ~12 per piagam: on PGlite each
 * statement runs on the server's thread, between the requests it should be answering.
 */
export async function generatePiagams(
  db: Database,
  renderer: DocumentRenderer,
  settings: DocumentSettings,
  requests: readonly PiagamRequest[],
  audit: AuditContext,
  options: { waitForRoom?: boolean; refuseUnsigned?: boolean } = {},
): Promise<GeneratedPiagam[]> {
  const snapshot = requests[0]?.snapshot;
  if (!snapshot) return [];
  if (requests.some((request) => request.snapshot.id !== snapshot.id))
    throw new Error('a batch of piagam is of one snapshot');
  const methodology = await methodologyOf(snapshot);
  // Checked before any code is recorded: a result without a piagam never gets a verification code.
  for (const { unit } of requests) if (unit) requirePiagamIssued(methodology, unit.category, unit.unitName);
  const entities = requests.filter((request) => !request.unit).map((request) => request.entity);
  if (entities.length > 0) {
    const decisions = await decidePiagams(db, snapshot, entities, methodology);
    for (const entity of entities) {
      const decision = decisions.get(entity.entityId) ?? { issued: false };
      if (!decision.issued) throw piagamWithheld(decision);
    }
  }
  const decided = requests.map((request) => {
    const subject = piagamSubjectOf(request);
    return { request, subject, code: piagamCodeOf(settings.secret, snapshot.id, subject) };
  });
  const signings = await issuePiagamCodes(
    db,
    decided.map(({ request, subject, code }) => ({
      code,
      subject,
      snapshot,
      entity: request.entity,
      unit: request.unit,
    })),
    audit,
    options,
  );
  const toRender = decided.map(({ request, subject, code }) => {
    const signing = signings.get(code);
    if (!signing) throw new Error(`no signing issued for ${code}`);
    return { code, signing, ...piagamToRender(settings, request, { methodology, subject, code, signing }) };
  });
  const pdfs = await renderer.obtainMany(toRender, options);
  return toRender.map(({ code, signing, document }, index) => {
    const pdf = pdfs[index];
    if (!pdf) throw new Error(`no PDF for ${code}`);
    return { pdf, key: document.key, code, signing: signing.source };
  });
}
