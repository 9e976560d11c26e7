import i18next from 'i18next';
import type {
  CreateRespondentRequest,
  UpdateRespondentRequest,
} from '../../../contracts/collection.contract';
import type { ComplaintInput } from '../../../contracts/complaints.contract';
import { type UnitRef, unitBaseUrl } from '../collection/collection-api';
import type { PreparedUpload } from '../evidence/prepare-evidence-upload';
import { enqueueOutboxEntry, newLocalId, type OutboxDraft } from './enqueue-outbox-entry';
import {
  currentOutboxUserId,
  outboxDatabase,
  registerBackgroundSync,
  requestOutboxSync,
} from './outbox-sync';

export function unitKeyOf(unit: UnitRef): string {
  return `${unit.year}/${unit.entityCode}/${unit.unitId}`;
}

export function answerRecordKey(respondentId: string | null, indicatorCode: string): string {
  return `answer:${respondentId ?? 'unit'}:${indicatorCode}`;
}

/** Every field write of the unit page goes through here: into the outbox first, then sent when possible. */
async function write(draft: Omit<OutboxDraft, 'userId'>): Promise<void> {
  const userId = currentOutboxUserId();
  // The unit page is only shown to a signed-in user; an unowned entry could never be sent.
  if (!userId) throw new Error(i18next.t('offline.write.signedOut'));
  await enqueueOutboxEntry(outboxDatabase(), { ...draft, userId }, Date.now());
  void registerBackgroundSync();
  void requestOutboxSync();
}

export function saveAnswer(
  unit: UnitRef,
  answer: { respondentId: string | null; indicatorCode: string; level: number | null; note: string },
  expectedVersion: number,
): Promise<void> {
  return write({
    unitKey: unitKeyOf(unit),
    kind: 'answer',
    method: 'PUT',
    url: `${unitBaseUrl(unit)}/answers`,
    body: { ...answer, expectedVersion },
    recordKey: answerRecordKey(answer.respondentId, answer.indicatorCode),
  });
}

export async function createRespondent(unit: UnitRef, body: CreateRespondentRequest): Promise<string> {
  const localId = newLocalId();
  await write({
    unitKey: unitKeyOf(unit),
    kind: 'respondent-create',
    method: 'POST',
    url: `${unitBaseUrl(unit)}/respondents`,
    body: { ...body },
    recordKey: `respondent:${localId}`,
    localId,
  });
  return localId;
}

export function updateRespondent(unit: UnitRef, id: string, body: UpdateRespondentRequest): Promise<void> {
  return write({
    unitKey: unitKeyOf(unit),
    kind: 'respondent-update',
    method: 'PATCH',
    url: `${unitBaseUrl(unit)}/respondents/${id}`,
    body: { ...body },
    recordKey: `respondent:${id}`,
  });
}

export function deleteRespondent(unit: UnitRef, id: string): Promise<void> {
  return write({
    unitKey: unitKeyOf(unit),
    kind: 'respondent-delete',
    method: 'DELETE',
    url: `${unitBaseUrl(unit)}/respondents/${id}`,
    body: null,
    recordKey: `respondent:${id}`,
  });
}

/** Thrown before a photo enters the outbox when the browser's storage for this site is nearly full. */
export class StorageFullError extends Error {
  constructor(
    readonly neededBytes: number,
    readonly freeBytes: number,
  ) {
    super('storage full');
  }
}

/** Keeps a tenth of the quota free: a full origin makes every IndexedDB write fail, not just this one. */
export async function checkStorageRoom(neededBytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota) return;
  const freeBytes = estimate.quota * 0.9 - (estimate.usage ?? 0);
  if (neededBytes > freeBytes) throw new StorageFullError(neededBytes, Math.max(0, freeBytes));
}

export async function uploadEvidence(
  unit: UnitRef,
  target: { indicatorCode: string; respondentId: string | null },
  upload: PreparedUpload,
): Promise<void> {
  const bytes = await upload.file.arrayBuffer();
  await checkStorageRoom(bytes.byteLength);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const fields: Record<string, string> = { indicatorCode: target.indicatorCode };
  if (target.respondentId) fields.respondentId = target.respondentId;
  if (upload.takenAt) fields.takenAt = upload.takenAt;
  if (upload.latitude !== null && upload.longitude !== null) {
    fields.latitude = String(upload.latitude);
    fields.longitude = String(upload.longitude);
  }
  await write({
    unitKey: unitKeyOf(unit),
    kind: 'evidence-upload',
    method: 'POST',
    url: `${unitBaseUrl(unit)}/evidence`,
    body: { indicatorCode: target.indicatorCode, respondentId: target.respondentId },
    recordKey: `evidence:${crypto.randomUUID()}`,
    file: {
      bytes,
      fileName: upload.fileName,
      contentType: upload.file.type || 'application/octet-stream',
      sha256,
      uploadId: null,
      receivedBytes: 0,
      fields,
    },
  });
}

/**
 * Attaches a file the unit already has on the server (one of its evidence items) to another answer, without
 * sending the bytes again; queued like every field write, so it waits for the connection as they do.
 */
export function reuseEvidence(
  unit: UnitRef,
  target: { indicatorCode: string; respondentId: string | null },
  fromEvidenceId: string,
): Promise<void> {
  return write({
    unitKey: unitKeyOf(unit),
    kind: 'evidence-reuse',
    method: 'POST',
    url: `${unitBaseUrl(unit)}/evidence/reuse`,
    body: { fromEvidenceId, indicatorCode: target.indicatorCode, respondentId: target.respondentId },
    recordKey: `evidence:${crypto.randomUUID()}`,
  });
}

export function deleteEvidence(unit: UnitRef, evidenceId: string): Promise<void> {
  return write({
    unitKey: unitKeyOf(unit),
    kind: 'evidence-delete',
    method: 'DELETE',
    url: `${unitBaseUrl(unit)}/evidence/${evidenceId}`,
    body: null,
    recordKey: `evidence:${evidenceId}`,
  });
}

export async function saveComplaint(
  unit: UnitRef,
  record: { id: string | null; expectedVersion: number },
  input: ComplaintInput,
): Promise<void> {
  const base = `${unitBaseUrl(unit)}/complaints`;
  if (record.id) {
    await write({
      unitKey: unitKeyOf(unit),
      kind: 'complaint-update',
      method: 'PATCH',
      url: `${base}/${record.id}`,
      body: { ...input, expectedVersion: record.expectedVersion },
      recordKey: `complaint:${record.id}`,
    });
    return;
  }
  const localId = newLocalId();
  await write({
    unitKey: unitKeyOf(unit),
    kind: 'complaint-create',
    method: 'POST',
    url: base,
    body: { ...input },
    recordKey: `complaint:${localId}`,
    localId,
  });
}

export function deleteComplaint(unit: UnitRef, id: string, expectedVersion: number): Promise<void> {
  return write({
    unitKey: unitKeyOf(unit),
    kind: 'complaint-delete',
    method: 'DELETE',
    url: `${unitBaseUrl(unit)}/complaints/${id}?expectedVersion=${expectedVersion}`,
    body: null,
    recordKey: `complaint:${id}`,
  });
}

/**
 * The user of this device gives up the changes another account left unsent (they would never be sent with
 * this session); that account's entries only, never the signed-in user's own.
 */
export async function discardOtherAccountEntries(): Promise<void> {
  const userId = currentOutboxUserId();
  if (!userId) return;
  await outboxDatabase()
    .entries.filter((entry) => entry.userId !== userId && entry.state !== 'done')
    .delete();
}

/** The user settles a conflict or dismisses a refusal: the entry leaves the outbox. */
export async function discardEntry(seq: number): Promise<void> {
  await outboxDatabase().entries.delete(seq);
  void requestOutboxSync();
}
