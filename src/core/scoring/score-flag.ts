import type { LocalizedText } from '../methodology/localized-text.schema';

/** Why a node's score may not be final: what is missing, what was excluded, what was adjusted. */
export type ScoreFlag =
  | { code: 'missing-answers'; count: number }
  | { code: 'missing-evidence'; count: number }
  | { code: 'respondents-below-required'; role: string; required: number; present: number }
  | { code: 'not-applicable' }
  | { code: 'excluded-without-answers' }
  | { code: 'missing-public-trust' }
  | { code: 'missing-service-products' }
  | { code: 'adjustment-applied'; adjustment: string };

export function describeScoreFlag(flag: ScoreFlag): LocalizedText {
  switch (flag.code) {
    case 'missing-answers':
      return { id: `${flag.count} jawaban belum ada`, en: `${flag.count} answers missing` };
    case 'missing-evidence':
      return {
        id: `${flag.count} jawaban tanpa bukti dukung`,
        en: `${flag.count} answers without supporting evidence`,
      };
    case 'respondents-below-required':
      return {
        id: `responden "${flag.role}": ${flag.present} dari ${flag.required} yang diwajibkan`,
        en: `respondents "${flag.role}": ${flag.present} of the required ${flag.required}`,
      };
    case 'not-applicable':
      return { id: 'tidak berlaku untuk unit ini', en: 'does not apply to this unit' };
    case 'excluded-without-answers':
      return { id: 'tidak dinilai karena tidak ada jawaban', en: 'not scored: no answers' };
    case 'missing-public-trust':
      return {
        id: 'skor kepercayaan publik belum ada (dihitung 0)',
        en: 'public-trust score missing (counted as 0)',
      };
    case 'missing-service-products':
      return {
        id: 'jumlah produk layanan belum ada; unit dibobot sama',
        en: 'service product counts missing; units weighted equally',
      };
    case 'adjustment-applied':
      return {
        id: `penyesuaian "${flag.adjustment}" diterapkan`,
        en: `adjustment "${flag.adjustment}" applied`,
      };
  }
}
