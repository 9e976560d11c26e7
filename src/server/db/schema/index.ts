// Every table of the platform; drizzle-kit generates migrations from this list.
export { appSettings } from './app-settings';
export { auditLog } from './audit-log';
export { coachingAttachments, coachingSessionItems, coachingSessions } from './coaching';
export {
  answerEvidence,
  answers,
  complaintRecords,
  respondents,
  reviewNotes,
  surveyResponses,
} from './collection';
export { cycles, loci, locusAssignments, locusUnits } from './cycles';
export {
  documentSignatories,
  issuedDocuments,
  jobs,
  officeLetterheads,
  renderedDocuments,
} from './documents';
export { entities } from './entities';
export {
  evidenceFingerprints,
  evidenceFlagDecisions,
  qaSecondAnswers,
  qaSecondScorings,
} from './evidence-integrity';
export { improvementPlans, planItemFiles, planItems } from './improvement-plans';
export { loginAttempts } from './login-attempts';
export { meetingAttachments, meetingAttendees, meetings } from './meetings';
export { noticeDeliveries, noticeMailSettings, passwordResetTokens } from './notices-and-recovery';
export { objectionFiles, objections } from './objections';
export { idempotencyKeys, resumableUploads } from './offline-sync';
export {
  oversightProductConfirmations,
  oversightProductFiles,
  oversightProducts,
} from './oversight-products';
export { unitProgressCounts } from './progress';
export { publicTrustResponses, publicTrustSurveys, surveyProofSettings } from './public-trust';
export { provinces, regencies } from './regions';
export { entityResults, resultSnapshots, unitResults } from './results';
export { sessions } from './sessions';
export { storedFiles } from './stored-files';
export { unitProducts, units, unitTypes } from './units';
export { users } from './users';
