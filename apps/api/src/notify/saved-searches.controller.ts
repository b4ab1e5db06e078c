import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

/** Placeholder: routes land with issue 4. */
@ApiTags('saved-searches')
@Controller()
export class SavedSearchesController {}
