import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const PLATFORM_ROLES = ['admin', 'organiser'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

@Entity('app_user')
@Index('uq_app_user_email_lower', { synchronize: false })
@Check('ck_app_user_locale', `locale IN ('zh-CN', 'en')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored as typed; uniqueness is case-insensitive (unique index on lower(email)). */
  @Column({ type: 'text' })
  email!: string;

  /** +86XXXXXXXXXXX */
  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', default: 'zh-CN' })
  locale!: Locale;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  platformRoles!: PlatformRole[];

  /** Set when the user opened the link mailed to `email`; null: publishing and interest wait. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
