import { z } from 'zod';
import { cycleYearParamsSchema } from '../../contracts/cycles.contract';
import {
  bulkAddLociRequestSchema,
  bulkAddLociResponseSchema,
  listLociQuerySchema,
  locusDetailSchema,
  locusListSchema,
  locusParamsSchema,
  myLociSchema,
  removeLociRequestSchema,
  setLocusTeamRequestSchema,
  setLocusUnitsRequestSchema,
} from '../../contracts/loci.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { addLociByProvince } from '../use-cases/add-loci-by-province';
import { getLocus } from '../use-cases/get-locus';
import { listLoci } from '../use-cases/list-loci';
import { listMyLoci } from '../use-cases/list-my-loci';
import { removeLoci } from '../use-cases/remove-loci';
import { setLocusTeam } from '../use-cases/set-locus-team';
import { setLocusUnits } from '../use-cases/set-locus-units';

export function registerLociRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  const { db } = database;
  const tags = ['loci'];

  app.get(
    '/api/cycles/:year/loci',
    {
      config: { access: { action: 'locus.read' } },
      schema: {
        operationId: 'listLoci',
        tags,
        summary: 'Lokus siklus dalam cakupan pemanggil (dipaging di server)',
        description: 'Loci of a cycle in the caller’s scope (server-side paging)',
        params: cycleYearParamsSchema,
        querystring: listLociQuerySchema,
        response: { 200: locusListSchema },
      },
    },
    async (request) => {
      const { items, total } = await listLoci(db, requireActor(request), request.params.year, request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/cycles/:year/loci/by-province',
    {
      config: { access: { action: 'locus.manage' } },
      schema: {
        operationId: 'addProvinceLoci',
        tags,
        summary: 'Jadikan setiap pemerintah berjenis tertentu di satu provinsi lokus, dengan semua unitnya',
        description: 'Make every government of the given kinds in a province a locus, with all its units',
        params: cycleYearParamsSchema,
        body: bulkAddLociRequestSchema,
        response: { 200: bulkAddLociResponseSchema },
      },
    },
    async (request) =>
      addLociByProvince(
        db,
        requireActor(request),
        request.params.year,
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.post(
    '/api/cycles/:year/loci/remove',
    {
      config: { access: { action: 'locus.manage' } },
      schema: {
        operationId: 'removeLoci',
        tags,
        summary: 'Keluarkan entitas dari siklus',
        description: 'Take entities out of the cycle',
        params: cycleYearParamsSchema,
        body: removeLociRequestSchema,
        response: { 200: z.object({ removed: z.array(z.string()) }) },
      },
    },
    async (request) =>
      removeLoci(
        db,
        requireActor(request),
        request.params.year,
        request.body.entityCodes,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    '/api/cycles/:year/loci/:code',
    {
      config: { access: { action: 'locus.read' } },
      schema: {
        operationId: 'getLocus',
        summary: 'Satu lokus beserta unit yang dinilai dan timnya',
        description: 'One locus with its assessed units and team',
        tags,
        params: locusParamsSchema,
        response: { 200: locusDetailSchema },
      },
    },
    async (request) => getLocus(db, requireActor(request), request.params.year, request.params.code),
  );

  app.put(
    '/api/cycles/:year/loci/:code',
    {
      config: { access: { action: 'locus.manage' } },
      schema: {
        operationId: 'setLocus',
        tags,
        summary: 'Jadikan entitas lokus dan tetapkan unit yang dinilai',
        description: 'Make the entity a locus and set which of its units are assessed',
        params: locusParamsSchema,
        body: setLocusUnitsRequestSchema,
        response: { 200: locusDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { year, code } = request.params;
      await setLocusUnits(db, actor, year, code, request.body.unitIds, now(), auditContextOf(request));
      return getLocus(db, actor, year, code);
    },
  );

  app.put(
    '/api/cycles/:year/loci/:code/team',
    {
      config: { access: { action: 'team.assign' } },
      schema: {
        operationId: 'setLocusTeam',
        tags,
        summary: 'Tetapkan asesor dan verifikator sebuah lokus',
        description: 'Set the assessors and verifiers of a locus',
        params: locusParamsSchema,
        body: setLocusTeamRequestSchema,
        response: { 200: locusDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { year, code } = request.params;
      await setLocusTeam(db, actor, year, code, request.body, now(), auditContextOf(request));
      return getLocus(db, actor, year, code);
    },
  );

  app.get(
    '/api/my-loci',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'listMyLoci',
        tags,
        summary: 'Lokus tempat pemanggil ditugaskan, dengan kemajuannya',
        description: 'Loci the caller is assigned to, with progress',
        response: { 200: myLociSchema },
      },
    },
    async (request) => ({ items: await listMyLoci(db, requireActor(request)) }),
  );
}
