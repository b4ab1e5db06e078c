import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock, ValidationFailedError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import type { AccountMailPurpose } from '@rongtong/jobs';
import { User } from '../entities/user.entity';
import { AccountStore } from '../read/account.store';
import { checkPassword } from '../validation/password-policy';
import {
  AccountTokenPurpose,
  accountTokenValid,
  parseAccountToken,
  resetState,
  signAccountToken,
  verificationState,
} from './account-tokens';
import { AuthenticatedUser } from './access-token.service';
import { AuthService, TokenPair } from './auth.service';
import { invalidCredentials, weakPassword } from './identity-errors';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenService } from './refresh-token.service';

const tokenInvalid = (field = 'token') =>
  ValidationFailedError.field(
    field,
    '链接无效或已过期，请重新申请 (the link is invalid, used or expired; ask for a new one)',
    'TOKEN_INVALID',
  );

/** A signed account link, minted when the mail goes out. */
export interface AccountLink {
  url: string;
  expiresAt: Date;
}

/**
 * The account's own life: the address verified through a mailed link, password change and
 * reset by mail, sign-out everywhere. Answers never tell whether an address is registered.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly store: AccountStore,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokenService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues an account mail in the caller's transaction (the outbox relays it to the worker). */
  async requestMail(
    manager: EntityManager,
    userId: string,
    purpose: AccountMailPurpose,
  ): Promise<void> {
    await this.outbox.append(manager, {
      type: 'account.mail-requested',
      entityType: 'user',
      entityId: userId,
      version: 0,
      payload: { userId, purpose, requestId: randomUUID() },
    });
  }

  /** Sends the verification link again (nothing happens when the address is verified). */
  async resendVerification(caller: AuthenticatedUser): Promise<void> {
    const user = await this.users.findOneBy({ id: caller.id });
    if (!user || user.emailVerifiedAt) return;
    await this.transactions.run((manager) => this.requestMail(manager, user.id, 'verify-email'));
  }

  /** Marks the address verified; a used, expired or forged token is a 400 TOKEN_INVALID. */
  async verifyEmail(token: string): Promise<{ emailVerified: true }> {
    const parsed = parseAccountToken(token);
    const user = parsed ? await this.users.findOneBy({ id: parsed.userId }) : null;
    if (
      !user ||
      !accountTokenValid(
        this.config.auth.jwtSecret,
        token,
        'verify-email',
        verificationState(user),
        this.clock.now(),
      )
    ) {
      throw tokenInvalid();
    }
    await this.users.update(
      { id: user.id, emailVerifiedAt: IsNull() },
      { emailVerifiedAt: this.clock.now() },
    );
    return { emailVerified: true };
  }

  /** Mails a reset link when the address is registered; the same silence either way. */
  async forgotPassword(email: string): Promise<void> {
    const user = await this.store.byEmail(email);
    if (!user) return;
    await this.transactions.run((manager) => this.requestMail(manager, user.id, 'reset-password'));
  }

  /**
   * Sets a new password with a mailed token: the token dies with the old password hash (single
   * use), every session ends, and the address counts as verified (the mail reached its owner).
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const parsed = parseAccountToken(token);
    const user = parsed ? await this.store.withPasswordHash(parsed.userId) : null;
    if (
      !user ||
      !accountTokenValid(
        this.config.auth.jwtSecret,
        token,
        'reset-password',
        resetState(user),
        this.clock.now(),
      )
    ) {
      throw tokenInvalid();
    }
    await this.replacePassword(user, password, 'password', { verifyEmail: true });
  }

  /** Changes the password (the current one is required); other sessions end, a new one starts. */
  async changePassword(
    caller: AuthenticatedUser,
    currentPassword: string,
    newPassword: string,
  ): Promise<TokenPair> {
    const user = await this.store.withPasswordHash(caller.id);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new ValidationFailedError(
        [{ field: 'currentPassword', messages: ['当前密码不正确 (is not your current password)'] }],
        'CURRENT_PASSWORD_WRONG',
        'The current password is wrong',
      );
    }
    await this.replacePassword(user, newPassword, 'newPassword', { verifyEmail: false });
    return this.auth.startSession(user.id);
  }

  /** Ends every session of the caller (refresh tokens; access tokens run out within minutes). */
  async signOutEverywhere(caller: AuthenticatedUser): Promise<void> {
    await this.refreshTokens.revokeAllForUser(caller.id);
  }

  /** Mints the link an account mail carries; undefined when there is nothing left to do. */
  async link(userId: string, purpose: AccountTokenPurpose): Promise<AccountLink | undefined> {
    const user = await this.store.withPasswordHash(userId);
    if (!user) return undefined;
    const now = this.clock.now().getTime();
    if (purpose === 'verify-email') {
      if (user.emailVerifiedAt) return undefined;
      const expiresAt = new Date(now + this.config.auth.emailVerificationTtlHours * 3_600_000);
      const token = signAccountToken(
        this.config.auth.jwtSecret,
        purpose,
        verificationState(user),
        expiresAt,
      );
      return { url: `${this.config.publicUrl}/verify-email?token=${token}`, expiresAt };
    }
    const expiresAt = new Date(now + this.config.auth.passwordResetTtlMinutes * 60_000);
    const token = signAccountToken(
      this.config.auth.jwtSecret,
      purpose,
      resetState(user),
      expiresAt,
    );
    return { url: `${this.config.publicUrl}/reset-password?token=${token}`, expiresAt };
  }

  private async replacePassword(
    user: User,
    password: string,
    field: string,
    options: { verifyEmail: boolean },
  ): Promise<void> {
    const check = checkPassword(password, { email: user.email, displayName: user.displayName });
    if (!check.ok) {
      throw new ValidationFailedError(
        [{ field, messages: check.problems }],
        weakPassword(check.problems).code,
        'The password is too weak',
      );
    }
    const passwordHash = await this.hasher.hash(password);
    const changed = await this.transactions.run(async (manager) => {
      // Compare-and-set on the old hash: two uses of one reset token cannot both win.
      const result = await manager.update(
        User,
        { id: user.id, passwordHash: user.passwordHash },
        {
          passwordHash,
          ...(options.verifyEmail && !user.emailVerifiedAt
            ? { emailVerifiedAt: this.clock.now() }
            : {}),
        },
      );
      if (!result.affected) return false;
      await this.requestMail(manager, user.id, 'password-changed');
      return true;
    });
    if (!changed) throw options.verifyEmail ? tokenInvalid() : invalidCredentials();
    await this.refreshTokens.revokeAllForUser(user.id);
  }
}
