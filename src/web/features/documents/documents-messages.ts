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
  letterhead: {
    title: 'Kop/lambang dokumen',
    intro:
      'Gambar yang dicetak di atas piagam dan rapor kantor ini, untuk semua tahun. Dokumen yang diunduh sesudahnya langsung memakainya; tanpa kop, dokumen memakai tata letak bawaan.',
    office: 'Kantor',
    none: 'Belum ada kop (tata letak bawaan)',
    set: 'Kop terpasang: {{kind}}, diperbarui {{at}}',
    file: 'Berkas kop',
    fileHint: 'PNG atau JPEG, paling besar 512 KB',
    tooLarge: 'Berkas ini {{size}}: kop paling besar 512 KB.',
    wrongType: 'Kop harus berupa PNG atau JPEG.',
    save: 'Pasang kop',
    remove: 'Hapus kop',
    saved: 'Kop terpasang.',
    removed: 'Kop dihapus.',
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
