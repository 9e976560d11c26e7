import type { PiagamInput } from '../../../../src/reports/piagam/piagam-input';
import {
  buildVerificationUrl,
  deriveVerificationCode,
} from '../../../../src/reports/verification/derive-verification-code';

/** Musi Banyuasin's published 2024 result (93.31, A, Hijau, SK 252/2024) with a derived verification code. */
export function buildMubaPiagamInput(overrides: Partial<PiagamInput> = {}): PiagamInput {
  const code = deriveVerificationCode({
    snapshotId: 'snapshot-2024-national',
    subjectId: 'entity:16.06',
    secret: 'test-secret-not-for-production',
  });
  return {
    language: 'id',
    issuer: { name: 'Ombudsman Republik Indonesia', office: 'Perwakilan Provinsi Sumatera Selatan' },
    recipient: { name: 'Pemerintah Kabupaten Musi Banyuasin' },
    year: 2024,
    score: 93.31,
    category: 'A',
    opinion: { id: 'Kualitas Tertinggi', en: 'Highest quality' },
    zone: { label: { id: 'Hijau', en: 'Green' }, colour: '#2e7d32' },
    award: true,
    decree: { number: 'SK 252/2024' },
    place: 'Palembang',
    date: '2024-11-14',
    signatories: [
      { name: 'Nama Kepala Perwakilan', title: 'Kepala Perwakilan Ombudsman RI\nProvinsi Sumatera Selatan' },
    ],
    verification: { code, url: buildVerificationUrl('https://patuh.example.go.id', code) },
    ...overrides,
  };
}
