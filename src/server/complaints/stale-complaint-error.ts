import type { ComplaintRecord } from '../../contracts/complaints.contract';
import { DomainError } from '../errors';

/** 409 with the record as it is now, so the screen can show the other person's values. */
export function staleComplaintError(current: ComplaintRecord): DomainError {
  return new DomainError(
    'CONFLICT',
    {
      id: `Data pengaduan ini telah diubah oleh orang lain (versi ${current.version}). Muat ulang, periksa perubahannya, lalu simpan lagi.`,
      en: `This complaint record was changed by someone else (version ${current.version}). Reload, review the change, then save again.`,
    },
    { current },
  );
}
