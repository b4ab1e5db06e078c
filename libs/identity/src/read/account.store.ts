import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../entities/user.entity';

/** Users looked up for their own account: by address (any case), and with the password hash. */
@Injectable()
export class AccountStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The user registered with this address in any letter case, or null. */
  byEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager
      .createQueryBuilder(User, 'user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** The user registered with this address in any letter case, with the password hash, or null. */
  byEmailWithPasswordHash(email: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** The user with the (normally unselected) password hash, or null. */
  withPasswordHash(id: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id })
      .getOne();
  }
}
