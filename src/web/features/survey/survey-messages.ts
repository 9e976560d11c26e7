/** Texts of the staff survey card; `survey.*` keys. */
export const surveyMessagesId = {
  title: 'Survei pengguna layanan',
  intro: 'Tautan publik untuk pengguna layanan unit ini: anonim, tanpa login, satu jawaban per perangkat.',
  noLink: 'Unit ini belum memiliki tautan survei.',
  createLink: 'Buat tautan survei',
  linkLabel: 'Tautan survei',
  copy: 'Salin tautan',
  copied: 'Tersalin',
  poster: 'Unduh poster QR (PDF)',
  progressLabel: 'Responden survei',
  progress: '{{responses}}/{{target}} responden',
  quotaMet: 'Kuota responden terpenuhi.',
  refreshing: 'Diperbarui otomatis setiap 15 detik.',
  proof: {
    receipt: 'Bukti layanan: nomor {{number}}',
    seen: 'Bukti layanan dilihat tim lapangan di loket',
    markSeen: 'Tandai bukti layanan dilihat',
  },
  proofSetting: {
    title: 'Bukti layanan pada survei pengguna layanan',
    intro:
      'Metode Opini meminta responden survei persepsi menunjukkan bukti telah dilayani. Bila diaktifkan, halaman survei menanyakan nomor registrasi atau tanda terima (unik per unit); jawaban tanpa bukti tetap disimpan dan ditandai.',
    required: 'Minta bukti layanan',
    rule: 'Jawaban tanpa bukti',
    count: 'Tetap dihitung',
    exclude: 'Tidak dihitung',
  },
  responses: {
    title: 'Jawaban survei dan tanda kecurangan',
    intro:
      'Jawaban yang tampak diisi berulang oleh satu orang ditandai untuk verifikator. Jawaban yang dikecualikan tidak dihitung dalam skor maupun kuota.',
    summary: '{{counted}} dihitung · {{excluded}} dikecualikan · {{flagged}} ditandai',
    onlyFlagged: 'Tampilkan hanya yang ditandai atau dikecualikan',
    showAll: 'Tampilkan semua jawaban ({{count}})',
    empty: 'Belum ada jawaban yang perlu ditinjau.',
    client: 'Klien {{client}}',
    unknownClient: 'Klien tidak diketahui',
    answers: 'Jawaban',
    excludedBadge: 'Dikecualikan',
    afterSubmissionBadge: 'Setelah pengajuan',
    afterSubmissionHelp:
      'Masuk setelah unit diajukan untuk verifikasi; survei tetap dibuka selama tahap pengumpulan data dan jawaban ini tetap dihitung kecuali dikecualikan.',
    afterSubmissionSummary: '{{count}} jawaban masuk setelah unit diajukan',
    excludedBy: 'Dikecualikan {{when}} oleh {{who}}: {{note}}',
    exclude: 'Kecualikan dari skor',
    include: 'Hitung kembali',
    noteLabel: 'Catatan (wajib, minimal 3 karakter)',
    confirmExclude: 'Kecualikan',
    confirmInclude: 'Hitung kembali',
    cancel: 'Batal',
    flags: {
      'client-burst': 'Beruntun dari satu klien',
      'client-repeated-pattern': 'Jawaban sama berulang dari satu klien',
      'pattern-burst': 'Jawaban sama beruntun dari banyak klien',
      'no-proof': 'Tanpa bukti layanan',
      'unit-burst': 'Banyak jawaban dalam beberapa menit',
      'client-many': 'Banyak jawaban dari satu jaringan',
      'outside-service-hours': 'Di luar jam layanan',
    },
    flagHelp: {
      'client-burst':
        '{{clientBurstCount}} jawaban atau lebih dari alamat dan peramban yang sama dalam {{minutes}} menit.',
      'client-repeated-pattern':
        'Susunan jawaban yang persis sama, {{clientRepeatCount}} kali atau lebih, dari klien yang sama.',
      'pattern-burst':
        'Susunan jawaban yang persis sama {{patternBurstCount}} kali atau lebih dalam {{minutes}} menit, dari klien mana pun (alamat atau peramban berganti).',
      'no-proof':
        'Siklus ini meminta bukti layanan; jawaban ini tidak menyertakan nomor registrasi atau tanda terima dan tim lapangan belum menandai bukti yang dilihat di loket.',
      'unit-burst':
        '{{unitBurstCount}} jawaban atau lebih untuk unit ini dalam {{minutes}} menit, dari klien mana pun: lebih banyak daripada yang dilayani satu loket.',
      'client-many':
        '{{clientManyCount}} jawaban atau lebih dari alamat dan peramban yang sama, kapan pun dikirim.',
      'outside-service-hours': 'Dikirim di luar jam layanan unit (waktu setempat).',
    },
  },
};
