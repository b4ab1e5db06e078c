import { Module } from '@nestjs/common';

/** Saved searches and the alerts newly published listings raise for them. */
@Module({})
export class SavedSearchesModule {}
