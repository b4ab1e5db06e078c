import { Module } from '@nestjs/common';
import { SearchModule } from '@rongtong/search';
import { ReadinessService } from './readiness.service';

@Module({ imports: [SearchModule], providers: [ReadinessService], exports: [ReadinessService] })
export class HealthModule {}
