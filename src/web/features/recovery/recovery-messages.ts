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

export const recoveryMessagesEn: typeof recoveryMessagesId = {
  forgotLink: 'Forgot your password?',
  forgotTitle: 'Forgot your password',
  forgotIntro:
    'Enter your account’s e-mail address. If the account exists, we send a link to reset the password; it works once, within 30 minutes.',
  email: 'E-mail',
  send: 'Send link',
  sent: 'If that address is registered, the link is on its way. Check your inbox.',
  notAvailable:
    'This server cannot send e-mail yet. Ask an administrator or your province coordinator to reset your password.',
  resetTitle: 'Reset your password',
  newPassword: 'New password (at least 12 characters)',
  submit: 'Save the new password',
  done: 'Your new password is saved. Please sign in.',
  signIn: 'Sign in',
  missingToken: 'This link is incomplete. Open the link from your e-mail again.',
  staffReset: 'Reset password',
  staffResetConfirm:
    'Issue a new one-time password for {{email}}? All its sessions end and the password must be changed at sign-in.',
  mailTitle: 'Notices by e-mail',
  mailEnabled: 'Send notices to my e-mail (at most one digest an hour)',
  mailNotConfigured: 'This server cannot send e-mail yet; notices only show in the app.',
  mailSaved: 'E-mail setting saved.',
};
