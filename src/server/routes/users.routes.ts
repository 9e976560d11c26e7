import {
  createUserRequestSchema,
  createUserResponseSchema,
  listUsersQuerySchema,
  updateUserRequestSchema,
  userIdParamsSchema,
  userListSchema,
  userSummarySchema,
} from '../../contracts/users.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { toUserSummary } from '../presenters/user.presenter';
import { createUser } from '../use-cases/create-user';
import { getUserInScope } from '../use-cases/get-user';
import { listUsers } from '../use-cases/list-users';
import { setUserActive } from '../use-cases/set-user-active';
import { updateUser } from '../use-cases/update-user';

export function registerUserRoutes(app: PatuhApp, { database }: AppDependencies): void {
  const { db } = database;
  const tags = ['users'];

  app.get(
    '/api/users',
    {
      config: { access: { action: 'user.list' } },
      schema: {
        operationId: 'listUsers',
        summary: 'Daftar pengguna dalam cakupan',
        description: 'Users in scope',
        tags,
        querystring: listUsersQuerySchema,
        response: { 200: userListSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listUsers(db, requireActor(request), request.query);
      return {
        items: rows.map(toUserSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: { action: 'user.create' } },
      schema: {
        operationId: 'createUser',
        summary: 'Tambah pengguna',
        description: 'Add a user',
        tags,
        body: createUserRequestSchema,
        response: { 201: createUserResponseSchema },
      },
    },
    async (request, reply) => {
      const { user, oneTimePassword } = await createUser(
        db,
        requireActor(request),
        request.body,
        auditContextOf(request),
      );
      return reply.status(201).send({ user: toUserSummary(user), oneTimePassword });
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: { action: 'user.read' } },
      schema: {
        operationId: 'getUser',
        summary: 'Satu pengguna',
        description: 'One user',
        tags,
        params: userIdParamsSchema,
        response: { 200: userSummarySchema },
      },
    },
    async (request) => toUserSummary(await getUserInScope(db, requireActor(request), request.params.id)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: { action: 'user.update' } },
      schema: {
        operationId: 'updateUser',
        summary: 'Ubah nama, peran, atau cakupan pengguna',
        description: "Change a user's name, role or scope",
        tags,
        params: userIdParamsSchema,
        body: updateUserRequestSchema,
        response: { 200: userSummarySchema },
      },
    },
    async (request) =>
      toUserSummary(
        await updateUser(db, requireActor(request), request.params.id, request.body, auditContextOf(request)),
      ),
  );

  for (const isActive of [false, true]) {
    app.post(
      `/api/users/:id/${isActive ? 'reactivate' : 'deactivate'}`,
      {
        config: { access: { action: 'user.deactivate' } },
        schema: {
          operationId: isActive ? 'reactivateUser' : 'deactivateUser',
          tags,
          summary: isActive ? 'Aktifkan kembali pengguna' : 'Nonaktifkan pengguna (sesinya diakhiri)',
          description: isActive ? 'Reactivate a user' : 'Deactivate a user (their sessions end)',
          params: userIdParamsSchema,
          response: { 200: userSummarySchema },
        },
      },
      async (request) =>
        toUserSummary(
          await setUserActive(
            db,
            requireActor(request),
            request.params.id,
            isActive,
            auditContextOf(request),
          ),
        ),
    );
  }
}
