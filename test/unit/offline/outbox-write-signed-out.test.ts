import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../src/web/features/offline/outbox-writes';
import { i18nOptions, messagesBackend } from '../../../src/web/i18n/load-messages';

// A field write with no signed-in account cannot be owned, so it is refused before it reaches the outbox, and
// the refusal is worded in the screen's language like the rest of the unit form.

const unit = { year: 2026, entityCode: '16.06', unitId: '00000000-0000-4000-8000-00000000aaaa' };
const answer = { respondentId: null, indicatorCode: 'A1', level: 3, note: '' };

beforeAll(async () => {
  await i18next.use(messagesBackend).init({ ...i18nOptions, lng: 'id' });
  await i18next.loadLanguages('en');
});

describe('a field write without a signed-in account', () => {
  it('is refused in Indonesian, then in English once the screen switches', async () => {
    await expect(saveAnswer(unit, answer, 0)).rejects.toThrow(
      'Anda belum masuk, jadi perubahan ini tidak disimpan. Masuk lagi, lalu ulangi.',
    );
    await i18next.changeLanguage('en');
    await expect(saveAnswer(unit, answer, 0)).rejects.toThrow(
      'You are not signed in, so this change was not saved. Sign in again, then repeat it.',
    );
  });
});
