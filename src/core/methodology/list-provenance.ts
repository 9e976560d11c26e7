import type { Provenance, ProvenanceStatus } from './provenance.schema';

export interface ProvenanceEntry extends Provenance {
  /** Where the claim sits, e.g. `dimensions[0].indicators[0].weightProvenance`. */
  path: string;
}

/**
 * Every provenance note of an edition, for showing next to the methodology: each weight, cut-off and rule
 * says whether it is confirmed, inferred or assumed, and why.
 */
export function listProvenance(methodology: object): ProvenanceEntry[] {
  const entries: ProvenanceEntry[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, `${path}[${i}]`);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if ((key === 'provenance' || key === 'weightProvenance') && isProvenance(item)) {
        entries.push({ path: childPath, status: item.status, note: item.note });
      } else visit(item, childPath);
    }
  };
  visit(methodology, '');
  return entries;
}

export function countProvenance(methodology: object): Record<ProvenanceStatus, number> {
  const counts: Record<ProvenanceStatus, number> = { confirmed: 0, inferred: 0, assumed: 0 };
  for (const entry of listProvenance(methodology)) counts[entry.status] += 1;
  return counts;
}

function isProvenance(value: unknown): value is Provenance {
  if (value === null || typeof value !== 'object') return false;
  const status = (value as { status?: unknown }).status;
  return status === 'confirmed' || status === 'inferred' || status === 'assumed';
}
