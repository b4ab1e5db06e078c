import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { RequestReason } from './meeting-request.entity';

/** An organisation invited to register (from the suggestions), with why it was suggested. */
@Entity('event_invitation')
export class EventInvitation {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  invitedByUserId!: string;

  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @Column({ type: 'jsonb', default: [] })
  reasons!: RequestReason[];

  @CreateDateColumn({ type: 'timestamptz' })
  invitedAt!: Date;
}
