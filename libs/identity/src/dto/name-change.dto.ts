import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '@rongtong/common';
import {
  NAME_CHANGE_STATUSES,
  NameChangeStatus,
} from '../entities/organisation-name-change.entity';

export class NameChangeDecisionDto {
  @ApiPropertyOptional({ description: '理由（驳回时必填）' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  reason?: string;
}

export class NameChangeQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NAME_CHANGE_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(NAME_CHANGE_STATUSES)
  status: NameChangeStatus = 'pending';
}
