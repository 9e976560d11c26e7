/**
 * A failure this app names itself, not the server (whose message comes in the UI's language through
 * Accept-Language): kept as a code and put into words where it is shown (`offline.reasons.*`), so it reads in
 * the language of the screen, not the developer's. `message` beside it stays plain technical text.
 */
export interface OutboxReason {
  code: 'network' | 'httpStatus' | 'dependsOnRefused' | 'fileMissing' | 'noUploadId';
  /** The HTTP status of an answer that came without the server's own message (a proxy's 502 page). */
  status?: number;
}

/** How one attempt to send an entry ended, decided from the HTTP answer (or its absence). */
export type SendOutcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'retry'; message: string; retryAfterMs: number | null; reason?: OutboxReason }
  | { kind: 'signed-out' }
  | { kind: 'conflict'; current: unknown; message: string; reason?: OutboxReason }
  | { kind: 'rejected'; message: string; code?: string; reason?: OutboxReason };

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/** 2xx → ok; 401 → pause until signed in; 409 → conflict; 408/429/5xx → retry later; other 4xx → rejected. */
export async function outcomeOfResponse(response: Response): Promise<SendOutcome> {
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { kind: 'ok', body: payload };
  const error = (payload as ErrorBody | null)?.error;
  const hasMessage = typeof error?.message === 'string';
  const message = hasMessage ? String(error?.message) : `HTTP ${response.status}`;
  const reason = hasMessage ? {} : { reason: { code: 'httpStatus', status: response.status } as const };
  if (response.status === 401) return { kind: 'signed-out' };
  if (response.status === 409 && error?.code === 'CONFLICT')
    return { kind: 'conflict', current: error.details ?? null, message, ...reason };
  // The first send with this key is still running on the server: ask again shortly for its answer.
  if (response.status === 409 && error?.code === 'idempotency-key-in-flight')
    return { kind: 'retry', message, retryAfterMs: 2000, ...reason };
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      kind: 'retry',
      message,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
      ...reason,
    };
  }
  return {
    kind: 'rejected',
    message,
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...reason,
  };
}

/** 1 s, 2 s, 4 s … up to 5 minutes, with up to a fifth added at random so many phones do not retry together. */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + random() * 0.2));
}
