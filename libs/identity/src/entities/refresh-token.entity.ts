import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { User } from './user.entity';

/**
 * One refresh token of a rotating family. A token presented after it was rotated means the
 * family leaked: the whole family is revoked.
 */
@Entity('refresh_token')
@Index('ix_refresh_token_family', ['familyId'])
@Index('ix_refresh_token_user', ['userId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  familyId!: string;

  /** sha256 of the token's secret part (high entropy, so a fast hash is enough). */
  @Column({ type: 'text' })
  secretHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** The session's absolute end, set at sign-in and copied on rotation: rotation never extends it. */
  @Column({ type: 'timestamptz' })
  sessionExpiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
