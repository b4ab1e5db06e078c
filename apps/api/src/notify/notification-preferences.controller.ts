import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/** Placeholder: routes land with issue 4. */
@ApiTags('notification-preferences')
@Controller()
export class NotificationPreferencesController {}
