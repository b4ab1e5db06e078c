import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change of a match: who (user and side), when, from, to, and why. */
@Entity('match_transition')
@Index('ix_match_transition_match', ['matchId'])
// The daily interest cap counts an organisation's interest actions of the day.
@Index('ix_match_transition_actor_organisation', ['actorOrganisationId', 'createdAt'])
export class MatchTransition {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  matchId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  fromState!: string;

  @Column({ type: 'text' })
  toState!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The side the actor acted for. */
  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
