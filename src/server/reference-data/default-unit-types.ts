/**
 * The unit types the Ombudsman assesses most (domain.md §2, §7); admins can add more. Sort orders are fixed
 * per code rather than by position, so a type added later (the school, 2025) slots in next to its kin on an
 * installation that already has the others, without renumbering their stored rows.
 */
export const defaultUnitTypes = [
  { code: 'dinas-pendidikan', nameId: 'Dinas Pendidikan', nameEn: 'Education Office', sortOrder: 10 },
  // Opini 2025 sampled education as Dinas Pendidikan and/or one school, e.g. an SMP or SMA (domain.md §7).
  { code: 'sekolah', nameId: 'Sekolah (SMP/SMA/SMK)', nameEn: 'School (SMP/SMA/SMK)', sortOrder: 15 },
  { code: 'dinas-kesehatan', nameId: 'Dinas Kesehatan', nameEn: 'Health Office', sortOrder: 20 },
  { code: 'dinas-sosial', nameId: 'Dinas Sosial', nameEn: 'Social Affairs Office', sortOrder: 30 },
  {
    code: 'disdukcapil',
    nameId: 'Dinas Kependudukan dan Pencatatan Sipil',
    nameEn: 'Population and Civil Registry Office',
    sortOrder: 40,
  },
  {
    code: 'dpmptsp',
    nameId: 'Dinas Penanaman Modal dan PTSP',
    nameEn: 'Investment and One-Stop Licensing Office',
    sortOrder: 50,
  },
  { code: 'puskesmas', nameId: 'Puskesmas', nameEn: 'Community Health Centre', sortOrder: 60 },
  { code: 'rsud', nameId: 'Rumah Sakit Umum Daerah', nameEn: 'Regional Public Hospital', sortOrder: 70 },
  { code: 'unit-layanan-lain', nameId: 'Unit Layanan Lain', nameEn: 'Other Service Unit', sortOrder: 80 },
];
