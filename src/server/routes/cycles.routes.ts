import {
  createCycleRequestSchema,
  cycleEditionListSchema,
  cycleListSchema,
  cycleSchema,
  cycleYearParamsSchema,
  updateCycleRequestSchema,
} from '../../contracts/cycles.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { clockOf } from '../clock';
import { cachedMethodologyCatalog } from '../methodologies/cached-methodology-catalog';
import { toCycle } from '../presenters/cycle.presenter';
import { getCycle, listCycles } from '../use-cases/get-cycle';
import { createCycle, updateCycle } from '../use-cases/save-cycle';

export function registerCycleRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const clock = clockOf(config);
  const { db } = database;
  const tags = ['cycles'];

  app.get(
    '/api/cycles',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'listCycles',
        tags,
        summary: 'Siklus penilaian, terbaru lebih dulu',
        description: 'Assessment cycles, newest first',
        response: { 200: cycleListSchema },
      },
    },
    async (request) => {
      const now = clock();
      const rows = await listCycles(db, now, auditContextOf(request));
      return { items: rows.map((row) => toCycle(row, now)) };
    },
  );

  app.get(
    '/api/cycle-editions',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'listCycleEditions',
        tags,
        summary: 'Edisi metodologi yang boleh dipakai siklus (sah, belum pensiun)',
        description: 'Methodology editions a cycle may use (valid, not retired)',
        response: { 200: cycleEditionListSchema },
      },
    },
    async () =>
      (await cachedMethodologyCatalog()).editions
        .filter((entry) => entry.methodology.status !== 'retired' && !entry.methodology.supersededBy)
        .map((entry) => ({
          ref: entry.ref,
          title: entry.methodology.title,
          status: entry.methodology.status,
          sha256: entry.sha256,
        })),
  );

  app.post(
    '/api/cycles',
    {
      config: { access: { action: 'cycle.manage' } },
      schema: {
        operationId: 'createCycle',
        summary: 'Buat siklus penilaian',
        description: 'Create an assessment cycle',
        tags,
        body: createCycleRequestSchema,
        response: { 201: cycleSchema },
      },
    },
    async (request, reply) => {
      const now = clock();
      const cycle = await createCycle(db, request.body, now, auditContextOf(request));
      return reply.status(201).send(toCycle(cycle, now));
    },
  );

  app.get(
    '/api/cycles/:year',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'getCycle',
        summary: 'Satu siklus penilaian beserta tahapan dan aksi yang terbuka',
        description: 'One assessment cycle with its phases and open actions',
        tags,
        params: cycleYearParamsSchema,
        response: { 200: cycleSchema },
      },
    },
    async (request) => {
      const now = clock();
      return toCycle(await getCycle(db, request.params.year, now, auditContextOf(request)), now);
    },
  );

  app.patch(
    '/api/cycles/:year',
    {
      config: { access: { action: 'cycle.manage' } },
      schema: {
        operationId: 'updateCycle',
        summary: 'Ubah edisi, tanggal tahapan, atau surat keputusan siklus',
        description: "Change a cycle's edition, phase dates or decree",
        tags,
        params: cycleYearParamsSchema,
        body: updateCycleRequestSchema,
        response: { 200: cycleSchema },
      },
    },
    async (request) => {
      const now = clock();
      const cycle = await updateCycle(db, request.params.year, request.body, now, auditContextOf(request));
      return toCycle(cycle, now);
    },
  );
}
