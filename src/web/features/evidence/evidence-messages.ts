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

export const evidenceMessagesEn: typeof evidenceMessagesId = {
  title: 'Supporting evidence',
  none: 'No evidence yet.',
  needsEvidence:
    'This indicator needs supporting evidence. Without it, the score follows the methodology’s evidence rule; add it before submitting the unit.',
  takePhoto: 'Take a photo',
  chooseFile: 'Choose a file (photo or PDF)',
  uploading: 'Uploading {{name}}…',
  preparing: 'Resizing photo {{name}}…',
  uploaded: '{{name}} uploaded.',
  download: 'Download {{name}}',
  delete: 'Delete evidence {{name}}',
  confirmDelete: 'Delete evidence "{{name}}"?',
  takenAt: 'Taken {{when}}',
  position: 'Location {{latitude}}, {{longitude}}',
  openMap: 'Open the location on a map',
  thumbnail: 'Preview of {{name}}',
  tooLarge: '"{{name}}" is {{size}}; the limit is {{limit}}. Reduce it or scan again at a lower resolution.',
  wrongType: '"{{name}}" is not a photo (JPEG, PNG, WebP) or a PDF.',
  unreadableImage: 'This browser cannot read the photo "{{name}}"; save it as JPEG and upload again.',
  uploadFailed: 'Uploading "{{name}}" failed: {{reason}}',
  networkError: 'the connection dropped',
  downloadZip: 'Download all evidence of the locus (ZIP)',
  reuse: {
    open: 'Use evidence already here ({{count}})',
    title: 'Files of this unit (no new upload)',
    item: '{{name}} · from {{indicator}}',
  },
};
