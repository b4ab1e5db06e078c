import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import {
  APP_CONFIG,
  AppConfig,
  ConfigModule,
  DomainExceptionFilter,
  LoggingModule,
} from '@rongtong/common';
import { DatabaseModule } from '@rongtong/database';
import { HealthModule } from '@rongtong/health';
import { IdentityModule } from '@rongtong/identity';
import { JobsModule } from '@rongtong/jobs';
import { SearchModule } from '@rongtong/search';
import { AdminController } from './admin/admin.controller';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AuthController, MeController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';
import {
  InvitationsController,
  OrganisationsController,
} from './identity/organisations.controller';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    JobsModule.forRoot(),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.auth.rateLimitPerMinute }],
    }),
    IdentityModule,
    SearchModule,
    HealthModule,
  ],
  controllers: [
    AuthController,
    MeController,
    OrganisationsController,
    InvitationsController,
    AdminController,
    HealthController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
  ],
})
export class ApiModule {}
