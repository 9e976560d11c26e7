import { Readable } from 'node:stream';
import { auditListSchema, listAuditQuerySchema } from '../../contracts/audit.contract';
import { formatCsvLine } from '../../reports/csv/write-csv';
import type { AppDependencies, PatuhApp } from '../app-types';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { auditCsvHeader, toAuditCsvLine, toAuditEntry } from '../presenters/audit.presenter';
import { listAuditEntries, streamAuditEntries } from '../use-cases/list-audit-entries';

const exportQuerySchema = listAuditQuerySchema.omit({ page: true, pageSize: true });

export function registerAuditRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);

  app.get(
    '/api/audit',
    {
      config: { access: { action: 'audit.read' } },
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Telusuri jejak audit',
        description: 'Browse the audit trail',
        querystring: listAuditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listAuditEntries(db, requireActor(request), request.query, now());
      return {
        items: rows.map(toAuditEntry),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/api/audit/export.csv',
    {
      config: { access: { action: 'audit.read' } },
      schema: {
        operationId: 'exportAuditTrailCsv',
        tags: ['audit'],
        summary: 'Jejak audit tersaring sebagai CSV (dialirkan)',
        description: 'The filtered audit trail as CSV (streamed)',
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const batches = streamAuditEntries(db, requireActor(request), request.query, now());
      async function* csvLines(): AsyncGenerator<string> {
        yield `\uFEFF${formatCsvLine(auditCsvHeader)}`;
        for await (const rows of batches) yield rows.map((row) => `${toAuditCsvLine(row)}\r\n`).join('');
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="patuh-audit.csv"')
        .send(Readable.from(csvLines()));
    },
  );
}
