import {
  type EntityAnswers,
  type EntityScore,
  type ImprovementPlan,
  type Methodology,
  planImprovements,
  scoreEntity,
} from '../../../../src/core';
import { buildRaporInput, type RaporContext } from '../../../../src/reports/rapor/build-rapor-input';
import type { RaporInput } from '../../../../src/reports/rapor/rapor-input';
import { buildFullUnit, topLevel } from '../../../helpers/methodology-answers-factory';
import { loadShippedMethodology } from '../../../helpers/methodology-factory';

/** Musi Banyuasin's 2024 loci (domain.md §2); the answers are demo data, not the real assessment. */
const mubaLoci = [
  { code: 'dinsos', name: 'Dinas Sosial', type: 'dinas-sosial' },
  { code: 'disdik', name: 'Dinas Pendidikan', type: 'dinas-pendidikan' },
  { code: 'dukcapil', name: 'Disdukcapil', type: 'disdukcapil' },
  { code: 'dpmptsp', name: 'DPMPTSP', type: 'dpmptsp' },
  { code: 'pkm-ulak-paceh', name: 'Puskesmas Ulak Paceh', type: 'puskesmas' },
  { code: 'pkm-tanjung-kerang', name: 'Puskesmas Tanjung Kerang', type: 'puskesmas' },
];

/** Mostly top answers with a few weak indicators per unit, chosen by a fixed rule so the result is stable. */
export function buildMubaEntity(methodology: Methodology): EntityAnswers {
  return {
    code: '16.06',
    name: 'Kabupaten Musi Banyuasin',
    kind: 'pemkab',
    province: '16',
    oversight: { ignoredProducts: 0, followedUpFindings: true },
    units: mubaLoci
      .map((locus, unitIndex) =>
        buildFullUnit(methodology, {
          code: locus.code,
          type: locus.type,
          entityRespondents: 5,
          level: (indicator, respondent) => {
            const top = topLevel(methodology, indicator);
            const seed = [...`${indicator.code}${respondent.id}`].reduce(
              (sum, c) => sum + c.charCodeAt(0),
              0,
            );
            const weak = (seed + unitIndex * 7) % 8 === 0 || (seed + unitIndex) % 11 === 0;
            return weak ? Math.max(0, top - 2 - (seed % 2)) : top;
          },
        }),
      )
      .map((unit, index) => ({ ...unit, name: mubaLoci[index]?.name ?? unit.name })),
  };
}

export interface MubaRapor {
  methodology: Methodology;
  entityScore: EntityScore;
  plan: ImprovementPlan;
  context: RaporContext;
  input: RaporInput;
}

export function buildMubaRapor(overrides: Partial<RaporContext> = {}): MubaRapor {
  const methodology = loadShippedMethodology('ombudsman-kepatuhan@2024');
  const entityScore = scoreEntity(buildMubaEntity(methodology), methodology);
  const plan = planImprovements(entityScore, methodology);
  const context: RaporContext = {
    language: 'id',
    year: 2024,
    issuedOn: '2024-11-14',
    issuer: { name: 'Ombudsman Republik Indonesia', office: 'Perwakilan Provinsi Sumatera Selatan' },
    entityName: 'Pemerintah Kabupaten Musi Banyuasin',
    provinceName: 'Sumatera Selatan',
    ranks: {
      province: { rank: 2, total: 17, groupName: 'Kabupaten/kota Sumatera Selatan' },
      national: { rank: 12, total: 416, groupName: 'Pemerintah kabupaten' },
    },
    previous: { year: 2023, score: 91.72, provinceRank: 4 },
    assessorNotes: [],
    ...overrides,
  };
  return {
    methodology,
    entityScore,
    plan,
    context,
    input: buildRaporInput(entityScore, plan, methodology, context),
  };
}
