// The conversion is pure and also runs on the phone (offline provisional score): it lives in the core.
export {
  assessorRespondentId,
  assessorRoleCode,
  serviceUserRoleCode,
  toUnitAnswers,
} from '../../core/collection/to-unit-answers';
