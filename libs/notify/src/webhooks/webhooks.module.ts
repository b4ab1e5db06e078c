import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookAttempt, WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookDeliveries } from './webhook-deliveries';

const SERVICES = [WebhookDeliveries];

/** Signed webhooks per organisation: endpoints, deliveries with retries, the delivery log. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpoint, WebhookDelivery, WebhookAttempt])],
  providers: SERVICES,
  exports: SERVICES,
})
export class WebhooksModule {}
