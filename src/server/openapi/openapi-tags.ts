import {
  jsonOnlyDictionary,
  type OpenDataEntry,
  openDataDictionary,
} from '../../contracts/open-data-dictionary';

/**
 * The open-data dictionary (docs/open-data.md) in the API docs: each CSV column and JSON-only field of the
 * published results, its type and meaning. The keys stay stable for machines.
 */
function openDataDictionaryMarkdown(): string {
  const row = ([key, entry]: [string, OpenDataEntry]) =>
    `| \`${key}\` | ${entry.type}${entry.nullable ? ' / null' : ''} | ${entry.id} | ${entry.en} |`;
  return [
    '**Kamus data terbuka / Open-data dictionary** (CSV, JSON; XLSX: judul kolom berbahasa Indonesia / Indonesian headers)',
    '',
    '| Kolom / Column | Tipe / Type | Arti | Meaning |',
    '| --- | --- | --- | --- |',
    ...Object.entries(openDataDictionary).map(row),
    ...Object.entries(jsonOnlyDictionary).map(([key, entry]) => row([`${key} (JSON)`, entry])),
  ].join('\n');
}

/**
 * Every tag a route may use, described in Indonesian first, then English. Redocly's `operation-tag-defined`
 * rule (redocly.yaml) refuses a route whose tag is missing here.
 */
export const openApiTags: { name: string; description: string }[] = [
  { name: 'system', description: 'Kesehatan layanan. / Service health.' },
  {
    name: 'auth',
    description: 'Masuk, keluar, dan pemulihan kata sandi. / Sign-in, sign-out and password recovery.',
  },
  { name: 'account', description: 'Akun sendiri. / My own account.' },
  { name: 'users', description: 'Pengelolaan pengguna. / User management.' },
  { name: 'audit', description: 'Jejak audit. / Audit trail.' },
  { name: 'regions', description: 'Wilayah (provinsi). / Regions (provinces).' },
  {
    name: 'entities',
    description: 'Direktori pemerintah yang dinilai. / Directory of assessed governments.',
  },
  { name: 'units', description: 'Unit layanan dan jenisnya. / Service units and their types.' },
  {
    name: 'results',
    description: 'Hasil yang diimpor dan snapshot hasil. / Imported results and result snapshots.',
  },
  {
    name: 'public results',
    description: `Hasil terbitan dan data terbuka. / Published results and open data.\n\n${openDataDictionaryMarkdown()}`,
  },
  {
    name: 'public documents',
    description:
      'Piagam dan rapor terbitan, verifikasi kode. / Published piagam and rapor, code verification.',
  },
  { name: 'documents', description: 'Piagam, rapor, dan penandatangan. / Piagam, rapor and signatories.' },
  { name: 'cycles', description: 'Siklus penilaian. / Assessment cycles.' },
  { name: 'loci', description: 'Lokus dan tim penilai. / Loci and assessment teams.' },
  { name: 'meetings', description: 'Rapat pembukaan dan penutupan. / Entry and exit meetings.' },
  { name: 'imports', description: 'Impor dan ekspor CSV/XLSX. / CSV/XLSX imports and exports.' },
  { name: 'survey', description: 'Survei pengguna layanan. / Service-user survey.' },
  {
    name: 'public survey',
    description: 'Survei pengguna layanan, halaman publik. / Service-user survey, public side.',
  },
  { name: 'public-trust survey', description: 'Survei kepercayaan publik. / Public-trust survey.' },
  { name: 'uploads', description: 'Unggahan yang dapat dilanjutkan. / Resumable uploads.' },
  { name: 'evidence', description: 'Bukti dukung dan integritasnya. / Evidence and its integrity.' },
  {
    name: 'quality',
    description: 'Penilaian ganda dan mutu penilai. / Double scoring and assessor quality.',
  },
  { name: 'complaints', description: 'Sampel catatan pengaduan. / Sampled complaint records.' },
  { name: 'collection', description: 'Pengumpulan data lapangan. / Field data collection.' },
  {
    name: 'workflow',
    description: 'Verifikasi, persetujuan, dan penerimaan. / Verification, approval and acceptance.',
  },
  { name: 'progress', description: 'Kemajuan lapangan. / Field progress.' },
  { name: 'objections', description: 'Keberatan atas hasil sementara. / Objections to provisional results.' },
  { name: 'plans', description: 'Rencana perbaikan. / Improvement plans.' },
  { name: 'coaching', description: 'Pembinaan. / Coaching sessions.' },
  { name: 'oversight-products', description: 'Produk pengawasan Ombudsman. / Ombudsman oversight products.' },
  { name: 'notifications', description: 'Pemberitahuan. / Notices.' },
  { name: 'methodology', description: 'Katalog metodologi penilaian. / Assessment methodology catalogue.' },
];
