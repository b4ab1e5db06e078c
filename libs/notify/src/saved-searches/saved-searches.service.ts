import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConflictError, NotFoundError } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { SavedSearch } from '../entities/saved-search.entity';
import { CreateSavedSearchDto, UpdateSavedSearchDto } from './saved-search.dto';
import { toStoredQuery } from './saved-search-query';

/** Saved searches one user may keep: each is evaluated against every published listing. */
export const MAX_SAVED_SEARCHES_PER_USER = 50;

export interface SavedSearchView {
  id: string;
  name: string;
  query: Record<string, string>;
  enabled: boolean;
  lastAlertAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Missing, another user's, or a malformed id: all the same 404. */
export const savedSearchNotFound = (): NotFoundError =>
  new NotFoundError('SAVED_SEARCH_NOT_FOUND', 'Saved search not found');

/** A user's own saved searches; another user's are as missing as ones that never existed. */
@Injectable()
export class SavedSearches {
  constructor(
    @InjectRepository(SavedSearch) private readonly savedSearches: Repository<SavedSearch>,
  ) {}

  async create(user: AuthenticatedUser, body: CreateSavedSearchDto): Promise<SavedSearchView> {
    const query = toStoredQuery(body.query);
    const existing = await this.savedSearches.countBy({ userId: user.id });
    if (existing >= MAX_SAVED_SEARCHES_PER_USER) {
      throw new ConflictError(
        'SAVED_SEARCH_LIMIT_REACHED',
        `A user may keep at most ${MAX_SAVED_SEARCHES_PER_USER} saved searches`,
      );
    }
    const saved = await this.savedSearches.save(
      this.savedSearches.create({
        userId: user.id,
        name: body.name.trim(),
        query,
        enabled: body.enabled ?? true,
      }),
    );
    return toView(saved);
  }

  async list(user: AuthenticatedUser): Promise<SavedSearchView[]> {
    const rows = await this.savedSearches.find({
      where: { userId: user.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toView);
  }

  async update(
    user: AuthenticatedUser,
    id: string,
    body: UpdateSavedSearchDto,
  ): Promise<SavedSearchView> {
    const savedSearch = await this.load(user, id);
    if (body.query !== undefined) savedSearch.query = toStoredQuery(body.query);
    if (body.name !== undefined) savedSearch.name = body.name.trim();
    if (body.enabled !== undefined) savedSearch.enabled = body.enabled;
    return toView(await this.savedSearches.save(savedSearch));
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const savedSearch = await this.load(user, id);
    await this.savedSearches.delete({ id: savedSearch.id });
  }

  private async load(user: AuthenticatedUser, id: string): Promise<SavedSearch> {
    const savedSearch = await this.savedSearches.findOneBy({ id, userId: user.id });
    if (!savedSearch) throw savedSearchNotFound();
    return savedSearch;
  }
}

function toView(savedSearch: SavedSearch): SavedSearchView {
  return {
    id: savedSearch.id,
    name: savedSearch.name,
    query: savedSearch.query,
    enabled: savedSearch.enabled,
    lastAlertAt: savedSearch.lastAlertAt,
    createdAt: savedSearch.createdAt,
    updatedAt: savedSearch.updatedAt,
  };
}
