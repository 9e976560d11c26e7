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
  submit: {
    unsent:
      '{{count}} perubahan belum terkirim. Unit diajukan setelah semua perubahannya sampai di server: sambungkan ke internet, selesaikan yang bentrok atau ditolak, lalu ajukan lagi.',
  },
};

export type OfflineMessages = typeof offlineMessagesId;

export const offlineMessagesEn: OfflineMessages = {
  indicator: {
    label: 'Sync status',
    allSaved: 'All saved',
    waiting: '{{count}} changes waiting',
    needsUser: '{{count}} need your decision',
    signedOut: 'Session ended: sign in again to send {{count}} changes',
    offline: 'Offline',
    sendNow: 'Send now',
    listTitle: 'Changes waiting',
    discard: 'Discard',
    otherAccount: '{{count}} changes waiting for another account',
    discardOtherAccount: "Discard the other account's changes",
    discardOtherAccountConfirm:
      'These changes were recorded by another account on this device and never sent. Discard them for good?',
  },
  entry: {
    pending: 'Waiting to send',
    sending: 'Sending…',
    failed: 'Not sent yet, retried automatically',
    conflict: 'Conflict',
    rejected: 'Refused: {{message}}',
    done: 'Sent',
    discard: 'Discard this change',
    kinds: {
      answer: 'Answer',
      'respondent-create': 'New respondent',
      'respondent-update': 'Respondent change',
      'respondent-delete': 'Respondent removal',
      'evidence-upload': 'Evidence',
      'evidence-delete': 'Evidence removal',
      'evidence-reuse': 'Evidence reused',
      'complaint-create': 'New complaint record',
      'complaint-update': 'Complaint record change',
      'complaint-delete': 'Complaint record removal',
    },
  },
  evidence: {
    queued: 'Waiting to upload: {{name}} ({{size}})',
    progress: '{{name}}: {{percent}} sent',
    storageFull:
      'The device storage is nearly full: {{needed}} needed, {{free}} left. Send the waiting changes first or free space on the phone.',
  },
  update: {
    available: 'A new version of Patuh is available.',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'Patuh is ready to work without signal.',
  },
  prepare: {
    title: 'Prepare for field work',
    intro:
      'Store on this device everything the unit form needs for your assigned loci: forms, respondents, answers, complaint records and evidence thumbnails. Changes made in the field are kept on the device and sent when there is signal.',
    action: 'Prepare for field work',
    refresh: 'Refresh offline data',
    working: 'Storing… {{done}}/{{total}}',
    stored: '{{units}} units stored · {{size}}',
    storedAt: 'Last refreshed {{when}}',
    none: 'Nothing stored for offline work yet.',
    noLoci: 'No loci are assigned to you.',
    failed: 'Preparing failed: {{message}}',
    unitLine: '{{unit}} · {{entity}}',
    usage: 'Storage of this site: {{used}} of {{quota}}',
    open: 'Open form',
  },
  score: {
    onDevice: 'Computed on this device from the stored data, including changes not sent yet.',
  },
  submit: {
    unsent:
      '{{count}} changes not sent yet. A unit is submitted once all its changes are on the server: connect to the internet, settle any conflicts or refusals, then submit again.',
  },
};
