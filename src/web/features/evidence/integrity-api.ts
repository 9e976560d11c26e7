import i18next from 'i18next';
import { errorResponseSchema } from '../../../contracts/error.contract';
import {
  collectionEvidenceItemSchema,
  type EvidenceFlagDecisionRequest,
  type EvidenceIntegrityFlag,
  integrityReportSchema,
} from '../../../contracts/evidence-integrity.contract';
import { ApiError, getJson } from '../../lib/api-client';
import { type EvidenceTarget, evidenceBaseUrl } from './evidence-api';

/** Records the verifier's decision on one flag (PUT, which the shared client does not offer). */
export async function decideEvidenceFlag(
  target: EvidenceTarget,
  evidenceId: string,
  flagCode: EvidenceIntegrityFlag['code'],
  body: EvidenceFlagDecisionRequest,
) {
  const response = await fetch(`${evidenceBaseUrl(target)}/${evidenceId}/flags/${flagCode}/decision`, {
    method: 'PUT',
    headers: {
      accept: 'application/json',
      'accept-language': i18next.language || 'id',
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(payload);
    if (!parsed.success) throw new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
    const { code, message, requestId, details } = parsed.data.error;
    throw new ApiError(response.status, code, message, requestId, details);
  }
  return collectionEvidenceItemSchema.parse(payload);
}

export function fetchIntegrityReport(year: number, provinceCode: string) {
  return getJson(
    `/api/cycles/${year}/evidence-integrity?provinceCode=${encodeURIComponent(provinceCode)}`,
    integrityReportSchema,
  );
}
