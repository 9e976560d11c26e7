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
};
