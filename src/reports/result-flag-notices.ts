/**
 * What a document prints next to a published figure that is not an ordinary accepted result (issue #17):
 * not accepted by the centre, published by the admin's override, corrected after publication, or a demo
 * value. Ordered as the flags are listed here; nothing for an ordinary result.
 */
const noticeTexts = {
  'not-accepted': {
    id: 'Hasil ini belum diterima oleh Ombudsman RI pusat saat ditetapkan.',
    en: 'This result had not been accepted by the Ombudsman centre when it was finalised.',
  },
  override: {
    id: 'Diterbitkan atas keputusan admin tanpa penerimaan pusat.',
    en: 'Published by an admin override without the centre’s acceptance.',
  },
  corrected: {
    id: 'Hasil ini dikoreksi dan menggantikan hasil yang diterbitkan sebelumnya.',
    en: 'This result was corrected and replaces the one published before.',
  },
} as const;

export function resultFlagNotices(
  flags: readonly string[],
  isDemoValue: boolean,
  language: 'id' | 'en',
): string[] {
  const notices: string[] = (Object.keys(noticeTexts) as (keyof typeof noticeTexts)[])
    .filter((flag) => flags.includes(flag))
    .map((flag) => noticeTexts[flag][language]);
  if (isDemoValue)
    notices.push(
      language === 'en'
        ? 'Demo value: not a real published result.'
        : 'Nilai demo: bukan hasil resmi yang dipublikasikan.',
    );
  return notices;
}
