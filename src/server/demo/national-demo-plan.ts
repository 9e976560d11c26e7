import type { CreateCycleRequest } from '../../contracts/cycles.contract';

/**
 * The edition a national demo cycle follows: the newest edition in force (not superseded), as a cycle opened in
 * a later year would name it until the Ombudsman publishes another. `--methodology` names a different one.
 */
export const nationalDemoEdition = 'ombudsman-opini@2026';

/** Units of a regional government in a national demo, in order; beyond these, more puskesmas. */
const regionalUnits: readonly (readonly [string, string])[] = [
  ['dinas-pendidikan', 'Dinas Pendidikan'],
  ['dinas-sosial', 'Dinas Sosial'],
  ['rsud', 'RSUD'],
  ['dinas-kesehatan', 'Dinas Kesehatan'],
  ['disdukcapil', 'Disdukcapil'],
  ['dpmptsp', 'DPMPTSP'],
];

/** The [unit type, name] of the `count` units assessed at an entity of `kind`. */
export function nationalDemoUnitsOf(kind: string, count: number): [string, string][] {
  const isRegional = kind === 'pemprov' || kind === 'pemkab' || kind === 'pemkot';
  return Array.from({ length: count }, (_, index): [string, string] => {
    if (!isRegional) return ['unit-layanan-lain', `Unit Layanan ${index + 1}`];
    const planned = regionalUnits[index];
    return planned
      ? [planned[0], planned[1]]
      : ['puskesmas', `Puskesmas ${index - regionalUnits.length + 1}`];
  });
}

/** A ministry or agency made up when the directory has fewer entities than asked (marked as demo by name). */
export function nationalDemoAgency(index: number): { code: string; officialName: string; shortName: string } {
  const number = String(index + 1).padStart(3, '0');
  return {
    code: `K-DEMO-${number}`,
    officialName: `Lembaga Demo ${number} (data demo)`,
    shortName: `Lembaga Demo ${number}`,
  };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A national demo cycle whose determination phase (penetapan) runs from two days before `now` for 30 days, so
 * it can be finalised at once; the field work lies in the past, the embargo at the end of determination.
 */
export function nationalDemoCycleRequest(
  year: number,
  methodologyRef: string,
  now: Date,
): CreateCycleRequest {
  const lengths: [CreateCycleRequest['phases'][number]['code'], number][] = [
    ['preparation', 30],
    ['entry-meetings', 14],
    ['data-collection', 60],
    ['verification', 14],
    ['objection-window', 7],
    ['determination', 30],
    ['publication', 14],
    ['handover', 60],
  ];
  const beforeDetermination = 30 + 14 + 60 + 14 + 7;
  // Whole UTC days, so the calendar does not depend on the hour the demo is loaded.
  const today = Math.floor(now.getTime() / dayMs) * dayMs;
  let start = today - (beforeDetermination + 2) * dayMs;
  const phases = lengths.map(([code, days]) => {
    const phase = {
      code,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + days * dayMs).toISOString(),
    };
    start += days * dayMs;
    return phase;
  });
  const determination = phases[5];
  if (!determination) throw new Error('national demo calendar lost its determination phase');
  return {
    year,
    methodologyRef,
    phases,
    decreeNumber: `SK Demo Nasional ${year}`,
    decreeDate: new Date(Date.parse(determination.startsAt) + dayMs).toISOString().slice(0, 10),
    embargoAt: determination.endsAt,
  };
}
