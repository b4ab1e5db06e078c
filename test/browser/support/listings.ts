import request from 'supertest';
import type { App } from 'supertest/types';
import { eventually } from '../../support/isolated-environment';

type Kind = 'need' | 'achievement' | 'challenge';
const PATH: Record<Kind, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};

/** Creates and submits a listing (the stack runs without review, so it publishes). */
export async function publishListing(
  http: App,
  owner: { organisationId: string; auth: Record<string, string> },
  kind: Kind,
  body: Record<string, unknown>,
): Promise<string> {
  const created = await request(http)
    .post(`/api/v1/${PATH[kind]}`)
    .set(owner.auth)
    .send({ ...body, organisationId: owner.organisationId });
  if (created.status !== 201) throw new Error(`create ${kind}: ${created.status} ${created.text}`);
  const { id } = created.body as { id: string };
  await request(http)
    .post(`/api/v1/${PATH[kind]}/${id}/transitions`)
    .set(owner.auth)
    .send({ action: 'submit' })
    .expect(200);
  return id;
}

/** Waits until search finds every id (the worker indexes through the outbox). */
export async function waitUntilSearchable(http: App, type: Kind, q: string, ids: string[]) {
  await eventually(async () => {
    const response = await request(http).get('/api/v1/search').query({ q, type, limit: 50 });
    const { hits } = response.body as { hits: { id: string }[] };
    const found = new Set(hits.map((hit) => hit.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new Error(`not searchable yet: ${missing.join(', ')}`);
  }, 30_000);
}
