export {
  USCC_ALPHABET,
  USCC_LENGTH,
  USCC_WEIGHTS,
  makeValidUscc,
  usccCheckCharacter,
  validateUscc,
  type UsccFailureKind,
  type UsccResult,
} from './uscc';
export {
  COMMON_PASSWORDS,
  MAX_IDENTICAL_RUN,
  PASSPHRASE_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPassword,
  type PasswordCheckResult,
  type PasswordContext,
} from './password-policy';
export { normaliseCnMobile } from './mobile';
