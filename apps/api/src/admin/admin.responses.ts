import { ApiProperty } from '@nestjs/swagger';
import type { FailedJobView } from './queue-dashboard-jobs';

export class FailedJobSchema implements FailedJobView {
  @ApiProperty({ type: String, nullable: true }) id!: string | undefined;
  @ApiProperty({ example: 'search.index-listing' }) name!: string;
  @ApiProperty({ description: 'The job payload (ids only)' }) data!: unknown;
  @ApiProperty() failedReason!: string;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt!: Date | null;
}

export class FailedJobPageSchema {
  @ApiProperty({ type: [FailedJobSchema] }) items!: FailedJobSchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class QueueDashboardSessionSchema {
  @ApiProperty({ example: '/admin/queues' }) path!: string;
  @ApiProperty() expiresInSeconds!: number;
}

export class UsccExceptionRecordedSchema {
  @ApiProperty() uscc!: string;
  @ApiProperty() recorded!: boolean;
}
