import {
  letterheadParamsSchema,
  officeLetterheadListSchema,
  officeLetterheadSchema,
} from '../../contracts/documents.contract';
import type { PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import type { Database } from '../db/database';
import { requireStagedUpload } from '../files/receive-raw-upload';
import { registerRawUploadRoutes } from '../files/register-raw-upload-routes';
import { maxUploadBytes } from '../files/store-file';
import { listLetterheadsFor } from '../use-cases/list-office-letterheads';
import { removeOfficeLetterhead } from '../use-cases/remove-office-letterhead';
import { saveOfficeLetterhead } from '../use-cases/save-office-letterhead';

/**
 * The optional emblem/letterhead per office (centre or Perwakilan) printed at the top of its piagam and rapor.
 * `forget` makes this process read the documents' version again, so public documents show the change at once.
 */
export function registerLetterheadRoutes(
  app: PatuhApp,
  deps: { db: Database; dataDir: string; now: () => Date; forget: () => void },
): void {
  const { db } = deps;
  const tags = ['documents'];
  const access = { access: { action: 'documents.configure' } } as const;

  app.get(
    '/api/document-letterheads',
    {
      config: access,
      schema: {
        operationId: 'listDocumentLetterheads',
        tags,
        summary: 'Kop/lambang dokumen tiap kantor yang dikelola pemanggil',
        description: 'The document letterhead of each office the caller manages',
        response: { 200: officeLetterheadListSchema },
      },
    },
    async (request) => listLetterheadsFor(db, requireActor(request)),
  );

  registerRawUploadRoutes(app, deps.dataDir, (scope) => {
    scope.put(
      '/api/document-letterheads/:office',
      {
        config: access,
        bodyLimit: maxUploadBytes + 1,
        schema: {
          operationId: 'setDocumentLetterhead',
          tags,
          summary: 'Tetapkan kop/lambang sebuah kantor (isi mentah PNG atau JPEG, ≤ 512 KB)',
          description: 'Set an office’s letterhead (raw PNG or JPEG body, ≤ 512 KB)',
          params: letterheadParamsSchema,
          response: { 200: officeLetterheadSchema },
        },
      },
      async (request) => {
        const saved = await saveOfficeLetterhead(
          db,
          deps.dataDir,
          requireActor(request),
          request.params.office,
          requireStagedUpload(request.body),
          auditContextOf(request),
          deps.now(),
        );
        deps.forget();
        return saved;
      },
    );
  });

  app.delete(
    '/api/document-letterheads/:office',
    {
      config: access,
      schema: {
        operationId: 'removeDocumentLetterhead',
        tags,
        summary: 'Hapus kop/lambang sebuah kantor',
        description: 'Remove an office’s letterhead',
        params: letterheadParamsSchema,
      },
    },
    async (request, reply) => {
      await removeOfficeLetterhead(db, requireActor(request), request.params.office, auditContextOf(request));
      deps.forget();
      return reply.status(204).send();
    },
  );
}
