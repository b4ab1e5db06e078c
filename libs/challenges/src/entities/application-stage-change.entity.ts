import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every stage change of an application: who, when, from, to, and why. */
@Entity('application_stage_change')
@Index('ix_application_stage_change_application', ['applicationId'])
export class ApplicationStageChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text', nullable: true })
  fromStage!: string | null;

  @Column({ type: 'text' })
  toStage!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
