import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One evaluator's scorecard for one application: 0–10 per criterion, the weighted total, a comment. */
@Entity('application_score')
@Index('ix_application_score_application', ['applicationId'])
export class ApplicationScore {
  @PrimaryColumn({ type: 'uuid' })
  evaluatorId!: string;

  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  /** Criterion name → score 0–10. */
  @Column({ type: 'jsonb' })
  scores!: Record<string, number>;

  /** Σ score × weight / 10: 0–100. */
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  total!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
