// Texts of the evidence field (photos and PDFs of an indicator); plugged into the locales as `evidence`.
// Indonesian first; the English object must have the same keys (checked by its type).

export const evidenceMessagesId = {
  title: 'Bukti dukung',
  none: 'Belum ada bukti dukung.',
  needsEvidence:
    'Indikator ini memerlukan bukti dukung. Tanpa bukti, nilainya dihitung menurut aturan bukti metodologi; lengkapi sebelum mengajukan unit.',
  takePhoto: 'Ambil foto',
  chooseFile: 'Pilih berkas (foto atau PDF)',
  uploading: 'Mengunggah {{name}}…',
  preparing: 'Memperkecil foto {{name}}…',
  uploaded: '{{name}} terunggah.',
  download: 'Unduh {{name}}',
  delete: 'Hapus bukti {{name}}',
  confirmDelete: 'Hapus bukti "{{name}}"?',
  takenAt: 'Diambil {{when}}',
  position: 'Lokasi {{latitude}}, {{longitude}}',
  openMap: 'Buka lokasi di peta',
  thumbnail: 'Pratinjau {{name}}',
  tooLarge:
    'Berkas "{{name}}" berukuran {{size}}; batasnya {{limit}}. Perkecil atau pindai ulang dengan resolusi lebih rendah.',
  wrongType: 'Berkas "{{name}}" bukan foto (JPEG, PNG, WebP) atau PDF.',
  unreadableImage: 'Foto "{{name}}" tidak dapat dibaca peramban ini; simpan sebagai JPEG lalu unggah lagi.',
  uploadFailed: 'Unggahan "{{name}}" gagal: {{reason}}',
  networkError: 'koneksi terputus',
  downloadZip: 'Unduh semua bukti lokus (ZIP)',
  reuse: {
    open: 'Pakai bukti yang sudah ada ({{count}})',
    title: 'Berkas unit ini (tanpa unggah ulang)',
    item: '{{name}} · dari {{indicator}}',
  },
};
