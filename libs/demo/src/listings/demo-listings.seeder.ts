import { Injectable, Logger } from '@nestjs/common';
import { Clock, LISTING_KINDS, ListingKind } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { ListingImportRows, ListingImportStore } from '@rongtong/catalog';
import {
  Memberships,
  Organisations,
  OrganisationType,
  ProvisioningStore,
} from '@rongtong/identity';
import { DEMO_ORGANISATIONS, demoUscc } from '../identity/demo-identity.seeder';
import { CslPaper, loadCslPapers } from './csl-corpus';
import { buildDemoListings, DemoListingSet, DemoOwner, DemoOwners } from './demo-listing-builder';

/** Rows per INSERT and per transaction (25 columns × 500 rows stays far below pg's 65,535). */
export const DEMO_SEED_BATCH = 500;

export interface DemoListingsSeedResult {
  /** Listings inserted by this run, per kind (0 when everything was there already). */
  inserted: Record<ListingKind, number>;
  /** Demo listings built, per kind, whether inserted now or before. */
  total: Record<ListingKind, number>;
  published: number;
  /** The demo organisations were missing (run DemoIdentitySeeder first), nothing was done. */
  skipped: boolean;
  elapsedMs: number;
}

/**
 * About 2,000 published demo listings (and a few drafts and pending ones for the review queue)
 * written from the CSL papers, owned by the demo organisations of DemoIdentitySeeder.
 *
 * Idempotent: every listing has a name-based id derived from its kind and CSL paper, rows are
 * inserted with ON CONFLICT DO NOTHING (catalog's ListingImportStore), and a `listing.changed`
 * outbox event is written, in the same transaction, only for the rows actually inserted — as
 * ListingWriter does one at a time. A listing a user edited or closed is left as it is; one a
 * user deleted comes back.
 */
@Injectable()
export class DemoListingsSeeder {
  private readonly logger = new Logger(DemoListingsSeeder.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly listings: ListingImportStore,
    private readonly provisioning: ProvisioningStore,
    private readonly memberships: Memberships,
    private readonly organisations: Organisations,
  ) {}

  async seed(papers: readonly CslPaper[] = loadCslPapers()): Promise<DemoListingsSeedResult> {
    const started = performance.now();
    const zero = (): Record<ListingKind, number> => ({ need: 0, achievement: 0, challenge: 0 });
    const owners = await this.findOwners();
    if (!owners) {
      this.logger.warn('Demo listings skipped: the demo organisations do not exist');
      return {
        inserted: zero(),
        total: zero(),
        published: 0,
        skipped: true,
        elapsedMs: performance.now() - started,
      };
    }

    const listings = buildDemoListings(papers, owners, { now: this.clock.now() });
    const rows: { [K in ListingKind]: ListingImportRows[K][] } = {
      achievement: listings.achievements,
      need: listings.needs,
      challenge: listings.challenges,
    };
    const inserted = zero();
    const total = zero();
    for (const kind of LISTING_KINDS) total[kind] = rows[kind].length;

    const ids = LISTING_KINDS.flatMap((kind) => rows[kind].map((row) => row.id));
    if ((await this.listings.countExisting(ids)) < ids.length) {
      inserted.achievement = await this.insertAll('achievement', rows.achievement);
      inserted.need = await this.insertAll('need', rows.need);
      inserted.challenge = await this.insertAll('challenge', rows.challenge);
      if (inserted.achievement > 0) await this.refreshProfiles(rows.achievement);
    }

    const elapsedMs = performance.now() - started;
    const count = inserted.achievement + inserted.need + inserted.challenge;
    if (count > 0) {
      this.logger.log(
        `Demo data: ${count} listings created (${inserted.achievement} achievements, ` +
          `${inserted.need} needs, ${inserted.challenge} challenges) in ${Math.round(elapsedMs)} ms`,
      );
    }
    return { inserted, total, published: publishedCount(listings), skipped: false, elapsedMs };
  }

  /**
   * The owners' capability profiles list their achievements: one `organisation.updated` event per
   * owner (the bulk insert wrote listing events without an organisation, so none per achievement).
   */
  private async refreshProfiles(
    achievements: readonly { organisationId: string }[],
  ): Promise<void> {
    const owners = [...new Set(achievements.map((row) => row.organisationId))];
    await this.transactions.run(async (manager) => {
      for (const organisationId of owners) {
        const organisation = await this.organisations.one(organisationId);
        if (!organisation) continue;
        await this.outbox.append(manager, {
          type: 'organisation.updated',
          entityType: 'organisation',
          entityId: organisationId,
          version: organisation.version,
          payload: { organisationId },
        });
      }
    });
  }

  /** The demo organisations by USCC (as DemoIdentitySeeder derives it) and their owner users. */
  private async findOwners(): Promise<DemoOwners | undefined> {
    const owners = new Map<OrganisationType, DemoOwner[]>();
    for (const demo of DEMO_ORGANISATIONS) {
      const organisation = await this.provisioning.organisationByUscc(demoUscc(demo));
      if (!organisation) return undefined;
      const [ownerId] = await this.memberships.ownerIdsOf(organisation.id);
      if (!ownerId) return undefined;
      const owner: DemoOwner = {
        organisationId: organisation.id,
        userId: ownerId,
        name: organisation.name,
        type: organisation.type,
        regionCode: organisation.regionCode,
        industryCode: organisation.industryCode,
      };
      owners.set(organisation.type, [...(owners.get(organisation.type) ?? []), owner]);
    }
    const first = (type: OrganisationType): DemoOwner | undefined => owners.get(type)?.[0];
    const university = first('university');
    const researchInstitute = first('research_institute');
    const largeEnterprise = first('large_enterprise');
    const serviceOrg = first('service_org');
    const smes = owners.get('sme') ?? [];
    if (!university || !researchInstitute || !largeEnterprise || !serviceOrg || smes.length === 0) {
      return undefined;
    }
    return { university, researchInstitute, largeEnterprise, serviceOrg, smes };
  }

  /**
   * Inserts missing rows in batches; each batch with one `listing.changed` event (version 1) per
   * row inserted now, in one transaction.
   */
  private async insertAll<K extends ListingKind>(
    kind: K,
    rows: readonly ListingImportRows[K][],
  ): Promise<number> {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += DEMO_SEED_BATCH) {
      const batch = rows.slice(start, start + DEMO_SEED_BATCH);
      inserted += await this.transactions.run(async (manager) => {
        const ids = await this.listings.insertMissing(manager, kind, batch);
        await this.outbox.appendMany(
          manager,
          ids.map((listingId) => ({
            type: 'listing.changed' as const,
            entityType: kind,
            entityId: listingId,
            version: 1,
            payload: { kind, listingId },
          })),
        );
        return ids.length;
      });
    }
    return inserted;
  }
}

function publishedCount(listings: DemoListingSet): number {
  return [...listings.achievements, ...listings.needs, ...listings.challenges].filter(
    (listing) => listing.status === 'published',
  ).length;
}
