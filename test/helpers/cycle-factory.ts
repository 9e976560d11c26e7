import type { CreateCycleRequest } from '../../src/contracts/cycles.contract';
import { type CyclePhaseCode, cyclePhaseCodes } from '../../src/core/cycles/cycle-phases';
import type { PatuhApp } from '../../src/server/app-types';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Eight consecutive 10-day phases placed so that `current` is the phase running at `now` (its 3rd day).
 * Pass the app's clock as `now` when the test injects one (test-clock.ts), or the phases follow the real clock.
 */
export function phasesAround(current: CyclePhaseCode, now: Date = new Date()): CreateCycleRequest['phases'] {
  const index = cyclePhaseCodes.indexOf(current);
  const firstStart = now.getTime() - 2 * dayMs - index * 10 * dayMs;
  return cyclePhaseCodes.map((code, position) => ({
    code,
    startsAt: new Date(firstStart + position * 10 * dayMs).toISOString(),
    endsAt: new Date(firstStart + (position + 1) * 10 * dayMs).toISOString(),
  }));
}

/** The 2024 cycle's request: ombudsman-kepatuhan@2024r1, currently (at `now`) in `current`. */
export function cycleRequest(
  year: number,
  current: CyclePhaseCode,
  now: Date = new Date(),
): CreateCycleRequest {
  return {
    year,
    methodologyRef: 'ombudsman-kepatuhan@2024r1',
    phases: phasesAround(current, now),
    decreeNumber: null,
    decreeDate: null,
    embargoAt: null,
  };
}

/** Muba's six assessed units in 2024 (domain.md §2), as [unit type, name]. */
export const mubaUnits2024 = [
  ['dinas-sosial', 'Dinas Sosial'],
  ['dinas-pendidikan', 'Dinas Pendidikan'],
  ['disdukcapil', 'Disdukcapil'],
  ['dpmptsp', 'DPMPTSP'],
  ['puskesmas', 'Puskesmas Ulak Paceh'],
  ['puskesmas', 'Puskesmas Tanjung Kerang'],
] as const;

/**
 * As an admin: the 2024 cycle in entry meetings, Muba with its six units as a locus, the demo assessor and
 * verifier on its team, the phases placed around `now` (the app's clock). Returns the unit ids.
 */
export async function planMubaLocus(
  app: PatuhApp,
  adminCookie: string,
  now: Date = new Date(),
): Promise<{ unitIds: string[] }> {
  const call = async (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      headers: { cookie: adminCookie },
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  await call('POST', '/api/cycles', cycleRequest(2024, 'entry-meetings', now));
  const unitIds: string[] = [];
  for (const [unitTypeCode, name] of mubaUnits2024)
    unitIds.push((await call('POST', '/api/entities/16.06/units', { unitTypeCode, name })).id);
  await call('PUT', '/api/cycles/2024/loci/16.06', { unitIds });
  const staff = await call('GET', '/api/users?provinceCode=16&pageSize=100');
  const idOf = (email: string) => staff.items.find((user: { email: string }) => user.email === email)?.id;
  await call('PUT', '/api/cycles/2024/loci/16.06/team', {
    assessorIds: [idOf('asesor.sumsel@patuh.test')],
    verifierIds: [idOf('verifikator.sumsel@patuh.test')],
  });
  return { unitIds };
}

/** A minimal valid PDF, for attachment tests. */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** As staff of Sumatera Selatan: records Muba's 2024 entry meeting with one PDF attached; returns its hash. */
export async function recordMubaEntryMeeting(
  app: PatuhApp,
  cookie: string,
): Promise<{ attachmentSha256: string }> {
  const base = '/api/cycles/2024/loci/16.06/meetings/entry';
  const saved = await app.inject({
    method: 'PUT',
    url: base,
    headers: { cookie },
    payload: {
      heldAt: '2024-06-03T09:00:00+07:00',
      place: 'Ruang Rapat Sekretaris Daerah Kabupaten Musi Banyuasin',
      openedBy: 'Sekretaris Daerah atas nama Penjabat Bupati',
      attendees: [{ name: 'Andi Saputra', jobTitle: 'Kabag Organisasi', institution: 'Setda Muba' }],
    },
  });
  if (saved.statusCode !== 200) throw new Error(`meeting: ${saved.statusCode} ${saved.body}`);
  const attached = await app.inject({
    method: 'POST',
    url: `${base}/attachments?fileName=undangan.pdf`,
    headers: { cookie, 'content-type': 'application/pdf' },
    payload: tinyPdf,
  });
  if (attached.statusCode !== 201) throw new Error(`attachment: ${attached.statusCode} ${attached.body}`);
  return { attachmentSha256: attached.json().attachments[0].sha256 };
}
