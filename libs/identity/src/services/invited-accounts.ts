import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { uniqueViolation } from '@rongtong/database';
import { Locale, User } from '../entities/user.entity';
import { AccountStore } from '../read/account.store';
import { checkPassword } from '../validation/password-policy';
import { emailTaken, weakPassword } from './identity-errors';
import { PasswordHasher } from './password-hasher';

export interface InvitedPerson {
  /** The address the invitation was mailed to. */
  email: string;
  displayName: string;
  password: string;
  locale?: Locale;
}

/**
 * Accounts for people another context invited by mail and who belong to no organisation here,
 * such as an external expert asked to evaluate one challenge. The account has no membership and
 * no platform role, so it can do only what the inviting context grants it; its address counts as
 * verified, since the invitation's link reached it. A registered address is a 409: that person
 * signs in and accepts instead.
 */
@Injectable()
export class InvitedAccounts {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountStore,
    private readonly clock: Clock,
  ) {}

  /** Creates the account in the caller's transaction (with the invitation it redeems). */
  async create(manager: EntityManager, person: InvitedPerson): Promise<{ userId: string }> {
    const email = person.email.trim();
    const displayName = person.displayName.trim();
    const password = checkPassword(person.password, { email, displayName });
    if (!password.ok) throw weakPassword(password.problems);
    if (await this.accounts.byEmail(email, manager)) throw emailTaken();
    const passwordHash = await this.hasher.hash(person.password);
    try {
      const user = await manager.save(
        manager.create(User, {
          email,
          mobile: null,
          displayName,
          locale: person.locale ?? 'zh-CN',
          passwordHash,
          platformRoles: [],
          emailVerifiedAt: this.clock.now(),
        }),
      );
      return { userId: user.id };
    } catch (error) {
      if (uniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }
}
