import type { Role } from '../../core/access/roles';

/** Demo only: printed at seeding and listed in the README. Never seeded on PostgreSQL without --demo. */
export const demoPassword = 'patuh-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  provinceCodes: string[];
  entityCode: string | null;
}

export const demoUsers: readonly DemoUser[] = [
  { email: 'admin@patuh.test', name: 'Admin Pusat', role: 'admin', provinceCodes: [], entityCode: null },
  {
    email: 'koordinator.sumsel@patuh.test',
    name: 'Koordinator Sumatera Selatan',
    role: 'coordinator',
    provinceCodes: ['16'],
    entityCode: null,
  },
  {
    email: 'asesor.sumsel@patuh.test',
    name: 'Asesor Sumatera Selatan',
    role: 'assessor',
    provinceCodes: ['16'],
    entityCode: null,
  },
  {
    email: 'verifikator.sumsel@patuh.test',
    name: 'Verifikator Sumatera Selatan',
    role: 'verifier',
    provinceCodes: ['16'],
    entityCode: null,
  },
  {
    email: 'penghubung.muba@patuh.test',
    name: 'Penghubung Kab. Musi Banyuasin',
    role: 'liaison',
    provinceCodes: ['16'],
    entityCode: '16.06',
  },
];
