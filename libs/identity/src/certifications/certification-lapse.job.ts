import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { CertificationService } from './certification.service';

/** The daily job that notices certificates whose validity ended (see recordLapses). */
@Injectable()
export class CertificationLapseJob {
  constructor(private readonly certifications: CertificationService) {}

  @JobHandler('identity.record-certification-lapses')
  async run(payload: JobPayload<'identity.record-certification-lapses'>): Promise<JobResult> {
    const lapsed = await this.certifications.recordLapses(payload.batchSize);
    return { status: 'done', detail: `${lapsed} lapsed` };
  }
}
