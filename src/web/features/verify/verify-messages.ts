// Texts of the public verification page (/verifikasi/<code>); plugged into the locales as `verify`.

export const verifyMessagesId = {
  title: 'Verifikasi piagam',
  intro:
    'Periksa keaslian piagam atau rapor hasil penilaian dengan kode verifikasi yang tercetak di bawah kode QR.',
  code: 'Kode verifikasi',
  check: 'Periksa',
  valid: 'Piagam ini sah.',
  superseded:
    'Piagam ini pernah diterbitkan, tetapi hasil tahun tersebut telah dikoreksi: ada hasil yang lebih baru.',
  unknown: 'Kode ini tidak dikenal.',
  typo: 'Periksa kembali kode: ada huruf atau angka yang salah ketik.',
  awardedTo: 'Diberikan kepada',
  unitOf: '{{unit}}, {{entity}}',
  year: 'Tahun penilaian',
  score: 'Nilai',
  category: 'Kategori',
  zone: 'Zona',
  decree: 'Keputusan',
  publishedAt: 'Diumumkan',
  current: 'Hasil yang berlaku sekarang: nilai {{score}}, kategori {{category}}.',
  currentCode: 'Kode piagam terbitan baru: {{code}}.',
  validRapor: 'Rapor ini sah.',
  supersededRapor:
    'Rapor ini pernah diterbitkan, tetapi hasil tahun tersebut telah dikoreksi: ada hasil yang lebih baru.',
  currentCodeRapor: 'Kode rapor terbitan baru: {{code}}.',
};

export type VerifyMessages = typeof verifyMessagesId;
