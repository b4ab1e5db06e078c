import { Injectable } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import type { PlatformRole } from '../entities/user.entity';
import { PlatformRolesStore } from './platform-roles.store';

/** How long a looked-up role set is reused in this process (a removal elsewhere waits this long). */
export const CALLER_ROLES_TTL_MS = 5_000;
const MAX_CACHED_USERS = 10_000;

interface Cached {
  roles: PlatformRole[] | undefined;
  until: number;
}

/**
 * The roles a caller holds now, read from the database (never from the token) and reused for a
 * few seconds; a change made through this process invalidates at once.
 */
@Injectable()
export class CallerRoles {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly store: PlatformRolesStore,
    private readonly clock: Clock,
  ) {}

  /** Undefined when the user no longer exists. */
  async of(userId: string): Promise<PlatformRole[] | undefined> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(userId);
    if (cached && cached.until > now) return cached.roles;
    const roles = await this.store.rolesOf(userId);
    if (this.cache.size >= MAX_CACHED_USERS) this.cache.clear();
    this.cache.set(userId, { roles, until: now + CALLER_ROLES_TTL_MS });
    return roles;
  }

  invalidate(userId: string): void {
    this.cache.delete(userId);
  }
}
