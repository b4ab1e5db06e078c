import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQuery } from '@rongtong/common';
import {
  USCC_CLAIM_KINDS,
  USCC_CLAIM_STATUSES,
  UsccClaimKind,
  UsccClaimStatus,
} from '../entities/uscc-claim.entity';

/** A claim to represent the legal entity with this USCC, with the proof offered. */
export class SubmitUsccClaimDto {
  @ApiProperty({ description: '统一社会信用代码 (GB 32100-2015)', example: '91210211MA0XXXXXXX' })
  @IsString()
  @MaxLength(40)
  uscc!: string;

  @ApiProperty({
    description:
      '证明材料说明：营业执照信息、授权书、可供核实的联系人等 (what proves you represent the company)',
  })
  @IsString()
  @Length(5, 2000)
  evidence!: string;

  @ApiPropertyOptional({
    description: 'The company name as on its licence (defaults to the registered name)',
  })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  claimedName?: string;
}

/** A reviewer's decision; a reason is required to reject or revoke. */
export class UsccClaimDecisionDto {
  @ApiPropertyOptional({ description: '理由（驳回、撤销时必填）' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  reason?: string;
}

export class UsccClaimQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: USCC_CLAIM_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(USCC_CLAIM_STATUSES)
  status: UsccClaimStatus = 'pending';

  @ApiPropertyOptional({ enum: USCC_CLAIM_KINDS })
  @IsOptional()
  @IsIn(USCC_CLAIM_KINDS)
  kind?: UsccClaimKind;
}
