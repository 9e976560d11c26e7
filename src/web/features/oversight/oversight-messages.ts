/** Texts of the oversight-products register (produk pengawasan); `oversight.*`. */
export const oversightMessagesId = {
  nav: 'Produk pengawasan',
  title: 'Produk pengawasan',
  titleOf: 'Produk pengawasan — {{entity}}',
  intro:
    'Tindakan korektif (LAHP), saran perbaikan (LHA), saran penyempurnaan dan rekomendasi Ombudsman untuk entitas ini, dengan status tindak lanjutnya.',
  pickEntity: 'Kode entitas',
  open: 'Buka',
  link: 'Produk pengawasan',
  empty: 'Belum ada produk pengawasan tercatat.',
  kinds: {
    tindakan_korektif: 'Tindakan korektif (LAHP)',
    saran_perbaikan: 'Saran perbaikan (LHA)',
    saran_penyempurnaan: 'Saran penyempurnaan',
    rekomendasi: 'Rekomendasi',
  },
  statuses: { belum: 'Belum', sebagian: 'Sebagian', selesai: 'Selesai' },
  summary: {
    none: 'Belum ada produk pengawasan yang terbit sampai {{date}}.',
    'all-followed-up': 'Semua {{issued}} produk telah ditindaklanjuti sampai {{date}}.',
    open: '{{followedUp}} dari {{issued}} produk selesai ditindaklanjuti sampai {{date}}.',
  },
  fields: {
    kind: 'Jenis',
    number: 'Nomor',
    issuedOn: 'Tanggal terbit',
    subject: 'Perihal',
    issuingOffice: 'Kantor penerbit',
    dueOn: 'Batas waktu',
    status: 'Status tindak lanjut',
    confirmedBy: 'Dikonfirmasi oleh {{name}} pada {{date}}',
    notConfirmed: 'Belum dikonfirmasi',
    evidence: 'Bukti tindak lanjut',
    evidenceFile: 'Berkas bukti',
    noEvidence: 'Belum ada bukti.',
    note: 'Catatan konfirmasi',
  },
  add: 'Catat produk',
  save: 'Simpan',
  edit: 'Ubah',
  cancel: 'Batal',
  confirm: 'Konfirmasi tindak lanjut',
  confirmAs: 'Konfirmasi: {{status}}',
  upload: 'Unggah bukti tindak lanjut',
  uploadHint: 'PDF, JPEG, PNG atau WebP, paling besar 20 MB.',
  importTitle: 'Impor dan ekspor register',
  columnsHint:
    'Kolom: kode_entitas, jenis (tindakan_korektif, saran_perbaikan, saran_penyempurnaan, rekomendasi), nomor, tanggal, perihal, kantor_penerbit, batas_waktu, status_tindak_lanjut (belum, sebagian, selesai), tanggal_konfirmasi. Semua baris diperiksa dulu; satu kesalahan saja berarti tidak ada yang ditulis.',
  imported: '{{created}} produk baru, {{updated}} diperbarui.',
};

export type OversightMessages = typeof oversightMessagesId;
