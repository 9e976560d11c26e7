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
    ],
  },
  {
    key: 'admin',
    email: 'admin@patuh.test',
    after: '/siklus',
    links: [
      { href: '/siklus', label: 'cycles' },
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
      { href: '/siklus', label: 'cycles' },
      { href: '/direktori', label: 'directory' },
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
      { href: '/siklus', label: 'cycles' },
      { href: '/hasil/entitas/16.06/riwayat', label: 'entityHistory' },
    ],
  },
];
