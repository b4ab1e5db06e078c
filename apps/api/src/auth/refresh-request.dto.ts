import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Body of refresh and logout: the token in JSON, or nothing when it travels in the cookie. */
export class RefreshRequestDto {
  @ApiPropertyOptional({ description: 'Required unless X-Auth-Transport: cookie' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
