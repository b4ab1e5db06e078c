import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-catalogue';

export const JOB_HANDLER_METADATA = 'rongtong:job-handler';

/**
 * Marks a provider method as the handler of one job. The worker finds handlers at boot and
 * refuses to start if a catalogued job has none or two.
 */
export const JobHandler = (name: JobName): MethodDecorator =>
  SetMetadata(JOB_HANDLER_METADATA, name);
