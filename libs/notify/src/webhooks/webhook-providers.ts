import { WebhookDeliveries } from './webhook-deliveries';

/** The webhook services NotifyModule provides (and exports). */
export const WEBHOOK_PROVIDERS = [WebhookDeliveries];
