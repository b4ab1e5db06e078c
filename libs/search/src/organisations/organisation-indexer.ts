import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock } from '@rongtong/common';
import { Organisation } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { SearchClient } from '../search-client.provider';
import { toOrganisationDocument } from './organisation-document';

export const ORGANISATIONS_INDEX = 'organisations';

const SETTINGS = {
  searchableAttributes: ['name', 'profile', 'industryName', 'regionName'],
  filterableAttributes: ['type', 'regionPrefixes', 'industryPrefixes', 'currentTier'],
  sortableAttributes: ['createdAt'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
};

/** Keeps the organisations index in step with PostgreSQL. */
@Injectable()
export class OrganisationIndexer {
  private readonly logger = new Logger(OrganisationIndexer.name);
  private settingsApplied = false;

  constructor(
    private readonly search: SearchClient,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly clock: Clock,
  ) {}

  get indexName(): string {
    return this.search.indexName(ORGANISATIONS_INDEX);
  }

  /** Creates the index and applies its settings; idempotent. */
  async ensureIndex(): Promise<void> {
    if (this.settingsApplied) return;
    await this.search.client
      .createIndex(this.indexName, { primaryKey: 'id' })
      .waitTask({ timeout: 30_000 });
    const task = await this.search.client
      .index(this.indexName)
      .updateSettings(
        SETTINGS as Parameters<ReturnType<typeof this.search.client.index>['updateSettings']>[0],
      )
      .waitTask({ timeout: 60_000 });
    if (task.status === 'failed')
      throw new Error(`Settings for ${this.indexName} failed: ${task.error?.message}`);
    this.settingsApplied = true;
  }

  /** Reloads the organisation and upserts its document (or removes it if it is gone). */
  @JobHandler('search.index-organisation')
  async index(payload: JobPayload<'search.index-organisation'>): Promise<JobResult> {
    await this.ensureIndex();
    const organisation = await this.organisations.findOne({
      where: { id: payload.organisationId },
      relations: { certifications: true },
    });
    const index = this.search.client.index(this.indexName);
    if (!organisation) {
      const task = await index.deleteDocument(payload.organisationId).waitTask({ timeout: 30_000 });
      return task.status === 'failed'
        ? { status: 'failed-permanently', reason: task.error?.message ?? 'delete failed' }
        : { status: 'done', detail: 'removed' };
    }
    if (organisation.version > payload.version) {
      // A newer event is queued behind this one; it will index the same current state.
      this.logger.debug(
        `Organisation ${organisation.id} is at v${organisation.version}, job was v${payload.version}`,
      );
    }
    const task = await index
      .addDocuments([toOrganisationDocument(organisation, this.clock.now())], { primaryKey: 'id' })
      .waitTask({ timeout: 30_000 });
    if (task.status === 'failed')
      throw new Error(`Indexing organisation ${organisation.id} failed: ${task.error?.message}`);
    return { status: 'done', detail: `v${organisation.version}` };
  }
}
