import type { tourMessagesId } from './tour-messages';

type RoleKey = keyof typeof tourMessagesId.roles;
type LinkLabel = keyof typeof tourMessagesId.links;

export interface TourRole {
  key: RoleKey;
  /** The demo account of the role (none for the public). */
  email?: string;
  /** Where signing in leads. */
  after: string;
  links: { href: string; label: LinkLabel }[];
}

/** The demo path of each role: its account and the pages where its work is. */
export const tourRoles: TourRole[] = [
  {
    key: 'public',
    after: '/hasil',
    links: [
      { href: '/hasil', label: 'portal' },
      { href: '/hasil/entitas/16.06/riwayat', label: 'entityHistory' },
      { href: '/s/MUBA26DS', label: 'survey' },
    ],
  },
  {
    key: 'admin',
    email: 'admin@patuh.test',
    after: '/siklus',
    links: [
      { href: '/siklus', label: 'cycles' },
      { href: '/siklus/2025/penetapan', label: 'finalise' },
      { href: '/dokumen', label: 'documents' },
      { href: '/kelola-hasil', label: 'resultsImport' },
      { href: '/pengguna', label: 'users' },
      { href: '/audit', label: 'audit' },
    ],
  },
  {
    key: 'coordinator',
    email: 'koordinator.sumsel@patuh.test',
    after: '/siklus',
    links: [
      { href: '/siklus/2026/progres', label: 'progress' },
      { href: '/siklus/2026/lokus/16.06', label: 'locus' },
      { href: '/rencana-aksi', label: 'plans' },
      { href: '/pembinaan', label: 'coaching' },
    ],
  },
  { key: 'assessor', email: 'asesor.sumsel@patuh.test', after: '/', links: [{ href: '/', label: 'home' }] },
  {
    key: 'verifier',
    email: 'verifikator.sumsel@patuh.test',
    after: '/',
    links: [{ href: '/', label: 'home' }],
  },
  {
    key: 'liaison',
    email: 'penghubung.muba@patuh.test',
    after: '/siklus',
    links: [
      { href: '/hasil/entitas/16.06/riwayat', label: 'entityHistory' },
      { href: '/rencana-aksi/16.06', label: 'plan' },
      { href: '/simulasi/16.06', label: 'simulator' },
    ],
  },
];
