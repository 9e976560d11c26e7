import { z } from 'zod';
import {
  createEntityRequestSchema,
  entityCodeParamsSchema,
  entityListSchema,
  entitySummarySchema,
  listEntitiesQuerySchema,
  updateEntityRequestSchema,
} from '../../contracts/entities.contract';
import { unitSchema } from '../../contracts/units.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { listEntities } from '../db/repositories/entities.repository';
import { listUnitsOfEntity } from '../db/repositories/units.repository';
import { toEntitySummary, toUnit } from '../presenters/entity.presenter';
import { createEntity } from '../use-cases/create-entity';
import { getEntity } from '../use-cases/get-entity';
import { updateEntity } from '../use-cases/update-entity';

const entityDetailSchema = entitySummarySchema
  .extend({ units: z.array(unitSchema) })
  .meta({ id: 'EntityDetail' });
const publicDirectory = { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } } as const;

export function registerEntityRoutes(app: PatuhApp, { database }: AppDependencies): void {
  const { db } = database;
  const tags = ['entities'];

  app.get(
    '/api/entities',
    {
      config: publicDirectory,
      schema: {
        operationId: 'listEntities',
        tags,
        summary: 'Direktori pemerintah yang dinilai',
        description: 'The directory of assessed governments',
        querystring: listEntitiesQuerySchema,
        response: { 200: entityListSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const { rows, total } = await listEntities(db, {
        ...filter,
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { items: rows.map(toEntitySummary), total, page, pageSize };
    },
  );

  app.get(
    '/api/entities/:code',
    {
      config: publicDirectory,
      schema: {
        operationId: 'getEntity',
        tags,
        summary: 'Satu entitas beserta unit layanannya',
        description: 'An entity with its service units',
        params: entityCodeParamsSchema,
        response: { 200: entityDetailSchema },
      },
    },
    async (request) => {
      const entity = await getEntity(db, request.params.code);
      const units = await listUnitsOfEntity(db, entity.id);
      return { ...toEntitySummary(entity), units: units.map((unit) => toUnit(unit, entity.code)) };
    },
  );

  app.post(
    '/api/entities',
    {
      config: { access: { action: 'entity.create' } },
      schema: {
        operationId: 'createEntity',
        tags,
        summary: 'Tambah kementerian atau lembaga',
        description: 'Add a ministry or agency',
        body: createEntityRequestSchema,
        response: { 201: entitySummarySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(toEntitySummary(await createEntity(db, request.body, auditContextOf(request)))),
  );

  app.patch(
    '/api/entities/:code',
    {
      config: { access: { action: 'entity.update' } },
      schema: {
        operationId: 'updateEntity',
        summary: 'Ubah nama resmi, nama singkat, alias, atau status aktif entitas',
        description: "Change an entity's official name, short name, alias or active status",
        tags,
        params: entityCodeParamsSchema,
        body: updateEntityRequestSchema,
        response: { 200: entitySummarySchema },
      },
    },
    async (request) =>
      toEntitySummary(
        await updateEntity(
          db,
          requireActor(request),
          request.params.code,
          request.body,
          auditContextOf(request),
        ),
      ),
  );
}
