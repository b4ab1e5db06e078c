import { ApiProperty } from '@nestjs/swagger';
import type { AgendaOutcomeView, DirectoryEntry, SideOutcome } from '@rongtong/events';
import {
  ATTENDANCE_MODES,
  MEETING_OUTCOMES,
  MEETING_PREFERENCES,
  REQUEST_STATUSES,
} from '@rongtong/events';
import { ORGANISATION_TYPES } from '@rongtong/identity';
import { BroughtListingSchema, RequestReasonSchema } from './events.responses';

// Response schemas of the participant directory and the agenda's outcomes; each `implements`
// the view the service returns.

export class DirectoryRequestSchema implements NonNullable<DirectoryEntry['request']> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: NonNullable<
    DirectoryEntry['request']
  >['status'];
  @ApiProperty({ enum: ['sent', 'received'] }) direction!: 'sent' | 'received';
}

export class DirectoryEntrySchema implements DirectoryEntry {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) organisationType!: DirectoryEntry['organisationType'];
  @ApiProperty({ example: '3421' }) industryCode!: string;
  @ApiProperty({ example: '金属切削机床制造' }) industryName!: string;
  @ApiProperty({ example: 'C' }) industrySection!: string;
  @ApiProperty({ example: '制造业' }) industrySectionName!: string;
  @ApiProperty({ type: [BroughtListingSchema] }) listings!: BroughtListingSchema[];
  @ApiProperty() attendeeCount!: number;
  @ApiProperty({ enum: ATTENDANCE_MODES }) attendance!: DirectoryEntry['attendance'];
  @ApiProperty({ type: Number, nullable: true, description: '匹配度 0–100 (null: no match)' })
  matchScore!: number | null;
  @ApiProperty({ type: [RequestReasonSchema], description: '推荐理由' })
  reasons!: RequestReasonSchema[];
  @ApiProperty({ type: DirectoryRequestSchema, nullable: true })
  request!: DirectoryRequestSchema | null;
  @ApiProperty({ enum: [...MEETING_PREFERENCES, 'none'] })
  preference!: DirectoryEntry['preference'];
}

export class SideOutcomeSchema implements SideOutcome {
  @ApiProperty({ enum: MEETING_OUTCOMES }) outcome!: SideOutcome['outcome'];
  @ApiProperty({ example: '意向签约' }) outcomeLabel!: string;
  @ApiProperty({ type: Number, nullable: true, description: '万元' }) amountWan!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Only your own side’s note' })
  note!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class AgendaOutcomeSchema implements AgendaOutcomeView {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ type: SideOutcomeSchema, nullable: true }) mine!: SideOutcomeSchema | null;
  @ApiProperty({
    type: SideOutcomeSchema,
    nullable: true,
    description: "The other side's outcome, once you have recorded yours",
  })
  theirs!: SideOutcomeSchema | null;
  @ApiProperty({ description: 'The other side has recorded its outcome' })
  theirsRecorded!: boolean;
}
