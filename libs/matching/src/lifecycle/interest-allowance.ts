import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, chinaDate, Clock, RateLimitedError } from '@rongtong/common';
import { OrganisationStanding, Organisations, Users } from '@rongtong/identity';
import { InterestCountStore } from '../persistence/interest-count.store';

const DAY_MS = 86_400_000;

/** The start of the China calendar day (UTC+8) that `instant` falls in. */
export function chinaDayStart(instant: Date): Date {
  return new Date(`${chinaDate(instant)}T00:00:00+08:00`);
}

/**
 * The organisation's interest cap for today: the smaller one while it is new or its USCC is
 * not verified (a self-declared code is no identity).
 */
export function interestCap(
  config: AppConfig['interest'],
  standing: OrganisationStanding | undefined,
  now: Date,
): number {
  const trusted =
    standing !== undefined &&
    standing.usccVerified &&
    now.getTime() - standing.createdAt.getTime() >= config.newOrganisationDays * DAY_MS;
  return trusted ? config.dailyCap : config.dailyCapNewOrganisation;
}

/**
 * Whether a user may show interest now for an organisation: a verified address (403
 * EMAIL_NOT_VERIFIED) and the organisation's daily cap (429 INTEREST_DAILY_CAP until China
 * midnight). Counted from match_transition under a lock, so replicas and races agree.
 */
@Injectable()
export class InterestAllowance {
  constructor(
    private readonly store: InterestCountStore,
    private readonly users: Users,
    private readonly organisations: Organisations,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertMayExpress(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<void> {
    await this.users.assertEmailVerified(userId);
    const now = this.clock.now();
    const cap = interestCap(
      this.config.interest,
      await this.organisations.standing(organisationId),
      now,
    );
    const dayStart = chinaDayStart(now);
    const used = await this.store.lockAndCountSince(manager, organisationId, dayStart);
    if (used < cap) return;
    const retryAfter = Math.ceil((dayStart.getTime() + DAY_MS - now.getTime()) / 1000);
    throw new RateLimitedError(
      retryAfter,
      'INTEREST_DAILY_CAP',
      `贵单位今天表达合作意向的次数已达上限（${cap} 次），请明天再试 (your organisation reached today's cap of ${cap} interest expressions)`,
    );
  }
}
