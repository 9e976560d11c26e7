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

export const verifyMessagesEn: VerifyMessages = {
  title: 'Verify a certificate',
  intro:
    'Check that an assessment certificate or report card is genuine with the verification code printed under its QR code.',
  code: 'Verification code',
  check: 'Check',
  valid: 'This certificate is valid.',
  superseded:
    'This certificate was issued, but that year’s results have since been corrected: newer results exist.',
  unknown: 'This code is unknown.',
  typo: 'Check the code again: a letter or digit is mistyped.',
  awardedTo: 'Awarded to',
  unitOf: '{{unit}}, {{entity}}',
  year: 'Assessment year',
  score: 'Score',
  category: 'Category',
  zone: 'Zone',
  decree: 'Decree',
  publishedAt: 'Announced',
  current: 'The result in force now: score {{score}}, category {{category}}.',
  currentCode: 'Code of the reissued piagam: {{code}}.',
  validRapor: 'This report card is valid.',
  supersededRapor:
    'This report card was issued, but that year’s results have since been corrected: newer results exist.',
  currentCodeRapor: 'Code of the reissued report card: {{code}}.',
};
