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

export const tourMessagesEn: typeof tourMessagesId = {
  nav: 'Start here',
  title: 'Start here',
  intro:
    'Six groups of users work in Patuh. Pick a role to see its work; demo data is loaded (South Sumatra, Musi Banyuasin regency). Every demo account uses the password {{password}} — demo only.',
  signInAs: 'Sign in as {{email}}',
  account: 'Demo account',
  roles: {
    public: {
      title: 'The public',
      what: 'See published results without an account: the zone map, national and provincial rankings, each government’s history, open data, and check that a certificate is genuine.',
    },
    admin: {
      title: 'Ombudsman centre (administrator)',
      what: 'Sets methodology editions and assessment cycles with their phases, manages users, imports earlier years’ results, finalises results and sets their publication time.',
    },
    coordinator: {
      title: 'Provincial office (coordinator)',
      what: 'Chooses loci and service units, assigns assessors and verifiers, records entry meetings, follows field progress and approves entities whose units are all verified.',
    },
    assessor: {
      title: 'Assessor',
      what: 'Interviews four officials per unit, fills the observation and document checks with photos and evidence, samples complaint records, shares the service-user survey link, then submits the unit.',
    },
    verifier: {
      title: 'Verifier',
      what: 'Reviews submitted units, returns them with notes per indicator or verifies them, and decides objections during the objection window.',
    },
    liaison: {
      title: 'Liaison of an assessed government',
      what: 'Sees their entity’s locus and meetings, the provisional result during the objection window, files objections, then works through the improvement plan with coaching.',
    },
  },
  links: {
    portal: 'Results portal',
    entityHistory: 'Musi Banyuasin’s history',
    cycles: 'Assessment cycles',
    directory: 'Entity and unit directory',
    resultsImport: 'Results import',
    users: 'Users',
    audit: 'Audit trail',
    home: 'Home with my loci',
    survey: 'A service-user survey (the QR link)',
    finalise: 'Finalising the 2025 results',
    documents: 'Bulk certificates and report cards',
    progress: 'Field progress 2026',
    locus: 'Musi Banyuasin locus 2026',
    plans: 'Improvement plans',
    coaching: 'Coaching',
    plan: 'Musi Banyuasin’s improvement plan',
    simulator: 'What-if simulator',
  },
};
