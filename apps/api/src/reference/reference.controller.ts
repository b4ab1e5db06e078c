import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { NotFoundError } from '@rongtong/common';
import { ReferenceEntry, ReferenceLookup } from '@rongtong/identity';
import { Public } from '../auth/auth.decorators';
import { ApiErrors } from '../openapi/api-errors';

// eslint-disable-next-line no-control-regex -- rejecting control characters (NUL …) is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f]*$/;
const REGION_CODE = /^\d{6}$/;
const INDUSTRY_CODE = /^([A-Ta-t]|[A-Ta-t]?\d{2,4})$/;
/**
 * The data changes only with a release; an hour of freshness, then revalidation by the ETag
 * Express computes for every GET body (304 when unchanged).
 */
const CACHE_CONTROL = 'public, max-age=3600';

class ReferenceQuery {
  @ApiPropertyOptional({
    description: 'Name to search for (else the children of `parent`)',
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(NO_CONTROL_CHARACTERS, { message: 'q must not contain control characters' })
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20, description: 'Search hits at most' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class RegionQuery extends ReferenceQuery {
  @ApiPropertyOptional({ description: 'Six-digit code; omitted: provinces', example: '210000' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'parent must be a six-digit region code' })
  parent?: string;
}

export class IndustryQuery extends ReferenceQuery {
  @ApiPropertyOptional({ description: 'GB/T 4754 code; omitted: the 20 sections', example: 'C38' })
  @IsOptional()
  @Matches(INDUSTRY_CODE, { message: 'parent must be a section letter or 2–4 digits' })
  parent?: string;
}

export class ReferenceEntrySchema implements ReferenceEntry {
  @ApiProperty({ example: '210200' }) code!: string;
  @ApiProperty({ example: '大连市' }) name!: string;
  @ApiProperty({
    example: 'city',
    description: 'province, city, county; or section, division, group, class',
  })
  level!: string;
  @ApiProperty({ example: '辽宁省 大连市' }) fullName!: string;
  @ApiProperty({ type: [String], example: ['210000', '210200'] }) path!: string[];
  @ApiProperty() hasChildren!: boolean;
}

const unknownParent = (kind: 'region' | 'industry', code: string) =>
  new NotFoundError(`${kind.toUpperCase()}_NOT_FOUND`, `No ${kind} ${code}`);

/** 参考数据: GB/T 2260 regions and GB/T 4754-2017 industries for pickers, from the shipped data. */
@ApiTags('reference')
@Public()
@Controller('reference')
export class ReferenceController {
  private readonly lookup = new ReferenceLookup();

  @Get('regions')
  @Header('Cache-Control', CACHE_CONTROL)
  @ApiOperation({
    summary: 'Provinces, the cities of a province or the counties of a city; or a name search',
  })
  @ApiOkResponse({ type: [ReferenceEntrySchema] })
  @ApiErrors(404)
  regions(@Query() query: RegionQuery): ReferenceEntry[] {
    if (query.q !== undefined)
      return this.lookup.searchRegions(query.q, query.limit ?? 20, query.parent);
    const children = this.lookup.regionChildren(query.parent);
    if (!children) throw unknownParent('region', query.parent ?? '');
    return children;
  }

  @Get('regions/:code')
  @Header('Cache-Control', CACHE_CONTROL)
  @ApiOperation({ summary: 'One region with the codes from its province down' })
  @ApiOkResponse({ type: ReferenceEntrySchema })
  @ApiErrors(404)
  region(@Param('code') code: string): ReferenceEntry {
    const entry = REGION_CODE.test(code) ? this.lookup.regionEntry(code) : undefined;
    if (!entry) throw unknownParent('region', code);
    return entry;
  }

  @Get('industries')
  @Header('Cache-Control', CACHE_CONTROL)
  @ApiOperation({ summary: 'GB/T 4754 sections, or the children of a code; or a name search' })
  @ApiOkResponse({ type: [ReferenceEntrySchema] })
  @ApiErrors(404)
  industries(@Query() query: IndustryQuery): ReferenceEntry[] {
    if (query.q !== undefined)
      return this.lookup.searchIndustries(query.q, query.limit ?? 20, query.parent);
    const children = this.lookup.industryChildren(query.parent);
    if (!children) throw unknownParent('industry', query.parent ?? '');
    return children;
  }

  @Get('industries/:code')
  @Header('Cache-Control', CACHE_CONTROL)
  @ApiOperation({ summary: 'One industry with the codes from its section down' })
  @ApiOkResponse({ type: ReferenceEntrySchema })
  @ApiErrors(404)
  industry(@Param('code') code: string): ReferenceEntry {
    const entry = INDUSTRY_CODE.test(code) ? this.lookup.industryEntry(code) : undefined;
    if (!entry) throw unknownParent('industry', code);
    return entry;
  }
}
