import { Injectable } from '@nestjs/common';
import { FieldProblem } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { CreateNeedDto, UpdateNeedDto } from '../dto/need.dto';
import { TechNeed } from '../entities/tech-need.entity';
import { ListingDrafts } from './listing-drafts';
import { ListingValidator } from './listing-validator';
import { ListingView } from './listing-views';

type NeedInput = Omit<UpdateNeedDto, 'version'>;

/** 技术需求: validation and field mapping; the shared steps live in ListingDrafts. */
@Injectable()
export class NeedService {
  constructor(
    private readonly drafts: ListingDrafts,
    private readonly validator: ListingValidator,
  ) {}

  create(caller: AuthenticatedUser, input: CreateNeedDto): Promise<ListingView> {
    this.validator.fail(this.problems(input, {}));
    const { organisationId, ...fields } = input;
    return this.drafts.create('need', caller, organisationId, this.fields(fields));
  }

  update(caller: AuthenticatedUser, id: string, body: UpdateNeedDto): Promise<ListingView> {
    const { version, ...input } = body;
    this.validator.fail(this.validator.problems(input));
    return this.drafts.update('need', caller, id, version, (need) => {
      this.validator.fail(this.problems(input, need));
      Object.assign(need, this.fields(input));
    });
  }

  /** Budget bounds are checked against the merged result, so a partial edit cannot invert them. */
  private problems(input: NeedInput, current: Partial<TechNeed>): FieldProblem[] {
    const problems = this.validator.problems(input);
    // undefined keeps the current value; null clears it.
    const min =
      (input.budgetMinWan !== undefined ? input.budgetMinWan : current.budgetMinWan) ?? null;
    const max =
      (input.budgetMaxWan !== undefined ? input.budgetMaxWan : current.budgetMaxWan) ?? null;
    if (min !== null && max !== null && min > max) {
      problems.push({ field: 'budgetMinWan', messages: [`must not exceed budgetMaxWan (${max})`] });
    }
    return problems;
  }

  private fields(input: NeedInput): Partial<TechNeed> {
    const fields: Partial<TechNeed> = { ...input };
    if (input.industryCode !== undefined)
      fields.industryCode = this.validator.normaliseIndustry(input.industryCode);
    return fields;
  }
}
