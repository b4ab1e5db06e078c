import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuditLog } from '../entities/audit-log.entity';
import type { PlatformRole } from '../entities/user.entity';
import type { AuthenticatedUser } from '../services/access-token.service';
import { CallerRoles } from './caller-roles';
import { PlatformRolesStore } from './platform-roles.store';

/** Admins grant and remove platform roles; every change is audited and applies at once here. */
@Injectable()
export class PlatformRoleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly store: PlatformRolesStore,
    private readonly callerRoles: CallerRoles,
  ) {}

  async replace(
    caller: AuthenticatedUser,
    userId: string,
    roles: PlatformRole[],
  ): Promise<PlatformRole[]> {
    if (!caller.platformRoles.includes('admin'))
      throw new ForbiddenError('ADMIN_ONLY', 'Only platform admins may do this');
    const wanted = [...new Set(roles)].sort();
    await this.transactions.run(async (manager) => {
      if (!(await this.store.replace(manager, userId, wanted)))
        throw new NotFoundError('USER_NOT_FOUND', 'No such user');
      await manager.save(
        manager.create(AuditLog, {
          actorUserId: caller.id,
          action: 'user.platform_roles_replaced',
          subjectType: 'user',
          subjectId: userId,
          details: { roles: wanted },
        }),
      );
    });
    this.callerRoles.invalidate(userId);
    return wanted;
  }
}
