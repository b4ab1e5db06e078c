import { Check, Column, Entity, Index } from 'typeorm';
import { decimalTransformer, ListingBase, listingStateCheck } from './listing-base';

/** 技术需求: what an SME needs solved. */
@Entity('tech_need')
@Check('ck_tech_need_status', listingStateCheck)
@Check(
  'ck_tech_need_budget',
  'budget_min_wan IS NULL OR budget_max_wan IS NULL OR budget_min_wan <= budget_max_wan',
)
@Check('ck_tech_need_trl', 'desired_trl IS NULL OR desired_trl BETWEEN 1 AND 9')
@Index('ix_tech_need_organisation', ['organisationId', 'status'])
@Index('ix_tech_need_status_valid_until', ['status', 'validUntil'])
export class TechNeed extends ListingBase {
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cooperationModes!: string[];

  @Column({
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  budgetMinWan!: number | null;

  @Column({
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  budgetMaxWan!: number | null;

  /** 面议: the budget is to be negotiated. */
  @Column({ type: 'boolean', default: false })
  budgetNegotiable!: boolean;

  /** The lowest TRL the SME can work with. */
  @Column({ type: 'smallint', nullable: true })
  desiredTrl!: number | null;

  /** Hide the owner's name until a match is mutual. */
  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;
}
