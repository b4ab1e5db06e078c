import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? (value as unknown[]).map((item) => (typeof item === 'string' ? item.trim() : item))
    : value;

/** Fields every listing input shares. */
export class ListingFieldsDto {
  @ApiProperty({ example: '数控机床主轴热变形补偿技术' })
  @Transform(trimmed)
  @IsString()
  @Length(4, 120)
  title!: string;

  @ApiProperty({ type: [String], example: ['数控机床', '热变形', '误差补偿'] })
  @Transform(trimmedList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 30, { each: true })
  keywords!: string[];

  @ApiProperty({ description: 'GB/T 4754-2017 code', example: '3421' })
  @Matches(/^([A-T]|[A-T]?\d{2,4})$/, {
    message: 'industryCode must be a section letter or 2–4 digits',
  })
  industryCode!: string;

  @ApiProperty({ description: 'GB/T 2260 six-digit code', example: '210211' })
  @Matches(/^\d{6}$/, { message: 'regionCode must be six digits' })
  regionCode!: string;

  @ApiProperty({
    description: 'Last day the listing is open (YYYY-MM-DD), in the future',
    example: '2027-06-30',
  })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date YYYY-MM-DD' })
  validUntil!: string;
}

export class OrganisationRefDto {
  @ApiProperty({ description: 'The owning organisation; the caller must be a member' })
  @IsString()
  @MaxLength(36)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'organisationId must be a UUID' })
  organisationId!: string;
}

export { trimmed, trimmedList };
