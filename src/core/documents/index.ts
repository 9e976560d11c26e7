// Pure helpers for printed documents (piagam, rapor): verification codes and long dates.
export { formatLongDate } from './format-long-date';
export {
  computeCheckSymbol,
  formatVerificationCode,
  isWellFormedVerificationCode,
  normaliseVerificationCode,
  VERIFICATION_ALPHABET,
  VERIFICATION_CODE_LENGTH,
  VERIFICATION_DIGEST_BYTES,
  verificationCodeFromBytes,
} from './verification-code';
