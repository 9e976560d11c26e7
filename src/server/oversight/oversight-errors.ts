import { DomainError } from '../errors';

export function duplicateNumberError(number: string): DomainError {
  return new DomainError('CONFLICT', {
    id: `Produk pengawasan berjenis sama dengan nomor "${number}" sudah tercatat untuk entitas ini.`,
    en: `An oversight product of the same kind numbered "${number}" is already recorded for this entity.`,
  });
}

export function staleVersionError(): DomainError {
  return new DomainError('CONFLICT', {
    id: 'Produk pengawasan ini telah diubah orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this oversight product. Reload and try again.',
  });
}

export function issuedInFutureError(): DomainError {
  return new DomainError('VALIDATION_FAILED', {
    id: 'Tanggal terbit tidak boleh setelah hari ini.',
    en: 'The issue date cannot be after today.',
  });
}
