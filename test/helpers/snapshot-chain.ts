import type { PatuhApp } from '../../src/server/app-types';
import type { ResultSnapshotRow } from '../../src/server/db/repositories/results.repository';
import { phasesAround, planMubaLocus } from './cycle-factory';

export interface ChainShape {
  snapshots: number;
  /** Snapshots superseding nothing: exactly 1 in a chain. */
  firsts: number;
  /** Snapshots superseded by more than one other: 0 in a chain. */
  forkedAt: number;
  /** Snapshots nobody supersedes (the year's "newest"): exactly 1 in a chain. */
  newest: number;
  /** Snapshots reached walking from the first through what supersedes it: all of them in a chain. */
  linked: number;
  /** Whether the newest link is also the latest created (what the public API takes as the year's newest). */
  newestIsLatestCreated: boolean;
}

/** The shape of a year's snapshots as links; `chainOf(n)` is what a chain of n snapshots reads. */
export function chainShape(all: readonly ResultSnapshotRow[], year: number): ChainShape {
  const ofYear = all.filter((snapshot) => snapshot.year === year);
  const supersededBy = new Map<string, string[]>();
  for (const snapshot of ofYear)
    if (snapshot.supersedesId)
      supersededBy.set(snapshot.supersedesId, [
        ...(supersededBy.get(snapshot.supersedesId) ?? []),
        snapshot.id,
      ]);
  const firsts = ofYear.filter((snapshot) => snapshot.supersedesId === null);
  let linked = 0;
  for (let current = firsts[0]?.id; current !== undefined && linked <= ofYear.length; ) {
    linked += 1;
    current = supersededBy.get(current)?.[0];
  }
  const latestCreated = ofYear.reduce<ResultSnapshotRow | undefined>(
    (latest, snapshot) => (latest && latest.createdAt >= snapshot.createdAt ? latest : snapshot),
    undefined,
  );
  const newest = ofYear.filter((snapshot) => !supersededBy.has(snapshot.id));
  return {
    snapshots: ofYear.length,
    firsts: firsts.length,
    forkedAt: [...supersededBy.values()].filter((ids) => ids.length > 1).length,
    newest: newest.length,
    linked,
    newestIsLatestCreated: newest.length === 1 && newest[0]?.id === latestCreated?.id,
  };
}

export const chainOf = (snapshots: number): ChainShape => ({
  snapshots,
  firsts: 1,
  forkedAt: 0,
  newest: 1,
  linked: snapshots,
  newestIsLatestCreated: true,
});

/** The 2024 cycle's phases with `phase` running at `now`, and its embargo one hour into Publication. */
export function mubaCycleIn(phase: 'verification' | 'determination', now: Date) {
  const phases = phasesAround(phase, now);
  const publication = phases.find((candidate) => candidate.code === 'publication');
  const embargoAt = new Date(Date.parse(publication?.startsAt ?? '') + 3_600_000).toISOString();
  return { phases, embargoAt };
}

/**
 * As an admin: the 2024 cycle with Muba's six units planned and its edition frozen (read during verification),
 * then left in `until`: Determination (with an embargo) can be finalised.
 */
export async function prepareMubaFinalise(
  app: PatuhApp,
  adminCookie: string,
  until: 'verification' | 'determination' = 'determination',
): Promise<void> {
  await planMubaLocus(app, adminCookie);
  const call = async (method: 'GET' | 'PATCH', url: string, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      headers: { cookie: adminCookie },
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode !== 200)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
  await call('PATCH', '/api/cycles/2024', mubaCycleIn('verification', new Date()));
  await call('GET', '/api/cycles/2024');
  if (until === 'determination')
    await call('PATCH', '/api/cycles/2024', mubaCycleIn('determination', new Date()));
}
