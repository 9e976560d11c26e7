/** Whose session sends the outbox in the background, and the language that account's screens use. */
export interface OutboxAccount {
  userId: string;
  language: 'id' | 'en';
}

/**
 * From the `/api/auth/me` answer, read by the service worker (which has no UI to ask). Its language goes out as
 * Accept-Language, so a refusal's message is stored in the words the assessor reads, not always in Indonesian.
 */
export function readOutboxAccount(body: unknown): OutboxAccount | null {
  const account = body as { id?: unknown; language?: unknown } | null;
  if (typeof account?.id !== 'string') return null;
  return { userId: account.id, language: account.language === 'en' ? 'en' : 'id' };
}
