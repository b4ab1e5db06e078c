import { Injectable } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '@rongtong/common';
import { IndustryCatalog } from '../reference/industry-catalog';
import { RegionCatalog } from '../reference/region-catalog';

/** Checks region and industry codes against the real GB/T 2260 and GB/T 4754-2017 lists. */
@Injectable()
export class ReferenceValidator {
  readonly regions = RegionCatalog.shared();
  readonly industries = IndustryCatalog.shared();

  regionProblem(field: string, code: string): FieldProblem | undefined {
    return this.regions.isValid(code)
      ? undefined
      : { field, messages: [`"${code}" is not a known GB/T 2260 region code`] };
  }

  industryProblem(field: string, code: string): FieldProblem | undefined {
    return this.industries.isValid(code)
      ? undefined
      : { field, messages: [`"${code}" is not a known GB/T 4754-2017 industry code`] };
  }

  assertRegion(field: string, code: string): void {
    const problem = this.regionProblem(field, code);
    if (problem) throw new ValidationFailedError([problem], 'REGION_UNKNOWN', problem.messages[0]);
  }

  assertIndustry(field: string, code: string): void {
    const problem = this.industryProblem(field, code);
    if (problem)
      throw new ValidationFailedError([problem], 'INDUSTRY_UNKNOWN', problem.messages[0]);
  }
}
