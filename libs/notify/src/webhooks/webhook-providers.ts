import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookEndpointHealth } from './webhook-endpoint-health';
import { WebhookEndpoints } from './webhook-endpoints';
import { WebhookHttpClient } from './webhook-http-client';
import { WebhookSender } from './webhook-sender';
import { HostResolver, WebhookUrlPolicy } from './webhook-url-policy';
import { WebhookStore } from './webhooks.store';

/** The webhook services NotifyModule provides (and exports). */
export const WEBHOOK_PROVIDERS = [
  WebhookStore,
  WebhookDeliveries,
  WebhookEndpoints,
  WebhookEndpointHealth,
  WebhookHttpClient,
  WebhookSender,
  WebhookUrlPolicy,
  HostResolver,
];
