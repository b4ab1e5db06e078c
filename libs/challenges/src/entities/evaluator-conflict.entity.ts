import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CONFLICT_KINDS } from '../rules/vocabulary';

/** A conflict of interest: the evaluator is recused from (and cannot see) that application. */
@Entity('evaluator_conflict')
@Check('ck_evaluator_conflict_kind', `kind IN (${CONFLICT_KINDS.map((k) => `'${k}'`).join(', ')})`)
export class EvaluatorConflict {
  @PrimaryColumn({ type: 'uuid' })
  evaluatorId!: string;

  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Recorded by the platform (evaluator from the applicant's own organisation). */
  @Column({ type: 'boolean', default: false })
  automatic!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
