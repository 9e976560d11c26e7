// Texts of the documents screens (signatories, bulk generation) and the download links on the public entity
// page; plugged into the locales as `documents`. Indonesian first; English has the same keys (checked by type).

export const documentsMessagesId = {
  nav: 'Dokumen',
  title: 'Piagam dan rapor',
  year: 'Tahun',
  signatories: {
    title: 'Penandatangan piagam',
    intro:
      'Nama dan jabatan penandatangan piagam per tahun, untuk pusat dan setiap Perwakilan. Piagam memakai penandatangan Perwakilan, lalu pusat; sebelum salah satunya diatur, piagam tahun itu tidak diterbitkan untuk publik.',
    office: 'Kantor',
    notSet: 'Belum diatur (bawaan)',
    name: 'Nama penandatangan {{n}}',
    titleField: 'Jabatan penandatangan {{n}}',
    place: 'Tempat penandatanganan',
    add: 'Tambah penandatangan',
    remove: 'Hapus penandatangan {{n}}',
    save: 'Simpan penandatangan {{office}}',
    saved: 'Tersimpan.',
  },
  jobs: {
    title: 'Buat semua dokumen satu tahun',
    intro:
      'Semua piagam (pemerintah dan unit layanan) dan/atau rapor tahun yang dipilih, dibuat di latar belakang menjadi satu berkas ZIP. Proses berlanjut setelah server dimulai ulang.',
    piagam: 'Piagam',
    rapor: 'Rapor',
    start: 'Mulai',
    empty: 'Belum ada pekerjaan.',
    progress: '{{done}} dari {{total}} dokumen',
    progressLabel: 'Kemajuan pekerjaan tahun {{year}}',
    download: 'Unduh ZIP ({{size}})',
    status: { queued: 'Menunggu', running: 'Berjalan', done: 'Selesai', failed: 'Gagal' },
  },
  links: {
    title: 'Piagam dan rapor {{year}}',
    piagam: 'Unduh piagam (PDF)',
    rapor: 'Unduh rapor (PDF)',
    unitPiagam: 'Piagam {{unit}}',
    notSigned:
      'Piagam {{year}} belum ditandatangani: penandatangannya belum diatur. Piagam terbit setelah Ombudsman RI mengaturnya.',
    verifyHint:
      'Setiap piagam dan rapor memuat kode verifikasi dan kode QR yang dapat diperiksa di halaman verifikasi.',
  },
};

export type DocumentsMessages = typeof documentsMessagesId;

export const documentsMessagesEn: DocumentsMessages = {
  nav: 'Documents',
  title: 'Certificates and report cards',
  year: 'Year',
  signatories: {
    title: 'Certificate signatories',
    intro:
      'Names and titles of who signs the piagam, per year, for the centre and every province office. A piagam uses the province office’s, then the centre’s; until one of them is set, no piagam of that year is published.',
    office: 'Office',
    notSet: 'Not set (defaults)',
    name: 'Signatory {{n}} name',
    titleField: 'Signatory {{n}} title',
    place: 'Place of signing',
    add: 'Add signatory',
    remove: 'Remove signatory {{n}}',
    save: 'Save signatories of {{office}}',
    saved: 'Saved.',
  },
  jobs: {
    title: 'Generate all documents of a year',
    intro:
      'Every piagam (governments and service units) and/or rapor of the chosen year, generated in the background into one ZIP file. Work continues after a server restart.',
    piagam: 'Piagam',
    rapor: 'Rapor',
    start: 'Start',
    empty: 'No jobs yet.',
    progress: '{{done}} of {{total}} documents',
    progressLabel: 'Progress of the {{year}} job',
    download: 'Download ZIP ({{size}})',
    status: { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
  },
  links: {
    title: 'Certificate and report card {{year}}',
    piagam: 'Download piagam (PDF)',
    rapor: 'Download rapor (PDF)',
    unitPiagam: 'Piagam of {{unit}}',
    notSigned:
      'The {{year}} piagam is not signed yet: its signatories have not been set. It is published once the Ombudsman RI sets them.',
    verifyHint:
      'Every piagam and rapor carries a verification code and a QR code that can be checked on the verification page.',
  },
};
