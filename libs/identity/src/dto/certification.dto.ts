import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBase64,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQuery } from '@rongtong/common';
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  CertificationLevel,
  CertificationStatus,
  SME_TIERS,
  SmeTier,
} from '../entities/sme-certification.entity';

/**
 * An owner's claim of a 梯度培育 certificate, with its evidence. It is `pending` until an
 * organiser or admin checks it; the status is never the submitter's to set.
 */
export class SubmitCertificationDto {
  @ApiProperty({ enum: SME_TIERS }) @IsIn(SME_TIERS) tier!: SmeTier;

  @ApiProperty({ enum: CERTIFICATION_LEVELS })
  @IsIn(CERTIFICATION_LEVELS)
  level!: CertificationLevel;

  @ApiProperty({ example: '2024-07-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be YYYY-MM-DD' })
  issuedOn!: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be YYYY-MM-DD' })
  validUntil!: string;

  @ApiProperty({ description: '证书编号或公示文号', example: '工信部企业函〔2024〕123号' })
  @IsString()
  @Length(2, 100)
  certificateNumber!: string;

  @ApiProperty({ description: '认定机关', example: '工业和信息化部' })
  @IsString()
  @Length(2, 100)
  issuingAuthority!: string;

  @ApiPropertyOptional({ description: '公布名单的年度', example: 2024 })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  listYear?: number;
}

/** A reviewer's decision; a reason is required to reject or revoke. */
export class CertificationDecisionDto {
  @ApiPropertyOptional({ description: '理由（驳回、撤销时必填）' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  reason?: string;
}

export class CertificationQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CERTIFICATION_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(CERTIFICATION_STATUSES)
  status: CertificationStatus = 'pending';
}

/** An official list file (xlsx or csv) as base64, and whether to apply it or only check it. */
export class CertificationImportDto {
  @ApiProperty({ example: '2025年专精特新中小企业名单.xlsx' })
  @IsString()
  @Length(5, 200)
  @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end in .xlsx or .csv' })
  fileName!: string;

  @ApiProperty({ description: 'The file, base64-encoded (within the request body limit)' })
  @IsString()
  @IsBase64()
  contentBase64!: string;

  @ApiPropertyOptional({ default: false, description: 'false: dry run; true: verify the rows' })
  @IsOptional()
  @IsBoolean()
  commit?: boolean;
}
