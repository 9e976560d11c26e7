// Texts of the "Mulai di sini" guided tour, plugged into the locales as `tour`.

export const tourMessagesId = {
  nav: 'Mulai di sini',
  title: 'Mulai di sini',
  intro:
    'Patuh dipakai oleh enam kelompok pengguna. Pilih peran untuk melihat pekerjaannya; data demo sudah terisi (Sumatera Selatan, Kabupaten Musi Banyuasin). Semua akun demo memakai kata sandi {{password}} — hanya untuk demo.',
  signInAs: 'Masuk sebagai {{email}}',
  account: 'Akun demo',
  roles: {
    public: {
      title: 'Masyarakat',
      what: 'Melihat hasil penilaian yang sudah dipublikasikan tanpa akun: peta zona, peringkat nasional dan provinsi, riwayat tiap pemerintah daerah, data terbuka, dan memeriksa keaslian piagam.',
    },
    admin: {
      title: 'Ombudsman pusat (administrator)',
      what: 'Menetapkan edisi metodologi dan siklus penilaian beserta tahapannya, mengelola pengguna, mengimpor hasil tahun-tahun sebelumnya, memfinalisasi hasil dan menentukan waktu publikasinya.',
    },
    coordinator: {
      title: 'Kantor perwakilan provinsi (koordinator)',
      what: 'Memilih lokus dan unit layanan, menugaskan asesor dan verifikator, mencatat rapat pembukaan, memantau kemajuan lapangan dan menyetujui entitas yang seluruh unitnya terverifikasi.',
    },
    assessor: {
      title: 'Asesor',
      what: 'Mewawancarai empat pejabat per unit, mengisi observasi dan pemeriksaan dokumen dengan foto dan bukti, mencatat sampel pengaduan, membagikan tautan survei pengguna layanan, lalu mengajukan unit.',
    },
    verifier: {
      title: 'Verifikator',
      what: 'Memeriksa unit yang diajukan, mengembalikannya dengan catatan per indikator atau memverifikasinya, dan memutus sanggahan pada masa sanggahan.',
    },
    liaison: {
      title: 'Penghubung pemerintah yang dinilai',
      what: 'Melihat lokus dan rapat entitasnya, hasil sementara pada masa sanggahan, mengajukan sanggahan, lalu menjalankan rencana aksi perbaikan bersama pembinaan.',
    },
  },
  links: {
    portal: 'Portal hasil',
    entityHistory: 'Riwayat Kab. Musi Banyuasin',
    cycles: 'Siklus penilaian',
    directory: 'Direktori entitas dan unit',
    resultsImport: 'Impor hasil',
    users: 'Pengguna',
    audit: 'Jejak audit',
    home: 'Beranda dengan lokus saya',
    survey: 'Contoh survei pengguna layanan (tautan dari QR)',
    finalise: 'Penetapan hasil 2025',
    documents: 'Piagam dan rapor massal',
    progress: 'Kemajuan lapangan 2026',
    locus: 'Lokus Musi Banyuasin 2026',
    plans: 'Rencana aksi',
    coaching: 'Pembinaan',
    plan: 'Rencana aksi Musi Banyuasin',
    simulator: 'Simulasi perbaikan',
  },
};
