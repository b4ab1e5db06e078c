import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityTarget, Repository } from 'typeorm';
import { NotFoundError } from '@rongtong/common';
import { Achievement } from '../entities/achievement.entity';
import { Challenge } from '../entities/challenge.entity';
import { ListingBase, ListingKind } from '../entities/listing-base';
import { TechNeed } from '../entities/tech-need.entity';

export type AnyListing = TechNeed | Achievement | Challenge;

export interface ListingOf {
  need: TechNeed;
  achievement: Achievement;
  challenge: Challenge;
}

/** Typed by the shared base; callers narrow with ListingOf[K]. */
export const LISTING_ENTITY: Record<ListingKind, EntityTarget<ListingBase>> = {
  need: TechNeed,
  achievement: Achievement,
  challenge: Challenge,
};

export const LISTING_TABLE: Record<ListingKind, string> = {
  need: 'tech_need',
  achievement: 'achievement',
  challenge: 'challenge',
};

/** Missing and invisible listings share this error, so a denial reveals nothing. */
export function listingNotFound(kind: ListingKind): NotFoundError {
  return new NotFoundError(
    `${kind.toUpperCase()}_NOT_FOUND`,
    `${kind[0].toUpperCase()}${kind.slice(1)} not found`,
  );
}

/** One place that knows which repository holds which kind of listing. */
@Injectable()
export class ListingRepositories {
  constructor(
    @InjectRepository(TechNeed) private readonly needs: Repository<TechNeed>,
    @InjectRepository(Achievement) private readonly achievements: Repository<Achievement>,
    @InjectRepository(Challenge) private readonly challenges: Repository<Challenge>,
  ) {}

  of<K extends ListingKind>(kind: K): Repository<ListingOf[K]> {
    const repositories = {
      need: this.needs,
      achievement: this.achievements,
      challenge: this.challenges,
    };
    return repositories[kind] as unknown as Repository<ListingOf[K]>;
  }

  /** Loads a listing with its organisation, or throws <KIND>_NOT_FOUND. */
  async load<K extends ListingKind>(kind: K, id: string): Promise<ListingOf[K]> {
    const listing = await this.of(kind).findOne({
      where: { id } as never,
      relations: { organisation: true } as never,
    });
    if (!listing) throw listingNotFound(kind);
    return listing;
  }
}

export type { ListingBase };
