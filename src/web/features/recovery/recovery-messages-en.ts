// English texts beside the Indonesian ones in recovery-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { recoveryMessagesId } from './recovery-messages';

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
