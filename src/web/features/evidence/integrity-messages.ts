// Texts of evidence integrity flags and the province integrity report; plugged into the locales as
// `integrity`. Indonesian first; the English object must have the same keys (checked by its type).

export const integrityMessagesId = {
  title: 'Integritas bukti foto',
  flaggedFile: 'Tanda integritas {{name}}',
  codes: {
    'gps-far': 'Jauh dari lokasi unit',
    'time-outside-window': 'Di luar masa pengumpulan data',
    'no-metadata': 'Tanpa metadata',
    duplicate: 'Foto ganda',
  },
  notCounted: 'Tidak dihitung dalam penilaian (tanda ditolak).',
  accepted: 'Diterima oleh {{by}}: {{note}}',
  rejected: 'Ditolak oleh {{by}}: {{note}}',
  undecided: 'Menunggu keputusan verifikator.',
  accept: 'Terima',
  reject: 'Tolak',
  acceptFlag: 'Terima tanda {{flag}} pada {{name}}',
  rejectFlag: 'Tolak tanda {{flag}} pada {{name}}',
  note: 'Catatan keputusan',
  notePlaceholder: 'Alasan (wajib, minimal 3 karakter)',
  save: 'Simpan keputusan',
  cancel: 'Batal',
  decisionClosed: 'Keputusan tanda belum dapat dibuat: {{reason}}',
  report: {
    title: 'Laporan integritas bukti',
    province: 'Provinsi',
    year: 'Tahun',
    summary: '{{flagged}} dari {{total}} foto bertanda; {{undecided}} tanda menunggu keputusan.',
    empty: 'Tidak ada foto bertanda.',
    entity: 'Entitas',
    unit: 'Unit',
    indicator: 'Indikator',
    file: 'Berkas',
    flags: 'Tanda',
    open: 'Buka unit',
  },
};
