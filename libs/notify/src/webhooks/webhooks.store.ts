import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import type { WebhookResponse } from './webhook-http-client';

/** Deliveries of one event, one per endpoint, each with the exact body to send. */
export interface WebhookDeliveriesToInsert {
  ids: string[];
  endpointIds: string[];
  organisationId: string;
  eventType: string;
  dedupKey: string;
  payloads: unknown[];
}

/** An endpoint's state right after counting one more exhausted delivery. */
export interface ExhaustedCount {
  failures: number;
  enabled: boolean;
  organisationId: string;
  url: string;
}

/** webhook_endpoint, webhook_delivery and webhook_attempt rows. */
@Injectable()
export class WebhookStore {
  constructor(
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
  ) {}

  /** Enabled endpoints of the organisation subscribed to the type (no types = all). */
  async subscribedEndpointIds(
    manager: EntityManager,
    organisationId: string,
    eventType: string,
  ): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM webhook_endpoint
        WHERE organisation_id = $1 AND enabled
          AND (cardinality(event_types) = 0 OR $2 = ANY(event_types))`,
      [organisationId, eventType],
    );
    return rows.map((row) => row.id);
  }

  /** The ids inserted now; an (endpoint, dedup key) already taken inserts nothing. */
  async insertDeliveries(
    manager: EntityManager,
    rows: WebhookDeliveriesToInsert,
  ): Promise<string[]> {
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO webhook_delivery (id, endpoint_id, organisation_id, event_type, dedup_key, payload)
       SELECT id, endpoint_id, $3, $4, $5, payload
         FROM unnest($1::uuid[], $2::uuid[], $6::jsonb[]) AS t(id, endpoint_id, payload)
       ON CONFLICT (endpoint_id, dedup_key) DO NOTHING
       RETURNING id`,
      [
        rows.ids,
        rows.endpointIds,
        rows.organisationId,
        rows.eventType,
        rows.dedupKey,
        rows.payloads.map((payload) => JSON.stringify(payload)),
      ],
    );
    return inserted.map((row) => row.id);
  }

  /** The endpoint with its secret (not selected by default). */
  endpointWithSecret(id: string): Promise<WebhookEndpoint | null> {
    return this.endpoints
      .createQueryBuilder('endpoint')
      .addSelect('endpoint.secret')
      .where('endpoint.id = :id', { id })
      .getOne();
  }

  /** One row of the delivery log, and the delivery's summary of its latest attempt. */
  async logAttempt(
    manager: EntityManager,
    deliveryId: string,
    response: WebhookResponse,
    status: WebhookDeliveryStatus,
    at: Date,
  ): Promise<void> {
    // An UPDATE through TypeORM answers [rows, affected count].
    const [[updated]] = await manager.query<[({ attempts: number } | undefined)[], number]>(
      `UPDATE webhook_delivery
          SET attempts = attempts + 1, status = $2, last_status_code = $3, last_error = $4,
              last_attempt_at = $5, updated_at = $5,
              delivered_at = CASE WHEN $2 = 'succeeded' THEN $5 ELSE delivered_at END
        WHERE id = $1
        RETURNING attempts`,
      [deliveryId, status, response.statusCode, response.error, at],
    );
    if (!updated) return; // deleted with its endpoint meanwhile
    await manager.query(
      `INSERT INTO webhook_attempt (delivery_id, attempt, status_code, error, duration_ms, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [deliveryId, updated.attempts, response.statusCode, response.error, response.durationMs, at],
    );
  }

  /** Removes the endpoint with its deliveries and their log. */
  async removeEndpoint(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `DELETE FROM webhook_attempt
        WHERE delivery_id IN (SELECT id FROM webhook_delivery WHERE endpoint_id = $1)`,
      [id],
    );
    await manager.query('DELETE FROM webhook_delivery WHERE endpoint_id = $1', [id]);
    await manager.query('DELETE FROM webhook_endpoint WHERE id = $1', [id]);
  }

  async resetFailures(manager: EntityManager, endpointId: string): Promise<void> {
    await manager.query(
      `UPDATE webhook_endpoint SET consecutive_failures = 0
        WHERE id = $1 AND consecutive_failures <> 0`,
      [endpointId],
    );
  }

  /** Counts one more exhausted delivery; undefined when the endpoint is gone. */
  async countExhausted(
    manager: EntityManager,
    endpointId: string,
  ): Promise<ExhaustedCount | undefined> {
    const [[updated]] = await manager.query<[(ExhaustedCount | undefined)[], number]>(
      `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1
        WHERE id = $1
        RETURNING consecutive_failures AS failures, enabled, organisation_id AS "organisationId", url`,
      [endpointId],
    );
    return updated;
  }

  async disable(
    manager: EntityManager,
    endpointId: string,
    at: Date,
    reason: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE webhook_endpoint
          SET enabled = false, disabled_at = $2, disabled_reason = $3, updated_at = now()
        WHERE id = $1`,
      [endpointId, at, reason],
    );
  }
}
