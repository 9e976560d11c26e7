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

export const surveyMessagesEn: typeof surveyMessagesId = {
  title: 'Service-user survey',
  intro: 'The public link for this unit’s service users: anonymous, no sign-in, one answer per device.',
  noLink: 'This unit has no survey link yet.',
  createLink: 'Create survey link',
  linkLabel: 'Survey link',
  copy: 'Copy link',
  copied: 'Copied',
  poster: 'Download QR poster (PDF)',
  progressLabel: 'Survey respondents',
  progress: '{{responses}}/{{target}} respondents',
  quotaMet: 'Respondent quota reached.',
  refreshing: 'Refreshes every 15 seconds.',
  proof: {
    receipt: 'Proof of service: number {{number}}',
    seen: 'Proof of service seen by the field team at the counter',
    markSeen: 'Mark proof of service seen',
  },
  proofSetting: {
    title: 'Proof of service in the service-user survey',
    intro:
      'The Opini method asks perception-survey respondents to show proof of having been served. When on, the survey page asks for a registration or receipt number (unique per unit); answers without proof are kept and flagged.',
    required: 'Ask for proof of service',
    rule: 'Answers without proof',
    count: 'Still counted',
    exclude: 'Not counted',
  },
  responses: {
    title: 'Survey responses and stuffing flags',
    intro:
      'Responses that look filled in repeatedly by one person are flagged for the verifier. Excluded responses count neither in the score nor in the quota.',
    summary: '{{counted}} counted · {{excluded}} excluded · {{flagged}} flagged',
    onlyFlagged: 'Show only flagged or excluded',
    showAll: 'Show all responses ({{count}})',
    empty: 'No responses to review yet.',
    client: 'Client {{client}}',
    unknownClient: 'Unknown client',
    answers: 'Answers',
    excludedBadge: 'Excluded',
    afterSubmissionBadge: 'After submission',
    afterSubmissionHelp:
      'Arrived after the unit was submitted for verification; the survey stays open for the whole data-collection phase and this answer counts unless excluded.',
    afterSubmissionSummary: '{{count}} responses arrived after the unit was submitted',
    excludedBy: 'Excluded {{when}} by {{who}}: {{note}}',
    exclude: 'Exclude from score',
    include: 'Count again',
    noteLabel: 'Note (required, at least 3 characters)',
    confirmExclude: 'Exclude',
    confirmInclude: 'Count again',
    cancel: 'Cancel',
    flags: {
      'client-burst': 'Burst from one client',
      'client-repeated-pattern': 'Same answers repeated by one client',
      'pattern-burst': 'Same answers in a burst from many clients',
      'no-proof': 'No proof of service',
      'unit-burst': 'Many responses within minutes',
      'client-many': 'Many responses from one network',
      'outside-service-hours': 'Outside service hours',
    },
    flagHelp: {
      'client-burst':
        '{{clientBurstCount}} or more responses from the same address and browser within {{minutes}} minutes.',
      'client-repeated-pattern':
        'Exactly the same answers, {{clientRepeatCount}} times or more, from the same client.',
      'pattern-burst':
        'Exactly the same answers {{patternBurstCount}} times or more within {{minutes}} minutes, from any clients (rotated addresses or browsers).',
      'no-proof':
        'This cycle asks for proof of service; this response gives no registration or receipt number and the field team has not marked proof seen at the counter.',
      'unit-burst':
        '{{unitBurstCount}} or more responses for this unit within {{minutes}} minutes, from any clients: more than one counter serves.',
      'client-many': '{{clientManyCount}} or more responses from the same address and browser, at any time.',
      'outside-service-hours': 'Sent outside the unit’s service hours (local time).',
    },
  },
};
