/** How one attempt to send an entry ended, decided from the HTTP answer (or its absence). */
export type SendOutcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'retry'; message: string; retryAfterMs: number | null }
  | { kind: 'signed-out' }
  | { kind: 'conflict'; current: unknown; message: string }
  | { kind: 'rejected'; message: string; code?: string };

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/** 2xx → ok; 401 → pause until signed in; 409 → conflict; 408/429/5xx → retry later; other 4xx → rejected. */
export async function outcomeOfResponse(response: Response): Promise<SendOutcome> {
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { kind: 'ok', body: payload };
  const error = (payload as ErrorBody | null)?.error;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`;
  if (response.status === 401) return { kind: 'signed-out' };
  if (response.status === 409 && error?.code === 'CONFLICT')
    return { kind: 'conflict', current: error.details ?? null, message };
  // The first send with this key is still running on the server: ask again shortly for its answer.
  if (response.status === 409 && error?.code === 'idempotency-key-in-flight')
    return { kind: 'retry', message, retryAfterMs: 2000 };
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      kind: 'retry',
      message,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
    };
  }
  return { kind: 'rejected', message, ...(typeof error?.code === 'string' ? { code: error.code } : {}) };
}

/** 1 s, 2 s, 4 s … up to 5 minutes, with up to a fifth added at random so many phones do not retry together. */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + random() * 0.2));
}
