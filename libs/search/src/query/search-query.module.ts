import { Module } from '@nestjs/common';
import { SearchModule } from '../search.module';
import { SearchService } from './search.service';

/** The read side of search: GET /search's service, on top of the shared client. */
@Module({
  imports: [SearchModule],
  providers: [SearchService],
  exports: [SearchService],
})
export class SearchQueryModule {}
