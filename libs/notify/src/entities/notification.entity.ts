import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { User } from '@rongtong/identity';
import type { NotificationType } from './notification-types';

/** How a notification reaches the user's mailbox, if at all. */
export const EMAIL_STATES = ['none', 'queued', 'digest', 'sent', 'skipped'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/**
 * One inbox row per recipient and dedup key: a job that runs twice finds the key taken and
 * writes nothing. `params` hold what templates render (titles, score, reasons, contacts).
 */
@Entity('notification')
@Unique('uq_notification_recipient_dedup', ['userId', 'dedupKey'])
@Index('ix_notification_inbox', ['userId', 'readAt', 'createdAt'])
@Index('ix_notification_digest', ['emailState', 'userId'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The organisation the notification concerns (the recipient acts for it). */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text' })
  type!: NotificationType;

  @Column({ type: 'text' })
  dedupKey!: string;

  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, unknown>;

  /** What the notification links to, e.g. ('match', id) or ('need', id). */
  @Column({ type: 'text', nullable: true })
  subjectKind!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ type: 'text', default: 'none' })
  emailState!: EmailState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
