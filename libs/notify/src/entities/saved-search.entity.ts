import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A user's saved `q` + filters; newly published listings that match produce alerts. */
@Entity('saved_search')
@Index('ix_saved_search_enabled', ['enabled'])
@Index('ix_saved_search_user', ['userId'])
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The search API's query parameters (validated like GET /search), without paging. */
  @Column({ type: 'jsonb' })
  query!: Record<string, string>;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastAlertAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
