import { currentUserSchema } from '../../../contracts/auth.contract';
import { unitCollectionSchema } from '../../../contracts/collection.contract';
import { locusDetailSchema, myLociSchema } from '../../../contracts/loci.contract';
import { apiCacheName, evidenceCacheName } from './sw-routes';

/**
 * A request of the preparation got no answer (`status` null: no connection) or an error status. The page says
 * so in its own language (`offline.reasons`); the message is for the console.
 */
export class PrepareRequestError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
  ) {
    super(`${url}: ${status === null ? 'no answer' : `HTTP ${status}`}`);
    this.name = 'PrepareRequestError';
  }
}

export interface PreparedUnit {
  year: number;
  entityCode: string;
  entityName: string;
  unitId: string;
  unitName: string;
  bytes: number;
}

export interface FieldKit {
  /** The account it was prepared for: another account signed in on the device does not see it as its own. */
  userId: string;
  preparedAt: string;
  units: PreparedUnit[];
  totalBytes: number;
}

const kitKey = 'patuh:field-kit';
/** A prepared kit older than this is refreshed in the background whenever the app is online. */
export const fieldKitRefreshMs = 30 * 60_000;
const parallelUnits = 4;

/** What was stored for offline work by this account, or null; kept in localStorage (a few hundred bytes). */
export function readFieldKit(userId: string | null): FieldKit | null {
  try {
    const text = localStorage.getItem(kitKey);
    const kit = text ? (JSON.parse(text) as Partial<FieldKit>) : null;
    return kit && userId !== null && kit.userId === userId ? (kit as FieldKit) : null;
  } catch {
    return null;
  }
}

/** Forgets the prepared kit (its cached copies are deleted at sign-out). */
export function forgetFieldKit(): void {
  try {
    localStorage.removeItem(kitKey);
  } catch {
    // Storage closed to this page (private mode): there is no kit to forget.
  }
}

export function isFieldKitDue(kit: FieldKit | null, now: number): boolean {
  return kit !== null && now - Date.parse(kit.preparedAt) > fieldKitRefreshMs;
}

/**
 * Stores in the service worker's caches everything the unit form of each assigned unit reads: the unit's forms
 * (from the frozen edition), respondents, answers and evidence list, complaint records, workflow and survey
 * state, the scoring input (the frozen edition itself and the rows the provisional score is computed from), the
 * locus and cycle pages, and each evidence file (the page's thumbnails). The same URLs the pages
 * read, so an offline page finds them without knowing it is offline.
 */
export async function prepareFieldWork(onProgress: (done: number, total: number) => void): Promise<FieldKit> {
  const api = await caches.open(apiCacheName);
  const files = await caches.open(evidenceCacheName);
  const store = async (cache: Cache, url: string): Promise<Response> => {
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    }).catch(() => {
      throw new PrepareRequestError(url, null);
    });
    if (!response.ok) throw new PrepareRequestError(url, response.status);
    await cache.put(url, response.clone());
    return response;
  };
  const sizeOf = async (response: Response) => (await response.clone().blob()).size;
  const readJson = async (url: string) => (await store(api, url)).json() as Promise<unknown>;

  await Promise.all(['/api/auth/me', '/api/cycles', '/api/my-loci'].map((url) => store(api, url)));
  const me = currentUserSchema.parse(await (await api.match('/api/auth/me'))?.json());
  const mine = myLociSchema.parse(await (await api.match('/api/my-loci'))?.json());
  const loci = mine.items.filter((locus) => locus.role === 'assessor');
  const units: PreparedUnit[] = [];
  let done = 0;
  const details = await Promise.all(
    loci.map(async (locus) => {
      const base = `/api/cycles/${locus.year}/loci/${encodeURIComponent(locus.entityCode)}`;
      await store(api, `/api/cycles/${locus.year}`);
      return { locus, base, detail: locusDetailSchema.parse(await readJson(base)) };
    }),
  );
  const total = details.reduce(
    (sum, { detail }) => sum + detail.units.filter((unit) => unit.isSelected).length,
    0,
  );
  onProgress(0, total);
  const jobs = details.flatMap(({ locus, base, detail }) =>
    detail.units.filter((candidate) => candidate.isSelected).map((unit) => ({ locus, base, unit })),
  );
  const storeUnit = async ({ locus, base, unit }: (typeof jobs)[number]) => {
    const unitBase = `${base}/units/${unit.unitId}`;
    const collectionResponse = await store(api, `${unitBase}/collection`);
    let bytes = await sizeOf(collectionResponse);
    const collection = unitCollectionSchema.parse(await collectionResponse.json());
    // The frozen edition and collected rows: offline, the provisional score is computed from them on the phone.
    bytes += await sizeOf(await store(api, `${unitBase}/scoring-input`));
    for (const url of [`${unitBase}/complaints`, `${unitBase}/workflow`, `${unitBase}/survey`]) {
      // Survey or workflow may be closed to this role: the form still works without them.
      const response = await store(api, url).catch(() => null);
      if (response) bytes += await sizeOf(response);
    }
    // A unit's thumbnails together: each is a round trip, and a weak link spends most of it waiting. One
    // photo often supports several answers: it is downloaded once and stored under each answer's URL.
    const urlsByFile = new Map<string, string[]>();
    for (const item of collection.answers.flatMap((answer) => answer.evidence)) {
      const urls = urlsByFile.get(item.sha256) ?? [];
      urls.push(`${unitBase}/evidence/${item.id}/file`);
      urlsByFile.set(item.sha256, urls);
    }
    const sizes = await Promise.all(
      [...urlsByFile.values()].map(async ([first, ...others]) => {
        if (!first) return 0;
        const response = (await files.match(first)) ?? (await store(files, first));
        await Promise.all(others.map((url) => files.put(url, response.clone())));
        // Each URL holds its own copy in the cache: the space shown is what the device spends.
        return (await sizeOf(response)) * (1 + others.length);
      }),
    );
    bytes += sizes.reduce((sum, size) => sum + size, 0);
    units.push({
      year: locus.year,
      entityCode: locus.entityCode,
      entityName: locus.entityName,
      unitId: unit.unitId,
      unitName: unit.name,
      bytes,
    });
    done += 1;
    onProgress(done, jobs.length);
  };
  // A few units at a time: quicker on a good link, and never a flood of requests on a weak one.
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: parallelUnits }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await storeUnit(job);
    }),
  );
  units.sort((a, b) => a.entityName.localeCompare(b.entityName) || a.unitName.localeCompare(b.unitName));
  const kit: FieldKit = {
    userId: me.id,
    preparedAt: new Date().toISOString(),
    units,
    totalBytes: units.reduce((sum, unit) => sum + unit.bytes, 0),
  };
  localStorage.setItem(kitKey, JSON.stringify(kit));
  return kit;
}
