import { Injectable } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import { AchievementSummaries } from '@rongtong/catalog';
import { Organisations, OrganisationTiers } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { IndexSettingsApplier } from '../index-settings';
import type { Settings } from '../meilisearch';
import { SearchClient } from '../search-client.provider';
import { succeeded } from '../search-tasks';
import { toOrganisationDocument } from './organisation-document';

export const ORGANISATIONS_INDEX = 'organisations';

/**
 * Capability profiles: name, achievements and profile searchable; type, region, industry and tier
 * filterable.
 */
export function organisationIndexSettings(): Settings {
  return {
    searchableAttributes: [
      'name',
      'achievementKeywords',
      'achievementTitles',
      'profile',
      'industryName',
      'regionName',
    ],
    filterableAttributes: ['type', 'regionPrefixes', 'industryPrefixes', 'currentTier'],
    sortableAttributes: ['createdAt'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  };
}

/**
 * Keeps the organisations index in step with PostgreSQL. Each job reloads the organisation and
 * writes its current state; any failed task throws so BullMQ retries it. Organisations change
 * rarely, so unlike listings they are not batched.
 */
@Injectable()
export class OrganisationIndexer {
  private ensured?: Promise<void>;

  constructor(
    private readonly search: SearchClient,
    private readonly settings: IndexSettingsApplier,
    private readonly organisations: Organisations,
    private readonly clock: Clock,
    private readonly achievementSummaries: AchievementSummaries,
    private readonly tiers: OrganisationTiers,
  ) {}

  get indexName(): string {
    return this.search.indexName(ORGANISATIONS_INDEX);
  }

  /** Creates the index and applies its settings once per process (skipped when unchanged). */
  ensureIndex(): Promise<void> {
    if (!this.ensured) {
      this.ensured = this.settings
        .ensure(this.indexName, organisationIndexSettings())
        .then(() => undefined);
      this.ensured.catch(() => (this.ensured = undefined));
    }
    return this.ensured;
  }

  /** Reloads the organisation and upserts its document (or removes it if it is gone). */
  @JobHandler('search.index-organisation')
  async index(payload: JobPayload<'search.index-organisation'>): Promise<JobResult> {
    await this.ensureIndex();
    const organisation = await this.organisations.one(payload.organisationId);
    const index = this.search.client.index(this.indexName);
    const achievements = organisation
      ? (await this.achievementSummaries.of([organisation.id])).get(organisation.id)
      : undefined;
    await succeeded(
      organisation
        ? index.addDocuments(
            [
              toOrganisationDocument(
                organisation,
                await this.tiers.verifiedTierOn(organisation.id, this.clock.today()),
                achievements,
              ),
            ],
            { primaryKey: 'id' },
          )
        : index.deleteDocument(payload.organisationId),
      `Indexing organisation ${payload.organisationId}`,
    );
    return { status: 'done', detail: organisation ? `v${organisation.version}` : 'removed' };
  }
}
