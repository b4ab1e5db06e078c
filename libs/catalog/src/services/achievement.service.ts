import { Injectable } from '@nestjs/common';
import { FieldProblem } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { CreateAchievementDto, PatentDto, UpdateAchievementDto } from '../dto/achievement.dto';
import { Achievement, AchievementPatent } from '../entities/achievement.entity';
import { parsePatentNumber } from '../vocabulary/patent-number';
import { ListingDrafts } from './listing-drafts';
import { ListingValidator } from './listing-validator';
import { ListingView } from './listing-views';

/** 科技成果: patents with valid check digits, licence terms that fit the transfer modes. */
@Injectable()
export class AchievementService {
  constructor(
    private readonly drafts: ListingDrafts,
    private readonly validator: ListingValidator,
  ) {}

  create(caller: AuthenticatedUser, input: CreateAchievementDto): Promise<ListingView> {
    const patents = this.parsePatents(input.patents ?? []);
    this.validator.fail([...patents.problems, ...this.problems(input, {})]);
    const { organisationId, ...fields } = input;
    return this.drafts.create('achievement', caller, organisationId, {
      ...this.fields(fields),
      patents: patents.value,
    });
  }

  update(caller: AuthenticatedUser, id: string, body: UpdateAchievementDto): Promise<ListingView> {
    const { version, ...input } = body;
    const patents = input.patents === undefined ? undefined : this.parsePatents(input.patents);
    this.validator.fail([...(patents?.problems ?? []), ...this.validator.problems(input)]);
    return this.drafts.update('achievement', caller, id, version, (achievement) => {
      this.validator.fail(this.problems(input, achievement));
      Object.assign(achievement, this.fields(input));
      if (patents) achievement.patents = patents.value;
    });
  }

  private parsePatents(patents: PatentDto[]): {
    value: AchievementPatent[];
    problems: FieldProblem[];
  } {
    const value: AchievementPatent[] = [];
    const problems: FieldProblem[] = [];
    patents.forEach((patent, index) => {
      const parsed = parsePatentNumber(patent.number);
      if (!parsed.ok) {
        problems.push({ field: `patents.${index}.number`, messages: [parsed.message] });
        return;
      }
      value.push({
        number: parsed.value,
        type: parsed.type,
        legalStatus: patent.legalStatus,
        title: patent.title,
      });
    });
    if (new Set(value.map((p) => p.number)).size !== value.length) {
      problems.push({ field: 'patents', messages: ['lists the same patent twice'] });
    }
    return { value, problems };
  }

  private problems(
    input: Omit<UpdateAchievementDto, 'version'>,
    current: Partial<Achievement>,
  ): FieldProblem[] {
    const problems = this.validator.problems(input);
    const modes = input.transferModes ?? current.transferModes ?? [];
    const kinds = input.licenceKinds ?? current.licenceKinds ?? [];
    if (kinds.length > 0 && !modes.includes('licence')) {
      problems.push({ field: 'licenceKinds', messages: ['need "licence" among transferModes'] });
    }
    // undefined keeps the current terms; null clears them.
    const terms =
      (input.openLicenceTerms !== undefined ? input.openLicenceTerms : current.openLicenceTerms) ??
      null;
    if (kinds.includes('open') && !terms) {
      problems.push({
        field: 'openLicenceTerms',
        messages: ['are required for an open (一对多) licence'],
      });
    }
    return problems;
  }

  private fields(input: Omit<UpdateAchievementDto, 'version'>): Partial<Achievement> {
    const { patents: _patents, ...rest } = input;
    const fields = { ...rest } as Partial<Achievement>;
    if (input.industryCode !== undefined)
      fields.industryCode = this.validator.normaliseIndustry(input.industryCode);
    return fields;
  }
}
