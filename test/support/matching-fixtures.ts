import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { LISTING_INDEX, ORGANISATIONS_INDEX, SearchClient } from '@rongtong/search';
import { registrationBody } from './factories';
import { eventually } from './isolated-environment';
import { RunningProduct } from './running-product';
import { RegistrationBody, Session, signUp, signUpWithRole } from './sessions';

/** A signed-in owner of a freshly registered organisation, with its name and private contact. */
export interface Party extends Session {
  contact: RegistrationBody['organisation']['contact'];
  name: string;
}

const party = (session: Session): Party => ({
  ...session,
  contact: session.body.organisation.contact,
  name: session.body.organisation.name,
});

export type ListingPath = 'needs' | 'achievements' | 'challenges';
const KIND_OF: Record<ListingPath, 'need' | 'achievement' | 'challenge'> = {
  needs: 'need',
  achievements: 'achievement',
  challenges: 'challenge',
};

/** Helpers over a running product (LISTING_REVIEW_REQUIRED=false: submit publishes at once). */
export class MatchingFixtures {
  readonly http: App;

  constructor(readonly product: RunningProduct) {
    this.http = product.api.getHttpServer() as App;
  }

  db(): DataSource {
    return this.product.api.get(DataSource);
  }

  /** A request to `/api/v1/<path>`, signed in as `party` when one is given. */
  api(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, party?: Party) {
    const call = request(this.http)[method](`/api/v1/${path}`);
    return party ? call.set(party.auth) : call;
  }

  async signUp(overrides: Parameters<typeof registrationBody>[0] = {}): Promise<Party> {
    return party(await signUp(this.http, registrationBody(overrides)));
  }

  /** A signed-up organiser given the platform role `organiser` (a reviewer). */
  async reviewer(): Promise<Party> {
    return party(await signUpWithRole(this.http, this.db(), 'organiser'));
  }

  /** Creates and submits a listing (published at once without review); returns its id. */
  async publish(path: ListingPath, party: Party, body: object): Promise<string> {
    const created = await request(this.http)
      .post(`/api/v1/${path}`)
      .set(party.auth)
      .send(body)
      .expect(201);
    const { id } = created.body as { id: string };
    const submitted = await request(this.http)
      .post(`/api/v1/${path}/${id}/transitions`)
      .set(party.auth)
      .send({ action: 'submit' })
      .expect(200);
    const { status } = submitted.body as { status: string };
    if (status !== 'published') {
      throw new Error(`expected ${path}/${id} to publish on submit, got ${status}`);
    }
    return id;
  }

  /** Waits until Meilisearch holds the listing's document (so the other side can find it). */
  async indexed(path: ListingPath, id: string): Promise<void> {
    const search = this.product.worker.get(SearchClient);
    await eventually(async () => {
      await search.client.index(search.indexName(LISTING_INDEX[KIND_OF[path]])).getDocument(id);
    }, 30_000);
  }

  /** Waits until an organisation's capability profile is searchable. */
  async profileIndexed(organisationId: string): Promise<void> {
    const search = this.product.worker.get(SearchClient);
    await eventually(async () => {
      await search.client.index(search.indexName(ORGANISATIONS_INDEX)).getDocument(organisationId);
    }, 30_000);
  }

  async matchRow(subjectId: string, counterpartId: string) {
    const rows: {
      id: string;
      score: number;
      active: boolean;
      state: string;
      reasons: { kind: string; zh: string; en: string; contribution: number }[];
      notified_score: number | null;
    }[] = await this.db().query(
      `SELECT id, score, active, state, reasons, notified_score FROM match
        WHERE subject_id = $1 AND counterpart_id = $2`,
      [subjectId, counterpartId],
    );
    return rows;
  }

  /** Waits for the worker to settle a pair into a state the check accepts. */
  async pairEventually(
    subjectId: string,
    counterpartId: string,
    check: (row: Awaited<ReturnType<MatchingFixtures['matchRow']>>[number]) => void,
    timeoutMs = 30_000,
  ) {
    return eventually(async () => {
      const rows = await this.matchRow(subjectId, counterpartId);
      expect(rows).toHaveLength(1);
      check(rows[0]);
      return rows[0];
    }, timeoutMs);
  }
}
