import { createRequire } from 'node:module';
import type { BilingualMessage } from '../errors';

// Mozilla's list of common passwords (MPL-2.0), the most frequent from public breach corpora.
const commonPasswordList = createRequire(import.meta.url)('fxa-common-password-list') as {
  test(password: string): boolean;
};

/** Local favourites that breach lists under-represent. */
const localCommonWords = [
  'indonesia',
  'merdeka',
  'bismillah',
  'ombudsman',
  'patuh',
  'pelayanan',
  'password',
  'katasandi',
];

export const minimumPasswordLength = 12;

/** Returns why a new password is refused, or undefined when it is acceptable. */
export function findPasswordWeakness(
  password: string,
  owner: { email: string; name: string },
): BilingualMessage | undefined {
  if (password.length < minimumPasswordLength) {
    return {
      id: `Kata sandi minimal ${minimumPasswordLength} karakter.`,
      en: `The password needs at least ${minimumPasswordLength} characters.`,
    };
  }
  const lowered = password.toLowerCase();
  const stripped = lowered.replace(/[^a-z]/g, '');
  if (commonPasswordList.test(password) || commonPasswordList.test(lowered) || /^(.)\1+$/.test(password)) {
    return { id: 'Kata sandi ini terlalu umum.', en: 'This password is too common.' };
  }
  if (
    localCommonWords.some(
      (word) => stripped === word || (stripped.startsWith(word) && stripped.length <= word.length + 2),
    )
  ) {
    return { id: 'Kata sandi ini terlalu mudah ditebak.', en: 'This password is too easy to guess.' };
  }
  const emailName = owner.email.split('@')[0]?.toLowerCase() ?? '';
  const nameParts = owner.name
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 4);
  if (
    (emailName.length >= 4 && lowered.includes(emailName)) ||
    nameParts.some((part) => lowered.includes(part))
  ) {
    return {
      id: 'Kata sandi tidak boleh memuat nama atau alamat e-mail Anda.',
      en: 'The password must not contain your name or e-mail address.',
    };
  }
  return undefined;
}
