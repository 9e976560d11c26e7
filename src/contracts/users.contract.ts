import { z } from 'zod';
import { emailAddressSchema, roleSchema, userIdentitySchema, userScopeSchema } from './roles.contract';

export const userSummarySchema = userIdentitySchema
  .extend({
    isActive: z.boolean(),
    createdAt: z.string().datetime(),
    deactivatedAt: z.string().datetime().nullable(),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const listUsersQuerySchema = z.object({
  search: z.string().trim().max(100).optional().describe('Part of a name or e-mail address'),
  role: roleSchema.optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  includeInactive: z.stringbool().default(false),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export const userListSchema = z
  .object({
    items: z.array(userSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'UserList' });

export const createUserRequestSchema = z
  .object({
    email: emailAddressSchema,
    name: z.string().trim().min(1).max(120),
    role: roleSchema,
    scope: userScopeSchema,
  })
  .meta({ id: 'CreateUserRequest' });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const createUserResponseSchema = z
  .object({
    user: userSummarySchema,
    oneTimePassword: z.string().describe('Shown once; the user must change it at first sign-in'),
  })
  .meta({ id: 'CreateUserResponse' });

export const updateUserRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    role: roleSchema.optional(),
    scope: userScopeSchema.optional(),
  })
  .meta({ id: 'UpdateUserRequest' });

export const userIdParamsSchema = z.object({ id: z.string().uuid() });
