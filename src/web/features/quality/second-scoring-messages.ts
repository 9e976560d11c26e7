// Texts of the blind second scoring (assessors) and of settling disagreements (verifiers); plugged into the
// locales as `secondScoring`. Indonesian first; the English object must have the same keys (checked by its type).

export const secondScoringMessagesId = {
  cardTitle: 'Penilaian kedua (buta)',
  cardIntro:
    'Unit ini diundi untuk dinilai ulang oleh Anda tanpa melihat nilai tim pertama. Nilai dari kunjungan Anda sendiri.',
  answered: '{{answered}} nilai diisi',
  pageTitle: 'Penilaian kedua: {{unit}}',
  pageIntro:
    'Nilai tim pertama tidak ditampilkan. Setiap pilihan langsung tersimpan; verifikator memutus perbedaan dengan tim pertama.',
  saved: 'Tersimpan',
  saveFailed: 'Gagal menyimpan {{code}}',
  level: 'Tingkat untuk {{code}}',
  disagreementsTitle: 'Perbedaan penilaian ganda',
  disagreementsIntro:
    'Unit sampel yang nilai asesor keduanya berbeda dari tim pertama. Periksa buktinya dan tetapkan nilai yang berlaku.',
  disagreementCount_one: '{{count}} perbedaan',
  disagreementCount_other: '{{count}} perbedaan',
  settleTitle: 'Putuskan perbedaan: {{unit}}',
  settleIntro:
    'Nilai yang ditetapkan menggantikan jawaban tim pertama bila berbeda, dan dicatat di log audit. Angka kesesuaian tetap membandingkan nilai asli tim pertama.',
  unitChecklist: 'Daftar periksa unit',
  firstLevel: 'Tim pertama: {{level}}',
  secondLevel: 'Asesor kedua: {{level}}',
  settledLevel: 'Ditetapkan: {{level}} — {{note}}',
  chooseLevel: 'Nilai yang berlaku',
  chooseLevelFirst: 'Pilih nilai yang berlaku setelah memeriksa bukti.',
  note: 'Alasan (wajib)',
  settle: 'Tetapkan',
  none: 'Tidak ada perbedaan yang menunggu.',
  back: '← Beranda',
};
