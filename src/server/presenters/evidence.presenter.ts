import type { EvidenceItem } from '../../contracts/evidence.contract';
import type { EvidenceView } from '../db/repositories/evidence.repository';

export function presentEvidence(view: EvidenceView): EvidenceItem {
  return {
    id: view.id,
    fileName: view.fileName,
    mediaType: view.mediaType,
    sizeBytes: view.sizeBytes,
    sha256: view.sha256,
    takenAt: view.takenAt ? view.takenAt.toISOString() : null,
    latitude: view.latitude,
    longitude: view.longitude,
    uploadedAt: view.createdAt.toISOString(),
  };
}
