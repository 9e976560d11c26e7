import { describe, expect, it } from 'vitest';
import { type Action, can, isEntityInScope } from '../../../src/core/access/can';
import type { Actor, Role } from '../../../src/core/access/roles';

const actor = (role: Role, provinceCodes: string[] = ['16'], entityCode: string | null = null): Actor => ({
  userId: `${role}-1`,
  role,
  provinceCodes,
  entityCode,
});
const userIn = (role: Role, provinceCodes: string[]) =>
  ({ type: 'user', userId: 'u-2', role, provinceCodes }) as const;
const managementActions: Action[] = [
  'user.list',
  'user.read',
  'user.create',
  'user.update',
  'user.deactivate',
  'audit.read',
];

describe('can', () => {
  it('denies everything to an anonymous caller', () => {
    for (const action of [...managementActions, 'account.manage' as const])
      expect(can(undefined, action)).toBe(false);
  });

  it('lets an admin do everything, anywhere', () => {
    for (const action of managementActions)
      expect(can(actor('admin', []), action, userIn('coordinator', ['31']))).toBe(true);
  });

  it('lets a coordinator manage field staff and liaisons wholly inside their provinces only', () => {
    const coordinator = actor('coordinator', ['16', '15']);
    expect(can(coordinator, 'user.update', userIn('assessor', ['16']))).toBe(true);
    expect(can(coordinator, 'user.update', userIn('verifier', ['15', '16']))).toBe(true);
    expect(can(coordinator, 'user.update', userIn('assessor', ['16', '31']))).toBe(false);
    expect(can(coordinator, 'user.read', userIn('assessor', ['31']))).toBe(false);
    expect(can(coordinator, 'user.read', userIn('coordinator', ['16']))).toBe(false);
    expect(can(coordinator, 'user.read', userIn('admin', []))).toBe(false);
    expect(can(coordinator, 'user.create', userIn('liaison', []))).toBe(false);
  });

  it('gives assessors, verifiers and liaisons no management action at all', () => {
    for (const role of ['assessor', 'verifier', 'liaison'] as const) {
      for (const action of managementActions) {
        expect(can(actor(role), action), `${role} ${action}`).toBe(false);
        expect(can(actor(role), action, userIn('assessor', ['16'])), `${role} ${action} in province`).toBe(
          false,
        );
      }
    }
  });

  it('lets every signed-in user manage their own account and no one else’s', () => {
    const assessor = actor('assessor');
    expect(can(assessor, 'account.manage')).toBe(true);
    expect(
      can(assessor, 'account.manage', {
        type: 'user',
        userId: 'assessor-1',
        role: 'assessor',
        provinceCodes: ['16'],
      }),
    ).toBe(true);
    expect(
      can(assessor, 'account.manage', {
        type: 'user',
        userId: 'other',
        role: 'assessor',
        provinceCodes: ['16'],
      }),
    ).toBe(false);
  });

  it('scopes provinces and entities: a liaison sees only their own entity', () => {
    expect(can(actor('coordinator', ['16']), 'audit.read', { type: 'province', provinceCode: '16' })).toBe(
      true,
    );
    expect(can(actor('coordinator', ['16']), 'audit.read', { type: 'province', provinceCode: '31' })).toBe(
      false,
    );
    expect(isEntityInScope(actor('liaison', ['16'], '16.06'), '16.06', '16')).toBe(true);
    expect(isEntityInScope(actor('liaison', ['16'], '16.06'), '16.73', '16')).toBe(false);
    expect(isEntityInScope(actor('verifier', ['16']), '16.73', '16')).toBe(true);
    expect(isEntityInScope(actor('verifier', ['16']), '31.71', '31')).toBe(false);
  });
});
