import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A domain event written in the same transaction as the record it describes; the worker's
 * relay turns it into BullMQ jobs. PostgreSQL is the only place work can't be lost.
 */
@Entity('outbox_event')
@Index('ix_outbox_event_pending', ['id'], { where: 'relayed_at IS NULL' })
@Index('ix_outbox_event_entity', ['entityType', 'entityId'])
@Index('ix_outbox_event_uncompleted', ['id'], {
  where: 'relayed_at IS NOT NULL AND completed_at IS NULL',
})
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /**
   * Globally unique and fixed for the row: job ids derive from it, so a relay replaying the row
   * reuses them, while a database restored or recreated (ids restart) can never collide with
   * jobs BullMQ still remembers.
   */
  @Column({ type: 'uuid', unique: true })
  @Generated('uuid')
  eventId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text' })
  entityId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;

  /**
   * Set by reconciliation once every job of the row finished (completed or failed for good).
   * Until then the row is the proof that its jobs must exist: if Redis lost them, they are
   * relayed again. Retention counts from here.
   */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  relayAttempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
