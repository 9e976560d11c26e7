import {
  complaintInputSchema,
  complaintListSchema,
  complaintParamsSchema,
  complaintRecordSchema,
  deleteComplaintQuerySchema,
  updateComplaintRequestSchema,
} from '../../contracts/complaints.contract';
import { locusUnitParamsSchema } from '../../contracts/evidence.contract';
import { idempotencyHeadersSchema } from '../../contracts/offline-sync.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { createComplaint } from '../use-cases/create-complaint';
import { deleteComplaint } from '../use-cases/delete-complaint';
import { listComplaints } from '../use-cases/list-complaints';
import { updateComplaint } from '../use-cases/update-complaint';

export function registerComplaintRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['complaints'];
  const base = '/api/cycles/:year/loci/:code/units/:unitId/complaints';

  app.get(
    base,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'listComplaintRecords',
        tags,
        summary: 'Sampel pengaduan unit dengan median dan persentil ke-90 waktu tanggapan (jam)',
        description: "A unit's sampled complaints with median and 90th-percentile response times (hours)",
        params: locusUnitParamsSchema,
        response: { 200: complaintListSchema },
      },
    },
    async (request) => listComplaints(db, requireActor(request), request.params, now()),
  );

  app.post(
    base,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'createComplaintRecord',
        tags,
        summary: 'Catat satu sampel pengaduan',
        description: 'Record a sampled complaint',
        headers: idempotencyHeadersSchema,
        params: locusUnitParamsSchema,
        body: complaintInputSchema,
        response: { 201: complaintRecordSchema },
      },
    },
    async (request, reply) => {
      const record = await createComplaint(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.status(201).send(record);
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'updateComplaintRecord',
        tags,
        summary: 'Koreksi catatan pengaduan (expectedVersion; usang → 409 dengan catatan terkini)',
        description: 'Correct a complaint record (expectedVersion; stale → 409 with the current record)',
        headers: idempotencyHeadersSchema,
        params: complaintParamsSchema,
        body: updateComplaintRequestSchema,
        response: { 200: complaintRecordSchema },
      },
    },
    async (request) =>
      updateComplaint(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'deleteComplaintRecord',
        tags,
        summary: 'Hapus catatan pengaduan (?expectedVersion=; usang → 409)',
        description: 'Remove a complaint record (?expectedVersion=; stale → 409)',
        headers: idempotencyHeadersSchema,
        params: complaintParamsSchema,
        querystring: deleteComplaintQuerySchema,
      },
    },
    async (request, reply) => {
      await deleteComplaint(
        db,
        requireActor(request),
        request.params,
        request.query.expectedVersion,
        now(),
        auditContextOf(request),
      );
      return reply.status(204).send();
    },
  );
}
