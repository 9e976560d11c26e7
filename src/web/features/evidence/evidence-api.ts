import i18next from 'i18next';
import { errorResponseSchema } from '../../../contracts/error.contract';
import { type EvidenceItem, evidenceItemSchema } from '../../../contracts/evidence.contract';
import type { PreparedUpload } from './prepare-evidence-upload';

export interface EvidenceTarget {
  year: number;
  entityCode: string;
  unitId: string;
}

export function evidenceBaseUrl({ year, entityCode, unitId }: EvidenceTarget): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/units/${unitId}/evidence`;
}

export function evidenceFileUrl(target: EvidenceTarget, evidenceId: string): string {
  return `${evidenceBaseUrl(target)}/${evidenceId}/file`;
}

/** The server's message (already in the UI language), or the status when the body is not an error answer. */
export class EvidenceRequestError extends Error {}

/**
 * Sends one prepared file as multipart/form-data. XMLHttpRequest rather than fetch because only it reports
 * upload progress, which matters on a slow field connection.
 */
export function uploadEvidence(
  target: EvidenceTarget,
  fields: { indicatorCode: string; respondentId: string | null },
  upload: PreparedUpload,
  onProgress: (fraction: number) => void,
): Promise<EvidenceItem> {
  const form = new FormData();
  form.set('indicatorCode', fields.indicatorCode);
  if (fields.respondentId) form.set('respondentId', fields.respondentId);
  if (upload.takenAt) form.set('takenAt', upload.takenAt);
  if (upload.latitude !== null && upload.longitude !== null) {
    form.set('latitude', String(upload.latitude));
    form.set('longitude', String(upload.longitude));
  }
  form.set('file', upload.file, upload.fileName);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', evidenceBaseUrl(target));
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', i18next.language || 'id');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new EvidenceRequestError(i18next.t('evidence.networkError')));
    request.onload = () => {
      const payload = parseJson(request.responseText);
      if (request.status === 201) {
        resolve(evidenceItemSchema.parse(payload));
        return;
      }
      reject(new EvidenceRequestError(messageOf(payload, request.status)));
    };
    request.send(form);
  });
}

export async function deleteEvidence(target: EvidenceTarget, evidenceId: string): Promise<void> {
  const response = await fetch(`${evidenceBaseUrl(target)}/${evidenceId}`, {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'accept-language': i18next.language || 'id' },
  });
  if (!response.ok) {
    throw new EvidenceRequestError(messageOf(await response.json().catch(() => undefined), response.status));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function messageOf(payload: unknown, status: number): string {
  const parsed = errorResponseSchema.safeParse(payload);
  return parsed.success ? parsed.data.error.message : `HTTP ${status}`;
}
