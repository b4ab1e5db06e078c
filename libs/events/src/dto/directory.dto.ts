import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ORGANISATION_TYPES, OrganisationType } from '@rongtong/identity';

/** Filters of the participant directory. */
export class DirectoryQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, description: 'Organisation type' })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES, { message: '机构类型不存在' })
  type?: OrganisationType;

  @ApiPropertyOptional({
    example: 'C',
    description: 'GB/T 4754 code (section letter or digits): participants within it',
  })
  @IsOptional()
  @Matches(/^[A-Za-z]?\d{0,4}$/, { message: '行业代码格式不正确（如 C 或 C34）' })
  industry?: string;
}
