import type { ListingKind, Page } from '@rongtong/common';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { Match, MatchCounterpartKind, MatchState } from '../entities/match.entity';

/** Which visible matches a page lists: those of one listing, or those of some organisations. */
export type VisibleMatchFilter = (
  { listing: { kind: ListingKind; id: string } } | { organisations: readonly string[] }
) & { state?: MatchState; counterpartKind?: MatchCounterpartKind };

/**
 * Pages of visible matches, best first. Suggestions that stopped qualifying are hidden; a match
 * either side acted on stays visible.
 */
@Injectable()
export class MatchPageStore {
  constructor(private readonly dataSource: DataSource) {}

  async visible(
    filter: VisibleMatchFilter,
    page: { page: number; limit: number },
  ): Promise<Page<Match>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Match, 'm')
      .where("(m.active OR m.state <> 'suggested')")
      .orderBy('m.score', 'DESC')
      .addOrderBy('m.id', 'ASC');
    if ('listing' in filter) this.ofListing(builder, filter.listing, filter.counterpartKind);
    else this.ofOrganisations(builder, filter.organisations, filter.counterpartKind);
    if (filter.state) builder.andWhere('m.state = :state', { state: filter.state });
    const [items, total] = await builder
      .skip((page.page - 1) * page.limit)
      .take(page.limit)
      .getManyAndCount();
    return { items, page: page.page, limit: page.limit, total };
  }

  private ofListing(
    builder: SelectQueryBuilder<Match>,
    { kind, id }: { kind: ListingKind; id: string },
    counterpartKind: MatchCounterpartKind | undefined,
  ): void {
    builder.andWhere(
      new Brackets((where) => {
        const asSubject = 'm.subject_kind = :kind AND m.subject_id = :id';
        const asCounterpart = 'm.counterpart_kind = :kind AND m.counterpart_id = :id';
        if (!counterpartKind) {
          where.where(`(${asSubject}) OR (${asCounterpart})`);
        } else if (kind === 'achievement' && counterpartKind === 'need') {
          where.where(asCounterpart);
        } else {
          where.where(`${asSubject} AND m.counterpart_kind = :counterpartKind`);
        }
      }),
      { kind, id, counterpartKind },
    );
  }

  private ofOrganisations(
    builder: SelectQueryBuilder<Match>,
    organisations: readonly string[],
    counterpartKind: MatchCounterpartKind | undefined,
  ): void {
    builder.andWhere(
      '(m.subject_organisation_id IN (:...organisations) OR m.counterpart_organisation_id IN (:...organisations))',
      { organisations },
    );
    if (counterpartKind) {
      builder.andWhere('m.counterpart_kind = :counterpartKind', { counterpartKind });
    }
  }
}
