import { Injectable } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '@rongtong/common';
import { EntityManager } from 'typeorm';
import { OrganisationType } from '../entities/organisation.entity';
import { DeskOrganisationStore } from './desk-organisation.store';
import { ReferenceValidator } from './reference-validator';
import { RegistrationService } from './registration.service';
import { UsccPolicy } from './uscc-policy';

/** An organisation as a desk (e.g. an event's walk-in desk) picks it from a search. */
export interface OrganisationCandidate {
  id: string;
  name: string;
  type: OrganisationType;
  regionCode: string;
  /** The region's name (GB/T 2260), '' when unknown. */
  regionName: string;
  uscc: string;
}

/** What a desk knows of an organisation that is not on the platform yet. */
export interface DeskOrganisationInput {
  name: string;
  type: OrganisationType;
  regionCode: string;
  industryCode: string;
  uscc: string;
}

/** `%`, `_` and the escape character itself match only themselves in a LIKE pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Organisations found and added at a desk by someone who is not their member (an organiser
 * registering a walk-in): a search by name or 统一社会信用代码, and the creation of an
 * organisation nobody has registered yet, validated like a sign-up. Such an organisation has
 * no members; whoever later signs up with its USCC claims it through the usual dispute review.
 */
@Injectable()
export class DeskOrganisations {
  constructor(
    private readonly store: DeskOrganisationStore,
    private readonly reference: ReferenceValidator,
    private readonly uscc: UsccPolicy,
    private readonly registration: RegistrationService,
  ) {}

  /**
   * Name contains the text, or the USCC starts with it (any letter case); the text is a bound
   * parameter and a literal (no wildcards). Exact names first, then names that start with it.
   */
  async search(
    text: string,
    page: number,
    limit: number,
  ): Promise<{ items: OrganisationCandidate[]; total: number }> {
    const q = text.trim();
    if (q.length === 0) return { items: [], total: 0 };
    const literal = likeLiteral(q);
    const rows = await this.store.search(literal, q, limit, (page - 1) * limit);
    return {
      items: rows.map(({ total: _total, ...row }) => ({
        ...row,
        regionCode: row.regionCode.trim(),
        regionName: this.reference.regions.find(row.regionCode.trim())?.name ?? '',
      })),
      total: rows[0]?.total ?? (page > 1 ? await this.store.count(literal) : 0),
    };
  }

  /**
   * Validates and inserts (with its `organisation.created` event) in the caller's transaction.
   * Field problems are reported under `${prefix}.<field>`; a USCC already on the platform is one
   * of them (the desk should pick that organisation instead).
   */
  async create(
    manager: EntityManager,
    input: DeskOrganisationInput,
    prefix: string,
  ): Promise<OrganisationCandidate> {
    const problems: FieldProblem[] = [
      this.reference.regionProblem(`${prefix}.regionCode`, input.regionCode),
      this.reference.industryProblem(`${prefix}.industryCode`, input.industryCode),
    ].filter((problem) => problem !== undefined);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const uscc = await this.uscc.normalise(`${prefix}.uscc`, input.uscc);
    const holder = await this.store.holderName(manager, uscc);
    if (holder !== undefined)
      throw new ValidationFailedError(
        [
          {
            field: `${prefix}.uscc`,
            messages: [`该信用代码已属于平台上的单位“${holder}”，请在搜索结果中选择该单位`],
          },
        ],
        'USCC_TAKEN',
        'This USCC belongs to an organisation on the platform: pick it instead',
      );
    const organisation = await this.registration.createOrganisation(manager, {
      type: input.type,
      name: input.name.trim(),
      uscc,
      regionCode: input.regionCode,
      industryCode: this.reference.industries.normalise(input.industryCode) ?? input.industryCode,
      profile: '',
      website: null,
      contact: {},
    });
    return {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      regionCode: organisation.regionCode,
      regionName: this.reference.regions.find(organisation.regionCode)?.name ?? '',
      uscc: organisation.uscc,
    };
  }
}
