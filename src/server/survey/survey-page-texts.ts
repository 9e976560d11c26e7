/**
 * The words of the public survey page, Indonesian first and English one tap away (`?lang=en`): the page is
 * rendered on the server with no script, so its texts live here rather than in the web app's i18n files.
 */
export type SurveyPageLanguage = 'id' | 'en';

export const surveyPageTexts = {
  id: {
    heading: 'Survei Pengguna Layanan',
    respondents: 'responden',
    intro:
      'Survei ini <strong>anonim, tanpa login</strong>: tidak ada nama, nomor telepon atau data pribadi yang ' +
      'diminta atau disimpan. Selama Anda menerima layanan di unit ini, seberapa sering Anda mengalami ' +
      'hal-hal berikut? Pilih satu jawaban untuk setiap pertanyaan.',
    notSent: 'Jawaban belum dapat dikirim:',
    send: 'Kirim jawaban',
    oncePerDevice: 'Satu perangkat hanya dapat mengisi sekali untuk setiap unit layanan.',
    proofLegend: 'Bukti layanan',
    proofLabel:
      'Nomor registrasi atau nomor tanda terima layanan Anda (tertera pada bukti pendaftaran, karcis antrean ' +
      'atau tanda terima). Satu nomor hanya dapat dipakai sekali. Bila tidak ada, kosongkan: jawaban Anda ' +
      'tetap dicatat.',
    thanksTitle: 'Terima kasih',
    thanks:
      '<strong>Terima kasih!</strong> Jawaban Anda sudah tercatat. Jawaban Anda membantu Ombudsman menilai ' +
      'kepatuhan pelayanan publik.',
    answeredTitle: 'Jawaban sudah tercatat',
    answered:
      '<strong>Jawaban dari perangkat ini sudah tercatat.</strong> Setiap perangkat hanya dapat mengisi survei ' +
      'satu kali untuk unit layanan ini. Terima kasih atas partisipasi Anda.',
    closedTitle: 'Survei ditutup',
    closedLead: '<strong>Survei sedang tidak menerima jawaban.</strong>',
    closedTail: 'Terima kasih atas perhatian Anda.',
    otherLanguage: 'English',
    otherLanguageName: 'Read this survey in English',
    limitTitle: 'Batas jawaban tercapai.',
    limitSharedNetwork:
      'Bila Anda memakai Wi-Fi yang sama dengan banyak pengguna lain, kirim jawaban melalui data seluler ' +
      'ponsel Anda sendiri.',
    notFoundTitle: 'Tautan survei tidak ditemukan.',
    notFound: 'Periksa kembali alamat pada poster, atau pindai ulang kode QR-nya.',
    notAcceptedTitle: 'Jawaban tidak dapat diterima.',
    crossSiteTitle: 'Permintaan ditolak.',
    crossSite: 'Isi survei hanya melalui halaman survei ini.',
    notProcessedTitle: 'Permintaan tidak dapat diproses.',
    reloadAndRetry: 'Muat ulang halaman survei, lalu coba lagi.',
    tooManyTitle: 'Terlalu banyak permintaan.',
    tooMany: 'Tunggu sebentar, lalu muat ulang halaman ini.',
    failedTitle: 'Terjadi kesalahan.',
    failedRequestId: 'Coba lagi beberapa saat lagi. Kode permintaan:',
  },
  en: {
    heading: 'Service-user survey',
    respondents: 'respondents',
    intro:
      'This survey is <strong>anonymous, with no sign-in</strong>: no name, phone number or other personal ' +
      'data is asked for or kept. While you were served at this unit, how often did you experience the ' +
      'following? Choose one answer for each question.',
    notSent: 'The answers could not be sent yet:',
    send: 'Send answers',
    oncePerDevice: 'Each device can answer once for each service unit.',
    proofLegend: 'Proof of service',
    proofLabel:
      'The registration or receipt number of your service (on the registration slip, queue ticket or ' +
      'receipt). A number can be used once. If you have none, leave it empty: your answers are still recorded.',
    thanksTitle: 'Thank you',
    thanks:
      '<strong>Thank you!</strong> Your answers are recorded. They help the Ombudsman assess how well public ' +
      'services keep to their standards.',
    answeredTitle: 'Answers already recorded',
    answered:
      '<strong>Answers from this device are already recorded.</strong> Each device can answer this unit’s ' +
      'survey once. Thank you for taking part.',
    closedTitle: 'Survey closed',
    closedLead: '<strong>The survey is not taking answers now.</strong>',
    closedTail: 'Thank you for your interest.',
    otherLanguage: 'Bahasa Indonesia',
    otherLanguageName: 'Baca survei ini dalam Bahasa Indonesia',
    limitTitle: 'Answer limit reached.',
    limitSharedNetwork:
      'If you share a Wi-Fi network with many other people, send your answers over your own phone’s mobile ' +
      'data.',
    notFoundTitle: 'Survey link not found.',
    notFound: 'Check the address on the poster, or scan its QR code again.',
    notAcceptedTitle: 'The answers cannot be accepted.',
    crossSiteTitle: 'Request refused.',
    crossSite: 'Fill in the survey on this survey page only.',
    notProcessedTitle: 'The request cannot be processed.',
    reloadAndRetry: 'Reload the survey page, then try again.',
    tooManyTitle: 'Too many requests.',
    tooMany: 'Wait a moment, then reload this page.',
    failedTitle: 'Something went wrong.',
    failedRequestId: 'Try again in a while. Request id:',
  },
} as const satisfies Record<SurveyPageLanguage, Record<string, string>>;

/** `?lang=en` asks for English; anything else (or nothing) is Indonesian. */
export function surveyPageLanguageOf(query: unknown): SurveyPageLanguage {
  if (typeof query !== 'object' || query === null) return 'id';
  return (query as { lang?: unknown }).lang === 'en' ? 'en' : 'id';
}
