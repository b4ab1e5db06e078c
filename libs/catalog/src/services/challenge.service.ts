import { Injectable } from '@nestjs/common';
import { FieldProblem } from '@rongtong/common';
import { AuthenticatedUser, ReferenceValidator } from '@rongtong/identity';
import { CreateChallengeDto, UpdateChallengeDto } from '../dto/challenge.dto';
import { Challenge } from '../entities/challenge.entity';
import { ListingDrafts } from './listing-drafts';
import { ListingValidator } from './listing-validator';
import { ListingView } from './listing-views';

/** 榜单: evaluation weights sum to 100, eligibility regions are real codes. */
@Injectable()
export class ChallengeService {
  constructor(
    private readonly drafts: ListingDrafts,
    private readonly validator: ListingValidator,
    private readonly reference: ReferenceValidator,
  ) {}

  create(caller: AuthenticatedUser, input: CreateChallengeDto): Promise<ListingView> {
    this.validator.fail(this.problems(input));
    const { organisationId, ...fields } = input;
    return this.drafts.create('challenge', caller, organisationId, this.fields(fields));
  }

  update(caller: AuthenticatedUser, id: string, body: UpdateChallengeDto): Promise<ListingView> {
    const { version, ...input } = body;
    this.validator.fail(this.problems(input));
    return this.drafts.update('challenge', caller, id, version, (challenge) =>
      Object.assign(challenge, this.fields(input)),
    );
  }

  private problems(input: Omit<UpdateChallengeDto, 'version'>): FieldProblem[] {
    const problems = this.validator.problems(input);
    if (input.evaluationCriteria) {
      const total = input.evaluationCriteria.reduce((sum, criterion) => sum + criterion.weight, 0);
      if (total !== 100) {
        problems.push({
          field: 'evaluationCriteria',
          messages: [`weights must sum to 100 (they sum to ${total})`],
        });
      }
      const names = input.evaluationCriteria.map((criterion) => criterion.name.trim());
      if (new Set(names).size !== names.length) {
        problems.push({
          field: 'evaluationCriteria',
          messages: ['criterion names must be distinct'],
        });
      }
    }
    (input.eligibleRegionCodes ?? []).forEach((code, index) => {
      const problem = this.reference.regionProblem(`eligibleRegionCodes.${index}`, code);
      if (problem) problems.push(problem);
    });
    return problems;
  }

  private fields(input: Omit<UpdateChallengeDto, 'version'>): Partial<Challenge> {
    const fields = { ...input } as Partial<Challenge>;
    if (input.industryCode !== undefined)
      fields.industryCode = this.validator.normaliseIndustry(input.industryCode);
    return fields;
  }
}
