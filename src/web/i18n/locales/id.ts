export const id = {
  app: {
    name: 'Patuh',
    tagline: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik',
    language: 'Bahasa',
  },
  home: {
    title: 'Selamat datang di Patuh',
    intro:
      'Patuh menjalankan penilaian kepatuhan penyelenggaraan pelayanan publik dari awal sampai akhir: metodologi, pengumpulan data lapangan, verifikasi, hasil, piagam, rapor dan pembinaan.',
    statusTitle: 'Status platform',
    statusOk: 'Berjalan',
    database: 'Basis data',
    databaseKinds: {
      pglite: 'PGlite (tertanam)',
      postgres: 'PostgreSQL',
    },
    migrations: 'Migrasi diterapkan',
    version: 'Versi',
    loading: 'Memeriksa status…',
    loadFailed: 'Status platform tidak dapat dibaca: {{reason}}',
    apiDocs: 'Dokumentasi API',
  },
};

export type Messages = typeof id;
