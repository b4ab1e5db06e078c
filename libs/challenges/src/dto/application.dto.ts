import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROPOSAL_LIMITS } from '../rules/proposal';
import { CONFLICT_KINDS, NOT_SELECTED_REASONS } from '../rules/vocabulary';

export class TeamMemberDto {
  @ApiProperty({ example: '王建国' }) @IsString() @Length(1, 50) name!: string;
  @ApiProperty({ example: '项目负责人' }) @IsString() @Length(1, 50) role!: string;
  @ApiProperty({ example: '教授级高工' }) @IsString() @Length(1, 50) title!: string;
}

export class MilestoneDto {
  @ApiProperty({ example: '2027-06-30' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  date!: string;
  @ApiProperty({ example: '样机完成台架试验' }) @IsString() @Length(1, 200) deliverable!: string;
  @ApiProperty({ description: "One of the challenge's technical indicators", example: '定位精度' })
  @IsString()
  @Length(1, 100)
  indicator!: string;
}

export class BudgetItemDto {
  @ApiProperty({ example: '设备费' }) @IsString() @Length(1, 100) item!: string;
  @ApiProperty({ description: '万元', example: 120 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  amountWan!: number;
}

/** The proposal as a draft saves it: every part optional, every part within its limits. */
export class ProposalDto {
  @ApiPropertyOptional({
    maxLength: PROPOSAL_LIMITS.summaryChars,
    description: '方案摘要（≤ 500 字）',
  })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_LIMITS.summaryChars, { message: '方案摘要不能超过 500 字' })
  summary?: string;

  @ApiPropertyOptional({ maxLength: PROPOSAL_LIMITS.approachChars })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_LIMITS.approachChars)
  technicalApproach?: string;

  @ApiPropertyOptional({ type: [TeamMemberDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROPOSAL_LIMITS.teamMembers)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  team?: TeamMemberDto[];

  @ApiPropertyOptional({ type: [MilestoneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROPOSAL_LIMITS.milestones)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones?: MilestoneDto[];

  @ApiPropertyOptional({ type: [BudgetItemDto], description: '预算明细（万元）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROPOSAL_LIMITS.budgetItems)
  @ValidateNested({ each: true })
  @Type(() => BudgetItemDto)
  budget?: BudgetItemDto[];

  @ApiPropertyOptional({ minimum: 1, maximum: 9 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlNow?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlAtDelivery?: number;

  @ApiPropertyOptional({ maxLength: PROPOSAL_LIMITS.ipChars })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_LIMITS.ipChars)
  ipArrangement?: string;
}

export class StartApplicationDto {
  @ApiProperty({ description: 'The applying organisation (you must be a member)' })
  @IsUUID()
  organisationId!: string;

  @ApiPropertyOptional({ type: ProposalDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalDto)
  proposal?: ProposalDto;
}

export class SaveDraftDto {
  @ApiProperty({ type: ProposalDto })
  @ValidateNested()
  @Type(() => ProposalDto)
  proposal!: ProposalDto;

  @ApiPropertyOptional({ description: 'The version you edited; a stale one is 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class DecisionDto {
  @ApiProperty({ enum: ['qualified', 'shortlisted', 'finalist', 'not_selected'] })
  @IsIn(['qualified', 'shortlisted', 'finalist', 'not_selected'])
  stage!: 'qualified' | 'shortlisted' | 'finalist' | 'not_selected';

  @ApiPropertyOptional({ enum: NOT_SELECTED_REASONS, description: 'Required for not_selected' })
  @IsOptional()
  @IsIn(NOT_SELECTED_REASONS)
  reason?: (typeof NOT_SELECTED_REASONS)[number];

  @ApiPropertyOptional({ description: 'Required for not_selected: the applicant reads it' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class AwardItemDto {
  @ApiProperty() @IsUUID() applicationId!: string;
  @ApiProperty({ description: '万元' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(10_000_000)
  amountWan!: number;
}

export class AwardDto {
  @ApiProperty({ type: [AwardItemDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AwardItemDto)
  winners!: AwardItemDto[];

  @ApiProperty({ description: '揭榜结果公告', example: '经评审，确定以下单位揭榜成功。' })
  @IsString()
  @Length(1, 4000)
  notice!: string;
}

export class ExtendDeadlineDto {
  @ApiProperty({
    description: 'The new deadline, an ISO instant after the current one',
    example: '2027-01-15T23:59:59+08:00',
  })
  @IsISO8601({ strict: true })
  deadlineAt!: string;
}

export class RoundSettingsDto {
  @ApiPropertyOptional({
    description: 'Milestones may not fall after this day',
    example: '2027-12-31',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  deliveryDate?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() allowBudgetOverReward?: boolean;

  @ApiPropertyOptional({ description: 'Evaluators see no applicant names while on' })
  @IsOptional()
  @IsBoolean()
  anonymousReview?: boolean;
}

export class AddEvaluatorDto {
  @ApiPropertyOptional({ description: 'A member of the owner organisation' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ description: 'An external expert, invited by email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
}

export class AcceptEvaluatorInvitationDto {
  @ApiProperty() @IsString() @Length(20, 200) token!: string;
}

/** An invited expert without an account: the invitation creates one for the invited address. */
export class AcceptEvaluatorInvitationWithAccountDto extends AcceptEvaluatorInvitationDto {
  @ApiProperty({ example: '王建国' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @ApiProperty({ minLength: 10, description: 'The new account password (the sign-up policy)' })
  @IsString()
  @MaxLength(128)
  password!: string;
}

export class DeclareConflictDto {
  @ApiProperty({ enum: CONFLICT_KINDS })
  @IsIn(CONFLICT_KINDS)
  kind!: (typeof CONFLICT_KINDS)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class ScorecardDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Criterion name → score 0–10',
    example: { 技术先进性: 8, 团队能力: 7.5 },
  })
  @IsObject()
  scores!: Record<string, number>;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class InviteCandidatesDto {
  @ApiProperty({ type: [String], description: 'Organisations among the challenge candidates' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  organisationIds!: string[];
}
