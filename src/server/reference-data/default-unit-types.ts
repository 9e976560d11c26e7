/** The unit types the Ombudsman assesses most (domain.md §2); admins can add more. */
export const defaultUnitTypes = [
  { code: 'dinas-pendidikan', nameId: 'Dinas Pendidikan', nameEn: 'Education Office' },
  { code: 'dinas-kesehatan', nameId: 'Dinas Kesehatan', nameEn: 'Health Office' },
  { code: 'dinas-sosial', nameId: 'Dinas Sosial', nameEn: 'Social Affairs Office' },
  {
    code: 'disdukcapil',
    nameId: 'Dinas Kependudukan dan Pencatatan Sipil',
    nameEn: 'Population and Civil Registry Office',
  },
  {
    code: 'dpmptsp',
    nameId: 'Dinas Penanaman Modal dan PTSP',
    nameEn: 'Investment and One-Stop Licensing Office',
  },
  { code: 'puskesmas', nameId: 'Puskesmas', nameEn: 'Community Health Centre' },
  { code: 'rsud', nameId: 'Rumah Sakit Umum Daerah', nameEn: 'Regional Public Hospital' },
  { code: 'unit-layanan-lain', nameId: 'Unit Layanan Lain', nameEn: 'Other Service Unit' },
].map((unitType, index) => ({ ...unitType, sortOrder: (index + 1) * 10 }));
