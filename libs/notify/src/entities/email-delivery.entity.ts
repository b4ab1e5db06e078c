import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const EMAIL_DELIVERY_KINDS = ['single', 'digest'] as const;
export type EmailDeliveryKind = (typeof EMAIL_DELIVERY_KINDS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One mail to send. The dedup key (a notification id, or `digest:<user>:<period>`) is unique,
 * and the row's id becomes the Message-ID, so a retried send is recognisable downstream.
 */
@Entity('email_delivery')
@Index('uq_email_delivery_dedup', ['dedupKey'], { unique: true })
@Index('ix_email_delivery_user_created', ['userId', 'createdAt'])
export class EmailDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: EmailDeliveryKind;

  @Column({ type: 'text' })
  dedupKey!: string;

  /** The notifications this mail carries (one, or a digest's). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  notificationIds!: string[];

  @Column({ type: 'text', default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
