import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  unusablePasswordHash,
  verifyPassword,
} from '../../../src/server/auth/password-hashing';
import { findPasswordWeakness } from '../../../src/server/auth/password-strength';
import { createOneTimePassword } from '../../../src/server/auth/session-tokens';

const owner = { email: 'siti.rahma@musibanyuasinkab.go.id', name: 'Siti Rahmawati' };

describe('password hashing', () => {
  it('stores scrypt with its parameters and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('Sungai Musi 2026 pagi');
    const second = await hashPassword('Sungai Musi 2026 pagi');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('Sungai Musi 2026 pagi', first)).toBe(true);
    expect(await verifyPassword('Sungai Musi 2026 Pagi', first)).toBe(false);
    expect(await verifyPassword('anything', unusablePasswordHash)).toBe(false);
    expect(await verifyPassword('anything', 'bcrypt$whatever')).toBe(false);
  });
});

describe('findPasswordWeakness', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(findPasswordWeakness('Sungai Musi 2026 pagi', owner)).toBeUndefined();
  });

  it.each([
    ['too short', 'Pendek#2026', /minimal 12/],
    ['a common password', 'password1234', /terlalu umum/],
    ['a common password in another case', 'PASSWORD1234', /terlalu umum/],
    ['a keyboard walk', '1q2w3e4r5t6y', /terlalu umum/],
    ['one repeated character', 'aaaaaaaaaaaaaa', /terlalu umum/],
    ['a local favourite', 'indonesia123', /mudah ditebak/],
    ['the e-mail name', 'siti.rahma.rahasia!', /nama atau alamat e-mail/],
    ['a part of the name', 'rahmawati-kedua-2026', /nama atau alamat e-mail/],
  ])('refuses %s', (_case, password, message) => {
    expect(findPasswordWeakness(password, owner)?.id).toMatch(message);
    expect(findPasswordWeakness(password, owner)?.en).toBeTruthy();
  });
});

describe('createOneTimePassword', () => {
  it('makes 16 characters without look-alikes, different each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, createOneTimePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{16}$/);
  });
});
