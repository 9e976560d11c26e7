// Texts of account recovery ("lupa kata sandi", one-time passwords by staff) and the e-mail notice setting;
// plugged into the locales as `recovery`.

export const recoveryMessagesId = {
  forgotLink: 'Lupa kata sandi?',
  forgotTitle: 'Lupa kata sandi',
  forgotIntro:
    'Masukkan alamat email akun Anda. Bila akun itu ada, kami mengirim tautan untuk mengatur ulang kata sandi; tautan berlaku 30 menit dan hanya sekali.',
  email: 'Email',
  send: 'Kirim tautan',
  sent: 'Bila alamat itu terdaftar, tautan sudah dikirim. Periksa kotak masuk Anda.',
  notAvailable:
    'Server ini belum dapat mengirim email. Minta administrator atau koordinator provinsi Anda mengatur ulang kata sandi.',
  resetTitle: 'Atur ulang kata sandi',
  newPassword: 'Kata sandi baru (minimal 12 karakter)',
  submit: 'Simpan kata sandi baru',
  done: 'Kata sandi baru tersimpan. Silakan masuk.',
  signIn: 'Masuk',
  missingToken: 'Tautan ini tidak lengkap. Buka lagi tautan dari email Anda.',
  staffReset: 'Atur ulang kata sandi',
  staffResetConfirm:
    'Buat kata sandi sekali pakai baru untuk {{email}}? Semua sesi akun itu berakhir dan kata sandi wajib diganti saat masuk.',
  mailTitle: 'Pemberitahuan lewat email',
  mailEnabled: 'Kirim pemberitahuan ke email saya (paling banyak satu ringkasan per jam)',
  mailNotConfigured: 'Server ini belum dapat mengirim email; pemberitahuan hanya tampil di aplikasi.',
  mailSaved: 'Pengaturan email tersimpan.',
};
