import { Injectable } from '@nestjs/common';
import { Clock, FieldProblem, ValidationFailedError } from '@rongtong/common';
import { ReferenceValidator } from '@rongtong/identity';

export interface CommonListingInput {
  industryCode?: string;
  regionCode?: string;
  validUntil?: string;
  keywords?: string[];
}

/** Checks shared by every listing kind; collects all problems before failing. */
@Injectable()
export class ListingValidator {
  constructor(
    private readonly reference: ReferenceValidator,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  problems(input: CommonListingInput, field = (name: string) => name): FieldProblem[] {
    const problems: (FieldProblem | undefined)[] = [
      input.industryCode === undefined
        ? undefined
        : this.reference.industryProblem(field('industryCode'), input.industryCode),
      input.regionCode === undefined
        ? undefined
        : this.reference.regionProblem(field('regionCode'), input.regionCode),
    ];
    if (input.validUntil !== undefined && input.validUntil <= this.today()) {
      problems.push({
        field: field('validUntil'),
        messages: [`must be after today (${this.today()})`],
      });
    }
    if (input.keywords && new Set(input.keywords).size !== input.keywords.length) {
      problems.push({ field: field('keywords'), messages: ['must not repeat a keyword'] });
    }
    return problems.filter((problem) => problem !== undefined);
  }

  normaliseIndustry(code: string): string {
    return this.reference.industries.normalise(code) ?? code;
  }

  fail(problems: FieldProblem[]): void {
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }
}
