// Texts of the assessor quality-control page; plugged into the locales as `quality`. Indonesian first; the
// English object must have the same keys (checked by its type).

export const qualityMessagesId = {
  title: 'Kendali mutu asesor',
  link: 'Kendali mutu asesor',
  intro:
    'Sampel unit dinilai ulang secara buta oleh asesor lain; kesesuaian dihitung per indikator dan per pasangan asesor (persentase dan kappa Cohen berbobot).',
  province: 'Provinsi',
  draw: 'Tarik sampel ({{percent}})',
  drawn: '{{count}} unit dalam sampel penilaian ulang.',
  skipped: '{{count}} unit tanpa asesor kedua yang tersedia.',
  overall: 'Kesesuaian keseluruhan: {{pairs}} pasang jawaban, {{percent}} sama, kappa {{kappa}}.',
  byIndicator: 'Per indikator',
  byPair: 'Per pasangan asesor',
  disagreements: 'Perbedaan untuk diputus verifikator',
  assessors: 'Per asesor',
  indicator: 'Indikator',
  pairs: 'Pasang',
  agreement: 'Sama',
  kappa: 'Kappa',
  first: 'Asesor pertama',
  second: 'Asesor kedua',
  unit: 'Unit',
  levels: 'Tingkat (pertama → kedua)',
  name: 'Asesor',
  answers: 'Jawaban',
  mean: 'Rata-rata',
  zScore: 'Skor z',
  outlier: 'Pencilan',
  changed: 'Diubah saat verifikasi',
  visit: 'Median hari kunjungan → entri',
  none: 'Belum ada data.',
};
