import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { ApiError } from '../api/errors';
import type { Translate } from '../i18n/messages';
import type { accountMessages } from './account-messages';

type Key = keyof (typeof accountMessages)['zh-CN'];

/** The API's minimum; the rest of its policy (mix, common, personal) comes back as a 400. */
export function newPasswordRules(t: Translate<Key>): Rule[] {
  return [
    { required: true, message: t('required') },
    { min: 10, max: 128, message: t('passwordRule') },
  ];
}

/** The confirmation must equal the field `field`. */
export function confirmRules(t: Translate<Key>, field: string): Rule[] {
  return [
    { required: true, message: t('required') },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) =>
        !value || value === getFieldValue(field)
          ? Promise.resolve()
          : Promise.reject(new Error(t('mismatch'))),
    }),
  ];
}

/**
 * Puts the API's password problems under the form's fields; true when it did. The API names the
 * field (`password`, `newPassword`, `currentPassword`, `token`) and a code; the code picks the words.
 */
export function showPasswordErrors(
  form: FormInstance,
  error: unknown,
  t: Translate<Key>,
  fieldOf: Record<string, string>,
): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const words: Record<string, Key> = {
    CURRENT_PASSWORD_WRONG: 'currentWrong',
    TOKEN_INVALID: 'tokenInvalid',
  };
  const placed = error.fields.filter((problem) => fieldOf[problem.field]);
  form.setFields(
    placed.map((problem) => ({
      name: fieldOf[problem.field],
      errors: [t(words[error.code] ?? 'passwordWeak')],
    })),
  );
  return placed.length > 0;
}
