import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale } from '../entities/user.entity';
import { emailNotVerified } from '../services/identity-errors';

/** What a mail to a user needs: where, to whom, in which language. */
export interface MailIdentity {
  email: string;
  displayName: string;
  locale: Locale;
}

/** Users as other contexts see them (notify's mails, inbox language, unsubscribe links). */
@Injectable()
export class Users {
  constructor(private readonly dataSource: DataSource) {}

  /** Undefined when the user no longer exists. */
  async mailIdentity(userId: string): Promise<MailIdentity | undefined> {
    const [row] = await this.dataSource.query<MailIdentity[]>(
      `SELECT email, display_name AS "displayName", locale FROM app_user WHERE id = $1`,
      [userId],
    );
    return row;
  }

  /** The user's language; zh-CN for a user that no longer exists. */
  async localeOf(userId: string): Promise<Locale> {
    return (await this.mailIdentity(userId))?.locale ?? 'zh-CN';
  }

  /** Whether the user verified their address (publishing and interest wait for it). */
  async emailVerified(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ verified: boolean }[]>(
      'SELECT email_verified_at IS NOT NULL AS verified FROM app_user WHERE id = $1',
      [userId],
    );
    return row?.verified ?? false;
  }

  /** Throws 403 EMAIL_NOT_VERIFIED unless the user verified their address. */
  async assertEmailVerified(userId: string): Promise<void> {
    if (!(await this.emailVerified(userId))) throw emailNotVerified();
  }

  async exists(userId: string): Promise<boolean> {
    const [{ exists }] = await this.dataSource.query<{ exists: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM app_user WHERE id = $1) AS exists',
      [userId],
    );
    return exists;
  }
}
