import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class RunScheduleDto {
  @ApiPropertyOptional({
    description:
      'Also move published (not pinned) meetings; by default a re-run after publication only fills free slots',
  })
  @IsOptional()
  @IsBoolean()
  replan?: boolean;
}

export class MoveMeetingDto {
  @ApiPropertyOptional({ minimum: 0, description: 'Slot index' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(400)
  slot?: number;

  @ApiPropertyOptional({
    minimum: 0,
    description: "Index in the event's tables (on-site meetings)",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  tableIndex?: number;

  @ApiPropertyOptional({ description: 'Pinned meetings stay where they are on a re-run' })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}

export class CheckInDto {
  @ApiPropertyOptional({ description: 'The signed token from the QR code' })
  @IsOptional()
  @IsString()
  @Length(10, 600)
  token?: string;

  @ApiPropertyOptional({ description: 'The 8-character code, typed', example: 'K7MX-3QPA' })
  @IsOptional()
  @IsString()
  @Length(6, 12)
  code?: string;
}
