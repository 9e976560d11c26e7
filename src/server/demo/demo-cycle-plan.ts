import type { CreateCycleRequest } from '../../contracts/cycles.contract';

/** Units every demo locus gets, as [unit type, name]; Musi Banyuasin's are its six assessed in 2024. */
export const demoUnitsByEntity: Record<string, readonly (readonly [string, string])[]> = {
  '16.06': [
    ['dinas-sosial', 'Dinas Sosial'],
    ['dinas-pendidikan', 'Dinas Pendidikan'],
    ['disdukcapil', 'Disdukcapil'],
    ['dpmptsp', 'DPMPTSP'],
    ['puskesmas', 'Puskesmas Ulak Paceh'],
    ['puskesmas', 'Puskesmas Tanjung Kerang'],
  ],
};

/** The 2025 sampling's substantive units (domain.md §7): education, social, health. */
export const defaultDemoUnits = [
  ['dinas-pendidikan', 'Dinas Pendidikan'],
  ['dinas-sosial', 'Dinas Sosial'],
  ['dinas-kesehatan', 'Dinas Kesehatan'],
] as const;

/**
 * The Sumatera Selatan governments in the demo's 2025 sample (the Ombudsman assessed 310 of ~586 in 2025, so
 * not every government has a 2025 result): the province, Musi Banyuasin first among eight kabupaten/kota.
 */
export const sumselSample2025 = [
  '16.06',
  '16',
  '16.71',
  '16.73',
  '16.07',
  '16.04',
  '16.10',
  '16.12',
  '16.02',
];

/** The finished demo year: Patuh computed it from the field data below; every figure is made up. */
export const completedDemoYear = 2025;
/** The year in the field now: data collection runs around the moment of seeding. */
export const inProgressDemoYear = 2026;
/** The method in force for 2025 (Peraturan Ombudsman 61/2025) and its edition for the cycle in the field. */
export const completedDemoEdition = 'ombudsman-opini@2025';
export const inProgressDemoEdition = 'ombudsman-opini@2026';
/** Survey link of Musi Banyuasin's Dinas Sosial in the cycle in the field: /s/MUBA26DS. */
export const demoSurveyCode = 'MUBA26DS';

const wib = (date: string, time = '00:00') => new Date(`${date}T${time}:00+07:00`).toISOString();

/** The 2025 calendar as the offices ran it (dates illustrative). */
export function completedDemoCycleRequest(): CreateCycleRequest {
  const phases: [string, string, string][] = [
    ['preparation', '2025-03-03', '2025-06-02'],
    ['entry-meetings', '2025-06-02', '2025-06-23'],
    ['data-collection', '2025-06-23', '2025-09-29'],
    ['verification', '2025-09-29', '2025-10-20'],
    ['objection-window', '2025-10-20', '2025-10-27'],
    ['determination', '2025-10-27', '2025-11-13'],
    ['publication', '2025-11-13', '2025-12-01'],
    ['handover', '2025-12-01', '2026-03-02'],
  ];
  return {
    year: completedDemoYear,
    methodologyRef: completedDemoEdition,
    phases: phases.map(([code, start, end]) => ({
      code: code as CreateCycleRequest['phases'][number]['code'],
      startsAt: wib(start),
      endsAt: wib(end),
    })),
    decreeNumber: 'SK Demo 101/2025',
    decreeDate: '2025-11-10',
    embargoAt: wib('2025-11-14', '10:00'),
  };
}

const dayMs = 24 * 60 * 60 * 1000;

/** Phases placed so that data collection started 40 days before `now` and ends 50 days after it. */
export function inProgressDemoCycleRequest(now: Date): CreateCycleRequest {
  const lengths: [string, number][] = [
    ['preparation', 60],
    ['entry-meetings', 20],
    ['data-collection', 90],
    ['verification', 20],
    ['objection-window', 7],
    ['determination', 14],
    ['publication', 14],
    ['handover', 90],
  ];
  let start = now.getTime() - 40 * dayMs - 80 * dayMs;
  const phases = lengths.map(([code, days]) => {
    const phase = {
      code: code as CreateCycleRequest['phases'][number]['code'],
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + days * dayMs).toISOString(),
    };
    start += days * dayMs;
    return phase;
  });
  return {
    year: inProgressDemoYear,
    methodologyRef: inProgressDemoEdition,
    phases,
    decreeNumber: null,
    decreeDate: null,
    embargoAt: null,
  };
}

/** A moment inside a phase of the request (its 3rd day), to act as the field team did then. */
export function dayInPhase(request: CreateCycleRequest, code: string, offsetDays = 2): Date {
  const phase = request.phases.find((candidate) => candidate.code === code);
  if (!phase) throw new Error(`no ${code} phase`);
  return new Date(new Date(phase.startsAt).getTime() + offsetDays * dayMs);
}
