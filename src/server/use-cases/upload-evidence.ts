import {
  type EvidenceItem,
  type EvidenceUploadFields,
  evidenceUploadFieldsSchema,
  type LocusUnitParams,
} from '../../contracts/evidence.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  attachEvidence,
  findEvidence,
  findOrCreateAnswer,
  respondentBelongsToUnit,
} from '../db/repositories/evidence.repository';
import { DomainError } from '../errors';
import { type EvidenceFile, evidenceFileSource } from '../evidence/evidence-file';
import { fingerprintEvidencePhoto } from '../evidence/fingerprint-evidence-photo';
import { resolveEvidenceMetadata } from '../evidence/resolve-evidence-metadata';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { storeUploadedFile } from '../files/uploaded-file';
import { presentEvidence } from '../presenters/evidence.presenter';

/**
 * Attaches a photo or PDF to the answer of (unit, respondent, indicator), creating the empty answer when the
 * evidence comes first. The bytes are stored once by content; every refusal happens before anything is written.
 */
export async function uploadEvidence(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  params: LocusUnitParams,
  upload: { fields: Record<string, string>; file: EvidenceFile | undefined },
  now: Date,
  context: AuditContext,
): Promise<EvidenceItem> {
  const item = await db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const { cycle, entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const fields = parseFields(upload.fields);
    const file = upload.file;
    if (!file) {
      throw new DomainError('VALIDATION_FAILED', {
        id: 'Pilih berkas bukti (bagian "file" formulir kosong).',
        en: 'Choose an evidence file (the form\'s "file" part is missing).',
      });
    }
    const { methodology } = await editionOfCycle(cycle);
    const indicatorKnown = methodology.dimensions.some((dimension) =>
      dimension.indicators.some((indicator) => indicator.code === fields.indicatorCode),
    );
    if (!indicatorKnown) {
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator "${fields.indicatorCode}" tidak ada dalam metodologi ${cycle.methodologyRef}.`,
        en: `Indicator "${fields.indicatorCode}" is not in methodology ${cycle.methodologyRef}.`,
      });
    }
    const respondentId = fields.respondentId ?? null;
    if (respondentId && !(await respondentBelongsToUnit(tx, locusUnit.id, respondentId))) {
      throw new DomainError('VALIDATION_FAILED', {
        id: 'Responden tidak terdaftar pada unit ini.',
        en: 'The respondent is not registered at this unit.',
      });
    }
    const stored = await storeUploadedFile(tx, dataDir, file);
    const source = evidenceFileSource(dataDir, file, stored.sha256);
    const metadata = await resolveEvidenceMetadata(source, stored.mediaType, fields, entity.provinceCode);
    const userId = actor.userId;
    const answer = await findOrCreateAnswer(tx, {
      locusUnitId: locusUnit.id,
      respondentId,
      indicatorCode: fields.indicatorCode,
      userId,
    });
    const fileName = sanitiseFileName(file.fileName, 'bukti');
    const attached = await attachEvidence(tx, {
      answerId: answer.id,
      fileSha256: stored.sha256,
      fileName,
      ...metadata,
      uploadedByUserId: userId,
      createdAt: now,
    });
    const view = await findEvidence(tx, locusUnit.id, attached.id);
    if (!view) throw new Error('evidence vanished after upload');
    if (attached.created) {
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'evidence.attach',
        resourceType: 'answer_evidence',
        resourceId: attached.id,
        provinceCode: entity.provinceCode,
        after: {
          locusUnitId: locusUnit.id,
          indicatorCode: fields.indicatorCode,
          respondentId,
          answerCreated: answer.created,
          ...presentEvidence(view),
        },
      });
    }
    return presentEvidence(view);
  });
  if (upload.file)
    await fingerprintEvidencePhoto(db, {
      ...item,
      bytes: evidenceFileSource(dataDir, upload.file, item.sha256),
    });
  return item;
}

function parseFields(raw: Record<string, string>): EvidenceUploadFields {
  const parsed = evidenceUploadFieldsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
  throw new DomainError('VALIDATION_FAILED', {
    id: `Isian unggahan tidak valid: ${names}.`,
    en: `Invalid upload fields: ${names}.`,
  });
}
