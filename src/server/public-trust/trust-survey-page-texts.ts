import type { SurveyPageLanguage } from '../survey/survey-page-texts';

/** The words of the public-trust survey page (`/k/:code`, `?lang=en` for English), as the service-user page's. */
export const trustSurveyPageTexts = {
  id: {
    heading: 'Survei Kepercayaan Masyarakat',
    respondents: 'responden',
    intro:
      'Survei ini untuk <strong>seluruh masyarakat</strong>, juga bila Anda belum pernah dilayani instansi ini. ' +
      'Survei ini <strong>anonim, tanpa login</strong>: tidak ada nama, nomor telepon atau data pribadi yang ' +
      'diminta atau disimpan. Pilih satu jawaban untuk setiap pertanyaan; bila tidak tahu, pilih "Tidak tahu".',
    notSent: 'Jawaban belum dapat dikirim:',
    send: 'Kirim jawaban',
    oncePerDevice: 'Satu perangkat hanya dapat mengisi sekali untuk setiap instansi.',
    thanksTitle: 'Terima kasih',
    thanks:
      '<strong>Terima kasih!</strong> Jawaban Anda sudah tercatat. Jawaban Anda membantu Ombudsman menilai ' +
      'pelayanan publik instansi ini.',
    answeredTitle: 'Jawaban sudah tercatat',
    answered:
      '<strong>Jawaban dari perangkat ini sudah tercatat.</strong> Setiap perangkat hanya dapat mengisi survei ' +
      'ini satu kali untuk instansi ini. Terima kasih atas partisipasi Anda.',
    closedTitle: 'Survei ditutup',
    closedLead: '<strong>Survei sedang tidak menerima jawaban.</strong>',
    closedTail: 'Terima kasih atas perhatian Anda.',
  },
  en: {
    heading: 'Public-trust survey',
    respondents: 'respondents',
    intro:
      'This survey is for <strong>everyone</strong>, also if this agency has never served you. It is ' +
      '<strong>anonymous, with no sign-in</strong>: no name, phone number or other personal data is asked for ' +
      'or kept. Choose one answer for each question; if you do not know, choose "Don\'t know".',
    notSent: 'The answers could not be sent yet:',
    send: 'Send answers',
    oncePerDevice: 'Each device can answer once for each agency.',
    thanksTitle: 'Thank you',
    thanks:
      '<strong>Thank you!</strong> Your answers are recorded. They help the Ombudsman assess this agency’s ' +
      'public services.',
    answeredTitle: 'Answers already recorded',
    answered:
      '<strong>Answers from this device are already recorded.</strong> Each device can answer this survey once ' +
      'for this agency. Thank you for taking part.',
    closedTitle: 'Survey closed',
    closedLead: '<strong>The survey is not taking answers now.</strong>',
    closedTail: 'Thank you for your interest.',
  },
} as const satisfies Record<SurveyPageLanguage, Record<string, string>>;
