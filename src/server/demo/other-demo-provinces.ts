import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import type { Database } from '../db/database';
import { listEntities } from '../db/repositories/entities.repository';

/**
 * Demo only: four provinces besides Sumatera Selatan (DI Yogyakarta, Bali, Kalimantan Utara, Gorontalo), so the
 * national rankings and the map hold more than one province. Every value of theirs is made up and marked
 * as a demo value.
 */
export const otherDemoProvinceCodes = ['34', '51', '65', '75'] as const;

/**
 * Units each of their sampled governments is assessed on in the demo's computed year: two of the 2025
 * sampling's substantive units (education, social), to keep seeding quick.
 */
export const otherProvinceDemoUnits = [
  ['dinas-pendidikan', 'Dinas Pendidikan'],
  ['dinas-sosial', 'Dinas Sosial'],
] as const;

export interface DemoEntity {
  code: string;
  shortName: string;
}

/** The province governments and kabupaten/kota of the other demo provinces, in code order. */
export async function listOtherDemoEntities(db: Database): Promise<DemoEntity[]> {
  const found: DemoEntity[] = [];
  for (const provinceCode of otherDemoProvinceCodes) {
    const { rows } = await listEntities(db, { provinceCode, includeInactive: false, offset: 0, limit: 100 });
    found.push(...rows.map((row) => ({ code: row.code, shortName: row.shortName })));
  }
  return found;
}

/** Their governments in the 2025 sample: every other one in code order, each province government included. */
export function otherDemoSample2025(entities: readonly DemoEntity[]): DemoEntity[] {
  return entities.filter((entity, index) => index % 2 === 0 || !entity.code.includes('.'));
}

/**
 * Rows of the results import file (`year,entity_code,entity_name,score,category,rank_province,is_demo_value,note`)
 * for those governments in `years`: a made-up level per government with a small drift from year to year, the
 * same for the same entities every time.
 */
export function otherProvincesHistoryRows(
  entities: readonly DemoEntity[],
  years: readonly number[],
): string[] {
  const random = createSeededRandom(5134);
  return entities.flatMap((entity) => {
    let score = 58 + random() * 38;
    return years.map((year) => {
      score = Math.max(40, Math.min(99.5, score + (random() - 0.4) * 6));
      return `${year},${entity.code},${entity.shortName},${score.toFixed(2)},,,ya,Nilai demo`;
    });
  });
}
