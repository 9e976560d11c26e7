import type { FollowUpStatus, OversightProductKind } from '../../core/oversight/oversight-follow-up-status';
import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { confirmOversightFollowUp } from '../use-cases/confirm-oversight-follow-up';
import { createOversightProduct } from '../use-cases/create-oversight-product';

/** One made-up product and what became of it; dates are moments (the use-cases date them in the zone). */
export interface DemoOversightProduct {
  entityCode: string;
  kind: OversightProductKind;
  number: string;
  issuedAt: Date;
  dueOn: string;
  subject: string;
  issuingOffice: string;
  /** Confirmations in order; none leaves the product `belum`. */
  confirmations: readonly { status: FollowUpStatus; at: Date; note: string }[];
}

const dayMs = 24 * 60 * 60 * 1000;
const wib = (date: string) => new Date(`${date}T10:00:00+07:00`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const subjects: readonly [OversightProductKind, string][] = [
  ['tindakan_korektif', 'Penundaan berlarut penerbitan dokumen kependudukan'],
  ['saran_perbaikan', 'Standar pelayanan belum dipublikasikan di ruang tunggu'],
  ['tindakan_korektif', 'Pungutan tanpa dasar pada layanan rujukan'],
  ['saran_penyempurnaan', 'Sarana pengaduan belum menjangkau penyandang disabilitas'],
];

/**
 * The 2025 register (demo only): products issued in the first half of 2025 and how each sampled government
 * followed them up by the cycle's cut-off (`cutOff`, a YYYY-MM-DD date). Musi Banyuasin and every fourth
 * government followed every product up in full before it ("… Tanpa Maladministrasi"); others left one partly
 * done, followed one up only after the cut-off (too late for 2025), or received none — both label forms appear.
 */
export function demoOversight2025(entityCodes: readonly string[], cutOff: string): DemoOversightProduct[] {
  const afterCutOff = new Date(wib(cutOff).getTime() + 17 * dayMs);
  return entityCodes.flatMap((entityCode, index) => {
    const pattern = entityCode === '16.06' ? 0 : index % 4;
    if (pattern === 3) return [];
    const count = pattern === 0 ? 2 : 1;
    return Array.from({ length: count }, (_, productIndex) => {
      const [kind, subject] = subjects[(index + productIndex) % subjects.length] ?? [
        'tindakan_korektif',
        'Penundaan berlarut pelayanan',
      ];
      const issuedAt = wib(`2025-0${3 + productIndex}-1${index % 10}`);
      const finished = pattern === 0 || productIndex > 0;
      return {
        entityCode,
        kind,
        number: `${kind === 'tindakan_korektif' ? 'LAHP' : 'LHA'}/DEMO/${String(index + 1).padStart(3, '0')}${productIndex}/2025`,
        issuedAt,
        dueOn: isoDay(new Date(issuedAt.getTime() + 60 * dayMs)),
        subject: `${subject} (data demo)`,
        issuingOffice: issuingOfficeOf(entityCode),
        confirmations:
          pattern === 1 && !finished
            ? [
                {
                  status: 'sebagian',
                  at: wib('2025-08-20'),
                  note: 'Sebagian tindakan dilaksanakan (data demo).',
                },
              ]
            : pattern === 2
              ? [{ status: 'selesai', at: afterCutOff, note: 'Diselesaikan setelah batas (data demo).' }]
              : [
                  {
                    status: 'selesai',
                    at: wib('2025-08-12'),
                    note: 'Bukti tindak lanjut diterima (data demo).',
                  },
                ],
      };
    });
  });
}

/**
 * The register while the 2026 cycle is in the field (demo only): new products to Musi Banyuasin and the other
 * governments in the field, still open — `belum` or `sebagian` — dated back from `now`. Muba's arrived in the
 * last fortnight (after the oversight cut-off of any cycle already past data collection, so a cycle placed
 * around `now` in determination still sees Muba's register all followed up).
 */
export function demoOversight2026(entityCodes: readonly string[], now: Date): DemoOversightProduct[] {
  return entityCodes.flatMap((entityCode, index) => {
    const daysAgo = entityCode === '16.06' ? 12 : 70 - index * 9;
    const issuedAt = new Date(now.getTime() - daysAgo * dayMs);
    const open: DemoOversightProduct = {
      entityCode,
      kind: 'tindakan_korektif',
      number: `LAHP/DEMO/${String(index + 1).padStart(3, '0')}/2026`,
      issuedAt,
      dueOn: isoDay(new Date(issuedAt.getTime() + 45 * dayMs)),
      subject: 'Maklumat pelayanan tidak dipasang di unit layanan (data demo)',
      issuingOffice: issuingOfficeOf(entityCode),
      confirmations:
        index % 2 === 0
          ? []
          : [{ status: 'sebagian', at: new Date(now.getTime() - 8 * dayMs), note: 'Sebagian (data demo).' }],
    };
    if (entityCode !== '16.06') return [open];
    return [
      open,
      {
        ...open,
        kind: 'saran_perbaikan',
        number: 'LHA/DEMO/0601/2026',
        issuedAt: new Date(now.getTime() - 5 * dayMs),
        dueOn: isoDay(new Date(now.getTime() + 30 * dayMs)),
        subject: 'Alur pengaduan puskesmas belum terhubung ke SP4N-LAPOR! (data demo)',
        confirmations: [
          { status: 'sebagian', at: new Date(now.getTime() - 2 * dayMs), note: 'Sebagian (data demo).' },
        ],
      },
    ];
  });
}

/** Records the products through the register's use-cases (audited as the demo seed), in order. */
export async function seedDemoOversight(
  db: Database,
  actorOf: (entityCode: string) => RequestActor,
  products: readonly DemoOversightProduct[],
  context: AuditContext,
): Promise<void> {
  for (const product of products) {
    const actor = actorOf(product.entityCode);
    const register = await createOversightProduct(
      db,
      actor,
      product.entityCode,
      {
        kind: product.kind,
        number: product.number,
        issuedOn: isoDay(product.issuedAt),
        subject: product.subject,
        issuingOffice: product.issuingOffice,
        dueOn: product.dueOn,
      },
      product.issuedAt,
      context,
    );
    const created = register.items.find((item) => item.number === product.number);
    if (!created) throw new Error(`demo oversight product ${product.number} missing`);
    let version = created.version;
    for (const confirmation of product.confirmations) {
      await confirmOversightFollowUp(
        db,
        actor,
        { code: product.entityCode, productId: created.id },
        { followUpStatus: confirmation.status, note: confirmation.note, version },
        confirmation.at,
        context,
      );
      version += 1;
    }
  }
}

function issuingOfficeOf(entityCode: string): string {
  return entityCode.startsWith('16')
    ? 'Ombudsman RI Perwakilan Sumatera Selatan'
    : 'Ombudsman RI Perwakilan (data demo)';
}
