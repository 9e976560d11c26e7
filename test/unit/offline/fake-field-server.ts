/**
 * A small in-memory stand-in for the field write routes and the resumable upload, honouring Idempotency-Key
 * as the server contract says (same key → the first answer again). Every request is logged.
 */
export interface LoggedRequest {
  method: string;
  url: string;
  idempotencyKey: string | null;
  body: unknown;
}

export class FakeFieldServer {
  readonly log: LoggedRequest[] = [];
  readonly respondents = new Map<string, { name: string; version: number }>();
  readonly answers = new Map<string, { level: number | null; note: string; version: number }>();
  readonly uploads = new Map<string, { bytes: number[]; sizeBytes: number }>();
  readonly evidence: string[] = [];
  private readonly replies = new Map<string, { status: number; body: unknown }>();
  private nextId = 1;
  /** The fate of the next requests: 'offline' throws like fetch does, a number answers with that status. */
  failNext: Array<'ok' | 'offline' | 'lost-reply' | number> = [];
  chunkBytes = 4;

  fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const key = headers.get('idempotency-key');
    const body = await readBody(init?.body);
    this.log.push({ method, url, idempotencyKey: key, body });
    const failure = this.failNext.shift();
    if (failure === 'offline') throw new TypeError('Failed to fetch');
    if (typeof failure === 'number')
      return json(failure, { error: { code: 'X', message: `status ${failure}` } });
    let reply: { status: number; body: unknown };
    const remembered = key ? this.replies.get(key) : undefined;
    if (remembered) reply = remembered;
    else {
      reply = this.handle(method, url, body);
      if (key && reply.status < 500) this.replies.set(key, reply);
    }
    // The server did the work but the answer never reached the phone.
    if (failure === 'lost-reply') throw new TypeError('Failed to fetch');
    return json(reply.status, reply.body);
  };

  private handle(method: string, url: string, body: unknown): { status: number; body: unknown } {
    const record = (body ?? {}) as Record<string, unknown>;
    if (method === 'POST' && url.endsWith('/respondents')) {
      const id = `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`;
      this.respondents.set(id, { name: String(record.name), version: 1 });
      return { status: 201, body: { respondent: { id, version: 1 } } };
    }
    if (method === 'PUT' && url.endsWith('/answers')) {
      const key = `${String(record.respondentId)}:${String(record.indicatorCode)}`;
      const current = this.answers.get(key);
      if ((current?.version ?? 0) !== record.expectedVersion)
        return {
          status: 409,
          body: { error: { code: 'CONFLICT', message: 'conflict', details: current ?? null } },
        };
      const saved = {
        level: record.level as number | null,
        note: String(record.note),
        version: (current?.version ?? 0) + 1,
      };
      this.answers.set(key, saved);
      return { status: 200, body: saved };
    }
    if (method === 'POST' && url === '/api/uploads') {
      const uploadId = `upload-${this.nextId++}`;
      this.uploads.set(uploadId, { bytes: [], sizeBytes: Number(record.sizeBytes) });
      return { status: 201, body: { uploadId, receivedBytes: 0, chunkBytes: this.chunkBytes } };
    }
    const upload = /^\/api\/uploads\/([^?]+)(?:\?offset=(\d+))?$/.exec(url);
    if (upload) {
      const stored = this.uploads.get(upload[1] ?? '');
      if (!stored) return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'gone' } } };
      if (method === 'PUT') {
        if (Number(upload[2]) !== stored.bytes.length)
          return { status: 409, body: { error: { code: 'UPLOAD_OFFSET', message: 'offset' } } };
        stored.bytes.push(...(body as number[]));
      }
      return {
        status: 200,
        body: {
          receivedBytes: stored.bytes.length,
          sizeBytes: stored.sizeBytes,
          complete: stored.bytes.length === stored.sizeBytes,
        },
      };
    }
    if (method === 'POST' && url.endsWith('/evidence')) {
      const id = `evidence-${this.nextId++}`;
      this.evidence.push(id);
      return { status: 201, body: { id } };
    }
    return { status: 404, body: { error: { code: 'NOT_FOUND', message: url } } };
  }
}

async function readBody(body: RequestInit['body']): Promise<unknown> {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return JSON.parse(body) as unknown;
  if (body instanceof ArrayBuffer) return [...new Uint8Array(body)];
  if (body instanceof FormData)
    return Object.fromEntries([...body.entries()].map(([k, v]) => [k, String(v)]));
  return null;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
