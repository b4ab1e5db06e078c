import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationFailedError,
} from '@rongtong/common';

/** Denials that must not reveal whether the organisation exists share this one error. */
export const organisationNotFound = (): NotFoundError =>
  new NotFoundError('ORGANISATION_NOT_FOUND', 'Organisation not found');

export const emailTaken = (): ConflictError =>
  new ConflictError('EMAIL_TAKEN', 'An account with this email exists already', [
    { field: 'email', messages: ['is already registered'] },
  ]);

export const usccTaken = (field = 'organisation.uscc'): ConflictError =>
  new ConflictError('USCC_TAKEN', 'An organisation with this USCC is registered already', [
    { field, messages: ['is already registered'] },
  ]);

export const invalidCredentials = (): UnauthenticatedError =>
  new UnauthenticatedError('INVALID_CREDENTIALS', 'Email or password is wrong');

export const weakPassword = (problems: string[]): ValidationFailedError =>
  new ValidationFailedError(
    [{ field: 'password', messages: problems }],
    'PASSWORD_WEAK',
    'The password is too weak',
  );

export const emailNotVerified = (): ForbiddenError =>
  new ForbiddenError(
    'EMAIL_NOT_VERIFIED',
    '请先验证邮箱：打开我们发送的验证邮件中的链接后再发布或表达意向 (verify your email address first)',
  );
