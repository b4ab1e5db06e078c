import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PlatformRole } from '../entities/user.entity';

/** A user's platform roles as stored: the only source access decisions trust. */
@Injectable()
export class PlatformRolesStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Undefined when the user does not exist. */
  async rolesOf(userId: string): Promise<PlatformRole[] | undefined> {
    const [row] = await this.dataSource.query<{ roles: PlatformRole[] }[]>(
      'SELECT platform_roles AS roles FROM app_user WHERE id = $1',
      [userId],
    );
    return row?.roles;
  }

  /** Replaces the roles; false when the user does not exist. */
  async replace(manager: EntityManager, userId: string, roles: PlatformRole[]): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH updated AS (
         UPDATE app_user SET platform_roles = $2, updated_at = now() WHERE id = $1 RETURNING id
       ) SELECT id FROM updated`,
      [userId, roles],
    );
    return rows.length > 0;
  }
}
