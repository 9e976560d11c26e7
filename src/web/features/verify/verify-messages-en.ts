// English texts beside the Indonesian ones in verify-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { VerifyMessages } from './verify-messages';

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
