import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/** Placeholder: routes land with issue 4. */
@ApiTags('notifications')
@Controller()
export class InboxController {}
