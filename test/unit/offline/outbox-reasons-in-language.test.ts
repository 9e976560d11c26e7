import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeOutboxProblem } from '../../../src/web/features/offline/describe-outbox-problem';
import { enqueueOutboxEntry, newLocalId } from '../../../src/web/features/offline/enqueue-outbox-entry';
import { type OutboxDatabase, openOutboxDatabase } from '../../../src/web/features/offline/outbox-database';
import { drainOutbox } from '../../../src/web/features/offline/outbox-runner';
import { readOutboxAccount } from '../../../src/web/features/offline/read-outbox-account';
import { i18nOptions, messagesBackend } from '../../../src/web/i18n/load-messages';

// The unit form says why a change is not on the server yet. What the app says itself (no connection, an answer
// without the server's message, a change depending on a refused one) follows the screen's language; only the
// server's own refusal is shown as it came, and it comes in the language the request asked for.

const base = '/api/cycles/2026/loci/16.06/units/00000000-0000-4000-8000-00000000aaaa';
const userId = '00000000-0000-4000-8000-0000000000a1';
let db: OutboxDatabase | undefined;
const translate: Record<'id' | 'en', TFunction> = {} as Record<'id' | 'en', TFunction>;

beforeAll(async () => {
  // The app's own message files and options, on an instance of its own.
  const i18n = i18next.createInstance();
  await i18n.use(messagesBackend).init({ ...i18nOptions, lng: 'id' });
  await i18n.loadLanguages('en');
  translate.id = i18n.getFixedT('id');
  translate.en = i18n.getFixedT('en');
});

afterEach(async () => {
  await db?.delete();
});

function setUp(fetch: typeof globalThis.fetch) {
  db = openOutboxDatabase('outbox-reasons-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  const languages: string[] = [];
  const deps = {
    db,
    userId,
    fetch: ((input, init) => {
      languages.push(new Headers(init?.headers).get('accept-language') ?? '');
      return fetch(input, init);
    }) as typeof globalThis.fetch,
    now: () => 1_000_000,
    random: () => 0.5,
    language: () => 'en',
  };
  return { db, deps, languages };
}

const answer = (respondentId: string | null) => ({
  userId,
  unitKey: '2026/16.06/unit',
  kind: 'answer' as const,
  method: 'PUT' as const,
  url: `${base}/answers`,
  body: { respondentId, indicatorCode: 'P1', level: 3, note: '', expectedVersion: 0 },
  recordKey: `answer:${respondentId ?? 'unit'}:P1`,
});

async function onlyEntry(database: OutboxDatabase) {
  const [entry] = await database.entries.toArray();
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('why an outbox entry waits, in the screen’s language', () => {
  it('says "no connection" in English or Indonesian, never the browser’s own words', async () => {
    const { db, deps } = setUp(async () => {
      throw new TypeError('Failed to fetch');
    });
    await enqueueOutboxEntry(db, answer(null), 1);
    await drainOutbox(deps);
    const entry = await onlyEntry(db);
    expect(entry).toMatchObject({ state: 'failed', lastReason: { code: 'network' } });
    expect(describeOutboxProblem(entry, translate.en)).toBe('No connection to the server');
    expect(describeOutboxProblem(entry, translate.id)).toBe('Tidak tersambung ke server');
  });

  it('names the status of an answer that came without the server’s message (a proxy’s page)', async () => {
    const { db, deps } = setUp(async () => new Response('<html>Bad Gateway</html>', { status: 502 }));
    await enqueueOutboxEntry(db, answer(null), 1);
    await drainOutbox(deps);
    const entry = await onlyEntry(db);
    expect(entry.lastReason).toEqual({ code: 'httpStatus', status: 502 });
    expect(describeOutboxProblem(entry, translate.en)).toBe('The server answered with code 502');
    expect(describeOutboxProblem(entry, translate.id)).toBe('Server menjawab dengan kode 502');
  });

  it('shows the server’s refusal as it came, asked for in the UI language; a change built on it says why it waits', async () => {
    const refusal = { error: { code: 'VALIDATION_FAILED', message: 'The name is required' } };
    const { db, deps, languages } = setUp(async () => Response.json(refusal, { status: 422 }));
    const localId = newLocalId();
    await enqueueOutboxEntry(
      db,
      {
        userId,
        unitKey: '2026/16.06/unit',
        kind: 'respondent-create',
        method: 'POST',
        url: `${base}/respondents`,
        body: { roleCode: 'kepala', name: '' },
        recordKey: `respondent:${localId}`,
        localId,
      },
      1,
    );
    await enqueueOutboxEntry(db, answer(localId), 2);
    await drainOutbox(deps);
    expect(languages).toEqual(['en']);
    const [refused, dependent] = await db.entries.orderBy('seq').toArray();
    expect(refused).toMatchObject({ state: 'rejected', lastReason: null });
    expect(describeOutboxProblem(refused ?? { lastError: null }, translate.en)).toBe('The name is required');
    expect(dependent).toMatchObject({ state: 'rejected', lastReason: { code: 'dependsOnRefused' } });
    expect(describeOutboxProblem(dependent ?? { lastError: null }, translate.en)).toBe(
      'Depends on a change the server refused',
    );
    expect(describeOutboxProblem(dependent ?? { lastError: null }, translate.id)).toBe(
      'Bergantung pada perubahan yang ditolak server',
    );
  });

  it('has words for every reason in both languages, different from each other', () => {
    for (const code of ['network', 'httpStatus', 'dependsOnRefused', 'fileMissing', 'noUploadId'] as const) {
      const entry = { lastError: 'technical text', lastReason: { code, status: 500 } };
      const english = describeOutboxProblem(entry, translate.en);
      const indonesian = describeOutboxProblem(entry, translate.id);
      expect(english, code).not.toMatch(/offline\.reasons|technical text/);
      expect(indonesian, code).not.toMatch(/offline\.reasons|technical text/);
      expect(english, code).not.toBe(indonesian);
    }
  });

  it('lets the background sync ask in the account’s language', () => {
    expect(readOutboxAccount({ id: userId, language: 'en' })).toEqual({ userId, language: 'en' });
    expect(readOutboxAccount({ id: userId, language: 'id' })).toEqual({ userId, language: 'id' });
    expect(readOutboxAccount({ id: userId })).toEqual({ userId, language: 'id' });
    expect(readOutboxAccount({ error: { code: 'UNAUTHENTICATED' } })).toBeNull();
    expect(readOutboxAccount(null)).toBeNull();
  });
});
