import type { Notification } from '../../contracts/notifications.contract';

type Language = 'id' | 'en';

const kindTexts: Record<Notification['kind'], Record<Language, (days: number) => string>> = {
  'item-due-soon': {
    id: (d) => `Rencana aksi jatuh tempo ${d} hari lagi`,
    en: (d) => `Plan item due in ${d} days`,
  },
  'item-overdue': { id: (d) => `Rencana aksi terlambat ${d} hari`, en: (d) => `Plan item ${d} days overdue` },
  'unit-returned': { id: () => 'Unit dikembalikan verifikator', en: () => 'Unit returned by the verifier' },
  'unit-submitted': {
    id: () => 'Unit diajukan untuk verifikasi',
    en: () => 'Unit submitted for verification',
  },
  'entity-ready-to-approve': { id: () => 'Entitas siap disetujui', en: () => 'Entity ready to approve' },
  'entity-approved': {
    id: () => 'Entitas disetujui koordinator, siap diterima',
    en: () => 'Entity approved by the coordinator, ready to accept',
  },
  'objection-window-open': {
    id: (d) => `Masa sanggahan dibuka, ${d} hari lagi`,
    en: (d) => `Objection window open, ${d} days left`,
  },
  'objection-window-closing': {
    id: (d) => `Masa sanggahan segera ditutup, ${d} hari lagi`,
    en: (d) => `Objection window closing, ${d} days left`,
  },
  'objection-decided': { id: () => 'Sanggahan diputus', en: () => 'Objection decided' },
  'results-published': { id: () => 'Hasil penilaian diterbitkan', en: () => 'Results published' },
};

const outcomes: Record<string, Record<Language, string>> = {
  accepted: { id: 'diterima', en: 'accepted' },
  rejected: { id: 'ditolak', en: 'rejected' },
};

/** One line of a digest: what happened, to what, and where to see it. */
export function describeNotice(notice: Notification, language: Language, baseUrl: string): string {
  const what = kindTexts[notice.kind][language](Math.abs(notice.daysLeft ?? 0));
  const title =
    notice.kind === 'objection-decided' ? (outcomes[notice.title]?.[language] ?? notice.title) : notice.title;
  const subject = [notice.entityName, title].filter((part) => part !== '').join(' · ');
  return `- ${what}${subject ? `: ${subject}` : ''} (${notice.year})\n  ${baseUrl}${notice.link}`;
}

/** The digest e-mail of one person: every notice not mailed before, in the person's language. */
export function composeDigest(
  notices: readonly Notification[],
  person: { name: string; language: Language },
  baseUrl: string,
): { subject: string; text: string } {
  const id = person.language === 'id';
  const subject = id
    ? `Patuh: ${notices.length} pemberitahuan baru`
    : `Patuh: ${notices.length} new notice${notices.length === 1 ? '' : 's'}`;
  const greeting = id ? `Yth. ${person.name},` : `Dear ${person.name},`;
  const intro = id ? 'Ada pemberitahuan baru untuk Anda di Patuh:' : 'You have new notices in Patuh:';
  const footer = id
    ? 'Pemberitahuan lewat e-mail dapat dimatikan di halaman Akun.'
    : 'E-mail notices can be switched off on the Account page.';
  const lines = notices.map((notice) => describeNotice(notice, person.language, baseUrl));
  return { subject, text: [greeting, '', intro, '', ...lines, '', footer, `${baseUrl}/akun`].join('\n') };
}
