import { ApiProperty } from '@nestjs/swagger';
import {
  DIGEST_FREQUENCIES,
  DigestFrequency,
  EffectivePreference,
  NOTIFICATION_TYPES,
  NotificationPreferencesView,
  NotificationType,
  NotificationView,
  SavedSearchView,
  WebhookAttemptView,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
} from '@rongtong/notify';

// Response schemas of the inbox, preference, saved-search and webhook routes. Each `implements`
// the view the service returns, so a field added there without a schema here fails the type check.

export class NotificationSubjectSchema {
  @ApiProperty({ example: 'match' }) kind!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '/matches/…', description: 'The page in the web app' }) path!: string;
}

export class NotificationSchema implements NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: NotificationType;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  @ApiProperty({ type: NotificationSubjectSchema, nullable: true })
  subject!: NotificationSubjectSchema | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationPageSchema {
  @ApiProperty({ type: [NotificationSchema] }) items!: NotificationSchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class UnreadCountSchema {
  @ApiProperty() unread!: number;
}

export class ReadAllSchema {
  @ApiProperty() updated!: number;
}

export class EffectivePreferenceSchema implements EffectivePreference {
  @ApiProperty() email!: boolean;
  @ApiProperty({ enum: DIGEST_FREQUENCIES }) digest!: DigestFrequency;
}

export class NotificationPreferencesSchema implements NotificationPreferencesView {
  @ApiProperty({
    type: 'object',
    description: 'Every notification type with its effective settings',
    additionalProperties: { $ref: '#/components/schemas/EffectivePreferenceSchema' },
  })
  types!: Record<NotificationType, EffectivePreference>;
  @ApiProperty() dailyMatchEmailCap!: number;
}

export class SavedSearchSchema implements SavedSearchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  query!: Record<string, string>;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAlertAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class WebhookEndpointSchema implements WebhookEndpointView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() url!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) eventTypes!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty() consecutiveFailures!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) disabledReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class WebhookEndpointWithSecretSchema
  extends WebhookEndpointSchema
  implements WebhookEndpointWithSecret
{
  @ApiProperty({ description: 'Shown at creation and rotation only' }) secret!: string;
}

export class WebhookAttemptSchema implements WebhookAttemptView {
  @ApiProperty() attempt!: number;
  @ApiProperty({ type: Number, nullable: true }) statusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ type: String, format: 'date-time' }) at!: Date;
}

export class WebhookDeliverySchema implements WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ example: 'delivered' }) status!: string;
  @ApiProperty() attemptCount!: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
  @ApiProperty({ type: [WebhookAttemptSchema] }) attempts!: WebhookAttemptView[];
}

export class WebhookDeliveryPageSchema {
  @ApiProperty({ type: [WebhookDeliverySchema] }) items!: WebhookDeliverySchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class WebhookPingSchema {
  @ApiProperty({ format: 'uuid' }) deliveryId!: string;
}
