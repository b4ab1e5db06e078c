import { Clock } from '@rongtong/common';
import type { PlatformRole } from '../entities/user.entity';
import { CALLER_ROLES_TTL_MS, CallerRoles } from './caller-roles';
import { PlatformRolesStore } from './platform-roles.store';

class MovableClock extends Clock {
  at = new Date('2026-05-01T00:00:00Z');
  override now(): Date {
    return this.at;
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

function setUp(initial: PlatformRole[] | undefined) {
  const stored = { roles: initial, reads: 0 };
  const store = {
    rolesOf: (): Promise<PlatformRole[] | undefined> => {
      stored.reads += 1;
      return Promise.resolve(stored.roles);
    },
  } as unknown as PlatformRolesStore;
  const clock = new MovableClock();
  return { stored, clock, roles: new CallerRoles(store, clock) };
}

describe('CallerRoles', () => {
  it('reuses a lookup within the TTL and reads the database again after it', async () => {
    const { stored, clock, roles } = setUp(['admin']);

    expect(await roles.of('u1')).toEqual(['admin']);
    stored.roles = [];
    clock.advance(CALLER_ROLES_TTL_MS - 1);
    expect(await roles.of('u1')).toEqual(['admin']);
    clock.advance(1);
    expect(await roles.of('u1')).toEqual([]);
    expect(stored.reads).toBe(2);
  });

  it('invalidate makes the next call read the database', async () => {
    const { stored, roles } = setUp(['organiser']);

    await roles.of('u1');
    stored.roles = [];
    roles.invalidate('u1');
    expect(await roles.of('u1')).toEqual([]);
  });

  it('a user that does not exist has no roles (undefined)', async () => {
    const { roles } = setUp(undefined);

    expect(await roles.of('ghost')).toBeUndefined();
  });
});
