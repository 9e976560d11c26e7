import { and, arrayContained, arrayOverlaps, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../../core/access/roles';
import type { Queryable } from '../database';
import { type UserRow, users } from '../schema/users';

export type { UserRow };

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  provinceCodes: string[];
  entityCode: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

export type UserChanges = Partial<
  Pick<
    UserRow,
    | 'name'
    | 'role'
    | 'provinceCodes'
    | 'entityCode'
    | 'passwordHash'
    | 'mustChangePassword'
    | 'language'
    | 'isActive'
    | 'deactivatedAt'
  >
>;

export async function updateUser(db: Queryable, id: string, changes: UserChanges): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error(`user ${id} vanished during update`);
  return row;
}

export interface UserListFilter {
  search?: string | undefined;
  role?: Role | undefined;
  provinceCode?: string | undefined;
  includeInactive: boolean;
  /** Limit to users whose provinces all lie within these (a coordinator's view). */
  withinProvinces?: readonly string[] | undefined;
  /** Limit to these roles (a coordinator sees only the roles they manage). */
  roles?: readonly Role[] | undefined;
  offset: number;
  limit: number;
}

export async function listUsers(
  db: Queryable,
  filter: UserListFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    filter.includeInactive ? undefined : eq(users.isActive, true),
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.provinceCode ? arrayOverlaps(users.provinceCodes, [filter.provinceCode]) : undefined,
    filter.search
      ? or(
          ilike(users.name, `%${escapeLike(filter.search)}%`),
          ilike(users.email, `%${escapeLike(filter.search)}%`),
        )
      : undefined,
  ];
  if (filter.withinProvinces) {
    conditions.push(arrayContained(users.provinceCodes, [...filter.withinProvinces]));
    conditions.push(arrayOverlaps(users.provinceCodes, [...filter.withinProvinces]));
  }
  if (filter.roles) conditions.push(or(...filter.roles.map((role) => eq(users.role, role))));
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.email))
    .offset(filter.offset)
    .limit(filter.limit);
  const [counted] = await db.select({ total: count() }).from(users).where(where);
  return { rows, total: counted?.total ?? 0 };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
