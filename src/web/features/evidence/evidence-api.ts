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
