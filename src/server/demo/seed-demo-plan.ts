import type { EntityAnswers } from '../../core';
import { methodologySchema, scoreEntity } from '../../core';
import { listOpportunities } from '../../core/planning/list-opportunities';
import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import { findEntityByCode } from '../db/repositories/entities.repository';
import { findPlan } from '../db/repositories/improvement-plans.repository';
import { createCoachingSession } from '../use-cases/create-coaching-session';
import { createImprovementPlan } from '../use-cases/create-improvement-plan';
import { getPlanSimulator } from '../use-cases/get-plan-simulator';
import { updatePlanItem } from '../use-cases/update-plan-item';
import { completedDemoCycleRequest, completedDemoYear } from './demo-cycle-plan';
import { demoActor } from './seed-demo-cycle';

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Musi Banyuasin's rencana aksi from its 2025 recommendations, made by its liaison through the same use-cases
 * as the plan page (four weakest indicators, one done, one under way), and a coaching session of the Sumsel
 * office that discussed the first two. Only when Muba has no 2025 plan yet, so seeding twice adds nothing.
 */
export async function seedDemoPlan(db: Database, context: AuditContext, now: Date): Promise<void> {
  const muba = await findEntityByCode(db, '16.06');
  if (!muba || (await findPlan(db, muba.id, completedDemoYear))) return;
  const liaison = await demoActor(db, 'penghubung.muba@patuh.test');
  const simulator = await getPlanSimulator(db, liaison, '16.06', completedDemoYear, now);
  const methodology = methodologySchema.safeParse(simulator.methodology);
  if (!simulator.answers || !methodology.success) return;
  const scored = scoreEntity(simulator.answers as EntityAnswers, methodology.data);
  const weakest = listOpportunities(scored, methodology.data)
    .filter((opportunity) => opportunity.gainToTop > 0)
    .slice(0, 4);
  // Two months ago, but never before the results were out (a plan from recommendations needs them).
  const publishedAt = Date.parse(completedDemoCycleRequest().embargoAt ?? '');
  const planned = new Date(Math.max(now.getTime() - 60 * dayMs, publishedAt + 7 * dayMs));
  const year = { code: '16.06', year: completedDemoYear };
  const plan = await createImprovementPlan(
    db,
    liaison,
    year,
    {
      title: `Rencana aksi perbaikan pelayanan publik ${completedDemoYear} (data demo)`,
      methodologyRef: simulator.methodologyRef,
      baselineScore: scored.roundedScore,
      items: weakest.map((opportunity, index) => ({
        unitId: opportunity.unitCode,
        indicatorCode: opportunity.indicatorCode,
        action: `${opportunity.unitName}: penuhi ${opportunity.indicatorCode} — ${opportunity.text.id}`,
        ownerName: `Kepala ${opportunity.unitName}`,
        ownerPosition: 'Penanggung jawab unit layanan',
        dueDate: isoDay(new Date(now.getTime() + (30 + index * 30) * dayMs)),
        expectedGain: opportunity.gainToTop,
      })),
    },
    planned,
    context,
  );
  const [first, second] = plan.items;
  const progress = [
    { item: first, status: 'done', note: 'Selesai; bukti pelaksanaan diunggah (data demo).', afterDays: 20 },
    { item: second, status: 'in_progress', note: 'Draf SOP sedang dibahas (data demo).', afterDays: 25 },
  ] as const;
  for (const { item, status, note, afterDays } of progress) {
    if (!item) continue;
    await updatePlanItem(
      db,
      liaison,
      { ...year, itemId: item.id },
      { version: item.version, status, note },
      new Date(planned.getTime() + afterDays * dayMs),
      context,
    );
  }
  const coordinator = await demoActor(db, 'koordinator.sumsel@patuh.test');
  await createCoachingSession(
    db,
    coordinator,
    {
      entityCode: '16.06',
      heldOn: isoDay(new Date(planned.getTime() + 14 * dayMs)),
      topic: `Pembinaan tindak lanjut hasil penilaian kepatuhan ${completedDemoYear}`,
      facilitator: 'Ombudsman RI Perwakilan Sumatera Selatan',
      attendees: [
        {
          name: 'Kepala Bagian Organisasi',
          position: 'Kepala Bagian',
          institution: 'Setda Kab. Musi Banyuasin',
        },
        { name: 'Penghubung Kab. Musi Banyuasin', position: 'Narahubung', institution: 'Setda' },
      ],
      notes: 'Membahas dua butir rencana aksi pertama dan bukti yang perlu diunggah (data demo).',
      planItemIds: [first?.id, second?.id].filter((id): id is string => id !== undefined),
    },
    new Date(planned.getTime() + 14 * dayMs),
    context,
  );
}
