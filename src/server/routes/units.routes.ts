import { z } from 'zod';
import { entityCodeParamsSchema } from '../../contracts/entities.contract';
import {
  createUnitRequestSchema,
  createUnitTypeRequestSchema,
  unitIdParamsSchema,
  unitSchema,
  unitTypeCodeParamsSchema,
  unitTypeSchema,
  updateUnitRequestSchema,
  updateUnitTypeRequestSchema,
} from '../../contracts/units.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { listUnitTypes } from '../db/repositories/units.repository';
import { toUnit, toUnitType } from '../presenters/entity.presenter';
import { createUnit, updateUnit } from '../use-cases/save-unit';
import { createUnitType, updateUnitType } from '../use-cases/save-unit-type';

export function registerUnitRoutes(app: PatuhApp, { database }: AppDependencies): void {
  const { db } = database;
  const tags = ['units'];

  app.get(
    '/api/unit-types',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listUnitTypes',
        tags,
        summary: 'Katalog jenis unit',
        description: 'The unit-type catalogue',
        response: { 200: z.array(unitTypeSchema) },
      },
    },
    async () => (await listUnitTypes(db)).map(toUnitType),
  );

  app.post(
    '/api/unit-types',
    {
      config: { access: { action: 'unit-type.manage' } },
      schema: {
        operationId: 'createUnitType',
        summary: 'Tambah jenis unit ke katalog',
        description: 'Add a unit type to the catalogue',
        tags,
        body: createUnitTypeRequestSchema,
        response: { 201: unitTypeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(toUnitType(await createUnitType(db, request.body, auditContextOf(request)))),
  );

  app.patch(
    '/api/unit-types/:code',
    {
      config: { access: { action: 'unit-type.manage' } },
      schema: {
        operationId: 'updateUnitType',
        summary: 'Ubah nama, urutan, atau status aktif jenis unit',
        description: "Change a unit type's names, order or active status",
        tags,
        params: unitTypeCodeParamsSchema,
        body: updateUnitTypeRequestSchema,
        response: { 200: unitTypeSchema },
      },
    },
    async (request) =>
      toUnitType(await updateUnitType(db, request.params.code, request.body, auditContextOf(request))),
  );

  app.post(
    '/api/entities/:code/units',
    {
      config: { access: { action: 'unit.manage' } },
      schema: {
        operationId: 'createUnit',
        tags,
        summary: 'Tambah unit layanan',
        description: 'Add a service unit',
        params: entityCodeParamsSchema,
        body: createUnitRequestSchema,
        response: { 201: unitSchema },
      },
    },
    async (request, reply) => {
      const unit = await createUnit(
        db,
        requireActor(request),
        request.params.code,
        request.body,
        auditContextOf(request),
      );
      return reply.status(201).send(toUnit(unit, request.params.code));
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { access: { action: 'unit.manage' } },
      schema: {
        operationId: 'updateUnit',
        summary: 'Ubah jenis, nama, alamat, koordinat, jam layanan, atau status aktif unit layanan',
        description:
          "Change a service unit's type, name, address, coordinates, service hours or active status",
        tags,
        params: unitIdParamsSchema,
        body: updateUnitRequestSchema,
        response: { 200: unitSchema },
      },
    },
    async (request) => {
      const { unit, entityCode } = await updateUnit(
        db,
        requireActor(request),
        request.params.id,
        request.body,
        auditContextOf(request),
      );
      return toUnit(unit, entityCode);
    },
  );
}
