import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'abandoned'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint. Its id is the idempotency key the receiver sees in every attempt;
 * the dedup key (per endpoint) keeps a re-run job from recording the event twice.
 */
@Entity('webhook_delivery')
@Index('uq_webhook_delivery_dedup', ['endpointId', 'dedupKey'], { unique: true })
@Index('ix_webhook_delivery_endpoint_created', ['endpointId', 'createdAt'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  endpointId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  dedupKey!: string;

  /** The JSON body, exactly as signed and sent. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The delivery log: one row per HTTP attempt, with what the receiver answered. */
@Entity('webhook_attempt')
@Index('ix_webhook_attempt_delivery', ['deliveryId'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer' })
  durationMs!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
