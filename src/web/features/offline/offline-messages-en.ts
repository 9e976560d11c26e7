// English texts beside the Indonesian ones in offline-messages.ts, in their own file so that a visitor downloads
// only the active language's messages (src/web/i18n). Same keys, checked by the type.
import type { OfflineMessages } from './offline-messages';

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
  reasons: {
    network: 'No connection to the server',
    httpStatus: 'The server answered with code {{status}}',
    dependsOnRefused: 'Depends on a change the server refused',
    fileMissing: 'The file is no longer on this device',
    noUploadId: 'The server gave no upload number',
  },
  write: {
    signedOut: 'You are not signed in, so this change was not saved. Sign in again, then repeat it.',
  },
  submit: {
    unsent:
      '{{count}} changes not sent yet. A unit is submitted once all its changes are on the server: connect to the internet, settle any conflicts or refusals, then submit again.',
  },
};
