import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/app-config';
import { requestIdOf } from './request-id';

/** Structured pino logs; each request gets an id (taken from X-Request-Id when sane). */
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Named wildcard: path-to-regexp 8 (Express 5) no longer accepts a bare '*'.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.log.level,
          transport: config.log.pretty
            ? { target: 'pino-pretty', options: { singleLine: true } }
            : undefined,
          genReqId: requestIdOf,
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.body.password',
              'req.body.refreshToken',
            ],
            censor: '[redacted]',
          },
          autoLogging: {
            ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false,
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
