// Texts of the role work queues on the home page; plugged into the locales as `queues`.

export const queueMessagesId = {
  title: {
    'awaiting-verification': 'Menunggu verifikasi',
    'ready-to-approve': 'Siap disetujui',
    'ready-to-accept': 'Siap diterima',
  },
  intro: {
    'awaiting-verification': 'Unit yang diajukan asesor di lokus Anda, yang terlama di atas.',
    'ready-to-approve': 'Entitas di provinsi Anda yang semua unitnya sudah terverifikasi.',
    'ready-to-accept': 'Entitas yang sudah disetujui koordinator provinsi.',
  },
  empty: 'Tidak ada yang menunggu.',
  waitingDays_one: 'menunggu {{count}} hari',
  waitingDays_other: 'menunggu {{count}} hari',
  waitingToday: 'sejak hari ini',
  more: 'Menampilkan {{shown}} dari {{total}}.',
  select: 'Pilih {{name}}',
  selectAll: 'Pilih semua',
  acceptSelected: 'Terima yang dipilih ({{count}})',
  confirmTitle: 'Terima {{count}} entitas?',
  confirmBody:
    'Setiap entitas diterima sendiri-sendiri dan dicatat di log audit; semua unitnya dikunci sehingga data lapangannya tidak berubah lagi.',
  confirm: 'Ya, terima',
  cancel: 'Batal',
  acceptedCount: '{{count}} entitas diterima.',
  refused: '{{code}} tidak diterima: {{message}}',
};
