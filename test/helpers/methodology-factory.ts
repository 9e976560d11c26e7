import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Answer,
  assertValidMethodology,
  type EntityAnswers,
  type Methodology,
  type Respondent,
  type UnitAnswers,
} from '../../src/core';

const assumed = { status: 'assumed' as const, note: 'test' };
const text = (label: string) => ({ id: label, en: label });

/**
 * A small edition whose arithmetic is easy to follow by hand:
 *   unit = 40 % D1 + 60 % D2
 *   D1 = 50 % I1 (0–3, asked of 2 officials) + 50 % I2 (0–3, assessor, evidence required)
 *   D2 = 100 % I3 (Likert 1–4, ratio-to-max, asked of service users; entity quota 4)
 * Bands are the Ombudsman 2022–2024 ones.
 */
export function buildMethodologyData(): Record<string, unknown> & { [key: string]: unknown } {
  return {
    schemaVersion: 1,
    id: 'test-method',
    version: '1',
    title: text('Metode uji'),
    legalBasis: [text('none')],
    status: 'active',
    provenance: assumed,
    entityKinds: [
      { code: 'pemkab', text: text('Kabupaten') },
      { code: 'pemkot', text: text('Kota') },
    ],
    unitTypes: [
      { code: 'dinas', text: text('Dinas'), provenance: assumed },
      { code: 'puskesmas', text: text('Puskesmas'), provenance: assumed },
    ],
    respondentRoles: [
      { code: 'official', text: text('Official'), scope: 'unit', requiredCount: 2, provenance: assumed },
      { code: 'assessor', text: text('Assessor'), scope: 'unit', requiredCount: 1, provenance: assumed },
      { code: 'user', text: text('User'), scope: 'entity', requiredCount: 4, provenance: assumed },
    ],
    scales: [
      {
        code: 'l03',
        kind: 'levels',
        text: text('0-3'),
        levels: [0, 1, 2, 3].map((value) => ({ value, label: text(`L${value}`) })),
        normalisation: 'min-max',
        provenance: assumed,
      },
      {
        code: 'lik14',
        kind: 'likert',
        text: text('1-4'),
        levels: [1, 2, 3, 4].map((value) => ({ value, label: text(`L${value}`) })),
        normalisation: 'ratio-to-max',
        provenance: assumed,
      },
    ],
    dimensions: [
      {
        code: 'D1',
        text: text('Dimensi satu'),
        weight: 40,
        weightProvenance: assumed,
        variables: [
          { code: 'V1', text: text('V1'), provenance: assumed },
          { code: 'V2', text: text('V2'), provenance: assumed },
        ],
        indicators: [
          indicator('I1', 'V1', 50, ['official'], 'l03', 'not-required'),
          indicator('I2', 'V2', 50, ['assessor'], 'l03', 'required-or-lowest-level'),
        ],
        provenance: assumed,
      },
      {
        code: 'D2',
        text: text('Dimensi dua'),
        weight: 60,
        weightProvenance: assumed,
        variables: [{ code: 'V3', text: text('V3'), provenance: assumed }],
        indicators: [indicator('I3', 'V3', 100, ['user'], 'lik14', 'not-required')],
        provenance: assumed,
      },
    ],
    aggregation: {
      respondentsToIndicator: { method: 'mean', provenance: assumed },
      missingAnswers: { policy: 'score-lowest-level', provenance: assumed },
      indicatorToDimension: { method: 'weighted-mean', provenance: assumed },
      dimensionToUnit: { method: 'weighted-mean', provenance: assumed },
      unitToEntity: { method: 'mean-of-units', roundUnitScores: false, provenance: assumed },
      adjustments: [],
    },
    classification: {
      rounding: { decimals: 2, mode: 'half-up', provenance: assumed },
      zones: [
        { code: 'hijau', label: text('Hijau'), colour: '#2e7d32' },
        { code: 'kuning', label: text('Kuning'), colour: '#f9a825' },
        { code: 'merah', label: text('Merah'), colour: '#c62828' },
      ],
      bands: [
        band('A', 88, 100, 'hijau'),
        band('B', 78, 87.99, 'hijau'),
        band('C', 54, 77.99, 'kuning'),
        band('D', 32, 53.99, 'merah'),
        band('E', 0, 31.99, 'merah'),
      ],
    },
  };
}

/** The factory edition, validated; `change` edits the raw data first (e.g. to switch an aggregation option). */
export function buildMethodology(
  change?: (data: ReturnType<typeof buildMethodologyData>) => void,
): Methodology {
  const data = buildMethodologyData();
  change?.(data);
  return assertValidMethodology(data);
}

function indicator(
  code: string,
  variable: string,
  weight: number,
  roles: string[],
  scale: string,
  rule: string,
) {
  return {
    code,
    text: text(code),
    variable,
    weight,
    weightProvenance: assumed,
    method: roles[0] === 'user' ? 'survey' : roles[0] === 'assessor' ? 'document' : 'interview',
    respondentRoles: roles,
    scale,
    evidence: { rule, provenance: assumed },
    provenance: assumed,
  };
}

function band(category: string, min: number, max: number, zone: string) {
  return {
    category,
    label: text(`Kategori ${category}`),
    min,
    max,
    zone,
    colour: '#000000',
    provenance: assumed,
  };
}

/**
 * A unit of the factory edition. `levels` maps an indicator to the levels of its respondents, in order:
 * I1 → officials o1, o2…; I2 → assessor a1; I3 → users u1, u2…. Use null to leave an answer out.
 * The assessor's answers carry evidence unless `withoutEvidence` lists the indicator.
 */
export function buildUnit(
  code: string,
  levels: Partial<Record<'I1' | 'I2' | 'I3', (number | null)[]>>,
  options: {
    type?: string;
    serviceProducts?: number;
    officials?: number;
    users?: number;
    withoutEvidence?: string[];
  } = {},
): UnitAnswers {
  const officials = options.officials ?? Math.max(2, levels.I1?.length ?? 0);
  const users = options.users ?? Math.max(levels.I3?.length ?? 0, 0);
  const respondents: Respondent[] = [
    ...range(officials).map((i) => ({ id: `o${i + 1}`, role: 'official' })),
    { id: 'a1', role: 'assessor' },
    ...range(users).map((i) => ({ id: `u${i + 1}`, role: 'user' })),
  ];
  const answers: Answer[] = [];
  const add = (indicatorCode: 'I1' | 'I2' | 'I3', prefix: string) => {
    (levels[indicatorCode] ?? []).forEach((level, i) => {
      if (level === null) return;
      const answer: Answer = { indicator: indicatorCode, respondent: `${prefix}${i + 1}`, level };
      const needsEvidence =
        indicatorCode === 'I2' && !(options.withoutEvidence ?? []).includes(indicatorCode);
      answers.push(needsEvidence ? { ...answer, evidence: ['doc.pdf'] } : answer);
    });
  };
  add('I1', 'o');
  add('I2', 'a');
  add('I3', 'u');
  return {
    code,
    name: `Unit ${code}`,
    type: options.type ?? 'dinas',
    ...(options.serviceProducts === undefined ? {} : { serviceProducts: options.serviceProducts }),
    respondents,
    answers,
  };
}

export function buildEntity(units: UnitAnswers[], extra: Partial<EntityAnswers> = {}): EntityAnswers {
  return { code: '16.06', name: 'Kabupaten Musi Banyuasin', kind: 'pemkab', province: '16', units, ...extra };
}

/** A shipped edition from methodologies/, validated. */
export function loadShippedMethodology(ref: string): Methodology {
  const [id, version] = ref.split('@');
  const path = fileURLToPath(
    new URL(`../../methodologies/${id}/${version}/methodology.json`, import.meta.url),
  );
  return assertValidMethodology(JSON.parse(readFileSync(path, 'utf8')));
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
