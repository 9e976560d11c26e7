import { evidenceFileField } from '../../contracts/evidence.contract';
import { attachUploadedEvidenceSchema } from '../../contracts/offline-sync.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { DomainError } from '../errors';
import { StagedMultipartForm } from '../files/receive-multipart-form';
import { readCompletedUpload } from '../uploads/read-completed-upload';
import type { EvidenceFile } from './evidence-file';

export interface EvidenceUploadInput {
  fields: Record<string, string>;
  file: EvidenceFile | undefined;
  /** Set when the file came from a resumable upload, to discard it once attached. */
  uploadId?: string;
}

/**
 * The file and fields of an evidence attach, from either body the route takes: the multipart form, or JSON
 * naming a completed resumable upload (`{uploadId, indicatorCode, …}`). Both then meet the same checks.
 */
export async function readEvidenceUpload(
  body: unknown,
  deps: { db: Database; dataDir: string; actor: RequestActor; now: Date },
): Promise<EvidenceUploadInput> {
  // A multipart form arrives already read, its file on disk (register-streamed-multipart.ts).
  if (body instanceof StagedMultipartForm) {
    const file = body.files.find((candidate) => candidate.fieldName === evidenceFileField);
    return { fields: body.fields, file: file ? { fileName: file.fileName, staged: file } : undefined };
  }
  if (typeof body !== 'object' || body === null) {
    throw new DomainError('UNSUPPORTED_FILE_TYPE', {
      id: 'Kirim bukti sebagai formulir multipart/form-data dengan bagian "file", atau JSON dengan uploadId.',
      en: 'Send the evidence as a multipart/form-data form with a "file" part, or as JSON with an uploadId.',
    });
  }
  const parsed = attachUploadedEvidenceSchema.safeParse(body);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    throw new DomainError('VALIDATION_FAILED', {
      id: `Isian unggahan tidak valid: ${names}.`,
      en: `Invalid upload fields: ${names}.`,
    });
  }
  const { uploadId, ...rest } = parsed.data;
  const file = await readCompletedUpload(deps.db, deps.dataDir, deps.actor, uploadId, deps.now);
  // The same text fields a multipart form carries, so uploadEvidence parses both alike.
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(rest))
    if (value !== undefined && value !== null) fields[name] = String(value);
  return { fields, file, uploadId };
}
