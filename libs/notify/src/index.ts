export * from './entities';
export * from './intents/notification-intent';
export * from './inbox/notification-recorder';
export * from './notify.module';
export * from './webhooks/webhook-deliveries';
