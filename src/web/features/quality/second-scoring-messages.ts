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

export const secondScoringMessagesEn: typeof secondScoringMessagesId = {
  cardTitle: 'Second scoring (blind)',
  cardIntro:
    'These units were drawn for you to score again without seeing the first team’s levels. Score from your own visit.',
  answered: '{{answered}} levels entered',
  pageTitle: 'Second scoring: {{unit}}',
  pageIntro:
    'The first team’s levels are not shown. Every choice is saved at once; the verifier settles differences with the first team.',
  saved: 'Saved',
  saveFailed: 'Could not save {{code}}',
  level: 'Level for {{code}}',
  disagreementsTitle: 'Double-scoring disagreements',
  disagreementsIntro:
    'Sampled units whose second assessor scored differently from the first team. Check the evidence and set the level that stands.',
  disagreementCount_one: '{{count}} disagreement',
  disagreementCount_other: '{{count}} disagreements',
  settleTitle: 'Settle disagreements: {{unit}}',
  settleIntro:
    'A level that differs from the first team’s replaces their answer and is audited. Agreement figures keep comparing the first team’s original level.',
  unitChecklist: 'Unit checklists',
  firstLevel: 'First team: {{level}}',
  secondLevel: 'Second assessor: {{level}}',
  settledLevel: 'Settled: {{level}} — {{note}}',
  chooseLevel: 'Level that stands',
  chooseLevelFirst: 'Choose the level that stands after checking the evidence.',
  note: 'Reason (required)',
  settle: 'Settle',
  none: 'No disagreement is waiting.',
  back: '← Home',
};
