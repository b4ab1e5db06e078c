import { Injectable } from '@nestjs/common';
import { ConflictError, ForbiddenError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuditLog } from '../entities/audit-log.entity';
import { UsccException } from '../entities/uscc-exception.entity';
import { validateUscc } from '../validation/uscc';
import { AuthenticatedUser } from './access-token.service';

/** Admins record pilot USCCs that fail only their checksum; each exception is audited. */
@Injectable()
export class UsccExceptionService {
  constructor(private readonly transactions: TransactionRunner) {}

  async record(caller: AuthenticatedUser, uscc: string, reason: string): Promise<void> {
    if (!caller.platformRoles.includes('admin'))
      throw new ForbiddenError('ADMIN_ONLY', 'Only platform admins may do this');
    const result = validateUscc(uscc);
    if (result.ok)
      throw ValidationFailedError.field('uscc', 'is valid already: no exception needed');
    if (result.kind !== 'checksum') {
      throw ValidationFailedError.field(
        'uscc',
        `only checksum failures can be excepted: ${result.message}`,
      );
    }
    await this.transactions.run(async (manager) => {
      try {
        await manager.insert(UsccException, { uscc, reason, createdByUserId: caller.id });
      } catch (error) {
        if (uniqueViolation(error))
          throw new ConflictError('USCC_EXCEPTION_EXISTS', 'An exception exists for this USCC');
        throw error;
      }
      await manager.save(
        manager.create(AuditLog, {
          actorUserId: caller.id,
          action: 'uscc_exception.recorded',
          subjectType: 'uscc',
          subjectId: uscc,
          details: { reason, expectedCheck: result.expected ?? null },
        }),
      );
    });
  }
}
