/** Texts of offline field work (outbox, preparing, app updates); `offline.*` keys. */
export const offlineMessagesId = {
  indicator: {
    label: 'Status sinkronisasi',
    allSaved: 'Semua tersimpan',
    waiting: '{{count}} perubahan menunggu',
    needsUser: '{{count}} perlu keputusan Anda',
    signedOut: 'Sesi berakhir: masuk lagi untuk mengirim {{count}} perubahan',
    offline: 'Luring',
    sendNow: 'Kirim sekarang',
    listTitle: 'Perubahan yang menunggu',
    discard: 'Buang',
    otherAccount: '{{count}} perubahan menunggu akun lain',
    discardOtherAccount: 'Buang perubahan akun lain',
    discardOtherAccountConfirm:
      'Perubahan ini dicatat oleh akun lain di perangkat ini dan belum terkirim. Buang untuk selamanya?',
  },
  entry: {
    pending: 'Menunggu dikirim',
    sending: 'Mengirim…',
    failed: 'Belum terkirim, dicoba lagi otomatis',
    conflict: 'Bentrok',
    rejected: 'Ditolak: {{message}}',
    done: 'Terkirim',
    discard: 'Buang perubahan ini',
    kinds: {
      answer: 'Jawaban',
      'respondent-create': 'Responden baru',
      'respondent-update': 'Ubah responden',
      'respondent-delete': 'Hapus responden',
      'evidence-upload': 'Bukti dukung',
      'evidence-delete': 'Hapus bukti',
      'evidence-reuse': 'Pakai ulang bukti',
      'complaint-create': 'Catatan pengaduan baru',
      'complaint-update': 'Ubah catatan pengaduan',
      'complaint-delete': 'Hapus catatan pengaduan',
    },
  },
  evidence: {
    queued: 'Menunggu unggah: {{name}} ({{size}})',
    progress: '{{name}}: {{percent}} terkirim',
    storageFull:
      'Ruang penyimpanan perangkat hampir penuh: perlu {{needed}}, tersisa {{free}}. Kirim dulu perubahan yang menunggu atau kosongkan ruang di ponsel.',
  },
  update: {
    available: 'Versi baru Patuh tersedia.',
    reload: 'Muat ulang',
    later: 'Nanti',
    offlineReady: 'Patuh siap dipakai tanpa sinyal.',
  },
  prepare: {
    title: 'Siapkan kerja lapangan',
    intro:
      'Simpan di perangkat ini semua yang dibutuhkan formulir unit untuk lokus tugas Anda: formulir, responden, jawaban, catatan pengaduan dan gambar kecil bukti. Perubahan di lapangan tersimpan di perangkat dan dikirim saat ada sinyal.',
    action: 'Siapkan kerja lapangan',
    refresh: 'Perbarui data luring',
    working: 'Menyimpan… {{done}}/{{total}}',
    stored: '{{units}} unit tersimpan · {{size}}',
    storedAt: 'Terakhir diperbarui {{when}}',
    none: 'Belum ada data tersimpan untuk kerja luring.',
    noLoci: 'Tidak ada lokus yang ditugaskan kepada Anda.',
    failed: 'Gagal menyiapkan: {{message}}',
    unitLine: '{{unit}} · {{entity}}',
    usage: 'Penyimpanan situs ini: {{used}} dari {{quota}}',
    open: 'Buka formulir',
  },
  score: {
    onDevice: 'Dihitung di perangkat ini dari data yang tersimpan, termasuk perubahan yang belum terkirim.',
  },
  /** Failures the app names itself (outbox-send-result.ts, OutboxReason), in the screen's language. */
  reasons: {
    network: 'Tidak tersambung ke server',
    httpStatus: 'Server menjawab dengan kode {{status}}',
    dependsOnRefused: 'Bergantung pada perubahan yang ditolak server',
    fileMissing: 'Berkasnya tidak ada lagi di perangkat ini',
    noUploadId: 'Server tidak memberi nomor unggahan',
  },
  write: {
    signedOut: 'Anda belum masuk, jadi perubahan ini tidak disimpan. Masuk lagi, lalu ulangi.',
  },
  submit: {
    unsent:
      '{{count}} perubahan belum terkirim. Unit diajukan setelah semua perubahannya sampai di server: sambungkan ke internet, selesaikan yang bentrok atau ditolak, lalu ajukan lagi.',
  },
};

export type OfflineMessages = typeof offlineMessagesId;
