import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Where an organisation wants events POSTed, and the secret their signatures use. */
@Entity('webhook_endpoint')
@Index('ix_webhook_endpoint_organisation', ['organisationId'])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** HMAC-SHA256 key; shown to the owners once, at creation and rotation. */
  @Column({ type: 'text', select: false })
  secret!: string;

  /** Notification types this endpoint receives; empty means all. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eventTypes!: string[];

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Deliveries in a row that exhausted their retries; reset by a success. */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  disabledReason!: string | null;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
