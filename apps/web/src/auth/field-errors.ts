import { ApiError } from '../api/errors';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/messages';
import type { authMessages } from './messages';

type AuthKey = keyof (typeof authMessages)['zh-CN'];

/**
 * What to say under a field for the API's error code. The API names the field and a stable code
 * for each problem; its own messages are English, so in Chinese the code picks the sentence.
 */
const BY_CODE: Record<string, AuthKey> = {
  USCC_LENGTH: 'usccLength',
  USCC_CHARACTER: 'usccCharacter',
  USCC_REGION: 'usccRegion',
  USCC_CHECKSUM: 'usccChecksum',
  USCC_TAKEN: 'usccTaken',
  USCC_ALREADY_VERIFIED: 'usccAlreadyVerified',
  EMAIL_TAKEN: 'emailTaken',
  PASSWORD_WEAK: 'passwordWeak',
  REGION_UNKNOWN: 'regionUnknown',
  INDUSTRY_UNKNOWN: 'industryUnknown',
};

/** For shape errors (VALIDATION_FAILED) the field decides. */
const BY_FIELD: Record<string, AuthKey> = {
  email: 'emailInvalid',
  'organisation.regionCode': 'regionUnknown',
  'organisation.industryCode': 'industryUnknown',
  'organisation.uscc': 'usccLength',
};

export interface FieldError {
  /** The form's name path, e.g. ['organisation', 'uscc']. */
  name: string[];
  errors: string[];
}

/** The API's field problems as antd form errors, in the page's language. */
export function fieldErrors(error: ApiError, t: Translate<AuthKey>, locale: Locale): FieldError[] {
  return error.fields.map((problem) => {
    const key = BY_CODE[error.code] ?? BY_FIELD[problem.field];
    const detail = problem.messages.join('; ');
    const zh = key ? t(key) : `${t('fieldInvalid')}（${detail}）`;
    return {
      name: problem.field.split('.'),
      errors: [locale === 'zh-CN' ? zh : key ? `${t(key)} (${detail})` : detail],
    };
  });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
