import type { Achievement, Challenge, ListingBase, ListingKind, TechNeed } from '@rongtong/catalog';
import { COOPERATION_MODES, toListingRecord } from '@rongtong/catalog';
import {
  IndustryCatalog,
  makeValidUscc,
  Organisation,
  ORGANISATION_TYPES,
  RegionCatalog,
  SME_TIERS,
} from '@rongtong/identity';
import { ListingDocument, toListingDocument } from '@rongtong/search';
import { hash32, mix, Rng } from './prng';
import {
  ACHIEVEMENT_SENTENCES,
  ACHIEVEMENT_TITLE_TEMPLATES,
  CHALLENGE_SENTENCES,
  CHALLENGE_TITLE_TEMPLATES,
  Domain,
  DOMAINS,
  NEED_SENTENCES,
  NEED_TITLE_TEMPLATES,
  ORG_STEMS,
  ORG_SUFFIXES,
} from './vocabulary';
import { CslPaper, loadCslPapers } from '@rongtong/demo';

export const DEFAULT_SCALE = 200_000;
export const DEFAULT_SEED = 20_261_124;
/** Listings are created by this (fictional) user; created_by_user_id has no foreign key. */
export const BENCH_USER_ID = '0bbe0c00-0000-4000-8000-000000000001';

export type AnyListing = TechNeed | Achievement | Challenge;

export interface GeneratedListing {
  index: number;
  kind: ListingKind;
  listing: AnyListing;
  organisation: Organisation;
}

export interface GeneratorOptions {
  scale: number;
  seed?: number;
  /** Dates (published, valid until) are placed around this day; default today. */
  anchor?: Date;
}

const DAY_MS = 86_400_000;

/** Listing `i` has a fixed id, so documents, rows and ground truth all agree. */
export function listingId(index: number): string {
  return `b0000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}
export function listingIndexOf(id: string): number {
  return parseInt(id.slice(24), 16);
}
function organisationId(index: number): string {
  return `0b000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** 9 of 20 listings are needs, 9 achievements, 2 challenges. */
export function kindOf(index: number): ListingKind {
  const slot = index % 20;
  return slot < 9 ? 'need' : slot < 18 ? 'achievement' : 'challenge';
}

function fill(template: string, rng: Rng, domain: Domain): string {
  return template
    .replace('{A}', rng.pickSkewed(domain.compounds))
    .replace('{B}', rng.pick(domain.compounds))
    .replace('{H}', rng.pick(domain.heads));
}

function sentencesOf(text: string): string[] {
  return (text.match(/[^。！？；]+[。！？；]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
}

/**
 * Deterministic generator of realistic Chinese listings: titles and bodies composed from a
 * technical vocabulary and real CSL abstracts' sentences, real GB/T 4754 industry classes and
 * GB/T 2260 counties, modes, TRL and amounts. Listing i depends only on (seed, i).
 */
export class ListingGenerator {
  readonly scale: number;
  readonly seed: number;
  readonly organisations: Organisation[];
  private readonly papers: { paper: CslPaper; sentences: string[] }[];
  private readonly counties: string[];
  private readonly classesByDomain: string[][];
  private readonly anchorMs: number;

  constructor(options: GeneratorOptions) {
    this.scale = options.scale;
    this.seed = options.seed ?? DEFAULT_SEED;
    const anchor = options.anchor ?? new Date();
    this.anchorMs = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
    // Technical papers only: 工学, 理学, 农学, 医学 (sorted by title for stability).
    this.papers = loadCslPapers()
      .filter((p) => ['工学', '理学', '农学', '医学'].includes(p.category))
      .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
      .map((paper) => ({ paper, sentences: sentencesOf(paper.abstract) }))
      .filter((p) => p.sentences.length > 0);
    const regions = RegionCatalog.shared();
    this.counties = regions
      .provinces()
      .flatMap((p) => regions.children(p.code))
      .flatMap((c) => regions.children(c.code))
      .filter((r) => r.level === 'county' && !r.isDevelopmentZone)
      .map((r) => r.code)
      .sort();
    const industries = IndustryCatalog.shared();
    const classesUnder = (code: string): string[] => {
      const children = industries.children(code);
      return children.length === 0 ? [code] : children.flatMap((c) => classesUnder(c.code));
    };
    this.classesByDomain = DOMAINS.map((d) =>
      d.divisions.filter((code) => industries.isValid(code)).flatMap(classesUnder),
    );
    this.organisations = this.makeOrganisations(
      Math.max(20, Math.min(400, Math.ceil(this.scale / 500))),
    );
  }

  private makeOrganisations(count: number): Organisation[] {
    const regions = RegionCatalog.shared();
    const orgs: Organisation[] = [];
    for (let i = 0; i < count; i++) {
      const rng = new Rng(mix(this.seed ^ 0x0a11ce, i));
      const type = ORGANISATION_TYPES[i % 5]; // sme … service_org; no organisers
      const regionCode = rng.pick(this.counties);
      const city = regions.cityOf(regionCode) ?? regions.provinceOf(regionCode);
      const place = (city?.name ?? '').replace(/(市|地区|自治州|盟)$/, '');
      const suffix = rng.pick(ORG_SUFFIXES[type]);
      const name =
        type === 'university' ? `${place}${suffix}` : `${place}${rng.pick(ORG_STEMS)}${suffix}`;
      const domain = rng.pick(DOMAINS.map((_, d) => d));
      const now = new Date(this.anchorMs - 400 * DAY_MS);
      orgs.push(
        Object.assign(new Organisation(), {
          id: organisationId(i),
          type,
          name: `${name}${i}`,
          uscc: makeValidUscc(regionCode, i + 1),
          regionCode,
          industryCode: rng.pick(this.classesByDomain[domain]),
          profile: '',
          website: null,
          contact: {},
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    return orgs;
  }

  listing(index: number): GeneratedListing {
    const rng = new Rng(mix(this.seed, index));
    const kind = kindOf(index);
    const domainIndex = Math.floor(rng.next() ** 1.2 * DOMAINS.length);
    const domain = DOMAINS[domainIndex];
    const organisation = this.organisations[rng.int(0, this.organisations.length - 1)];
    const paper = this.papers[hash32(`${this.seed}:${index}:p`) % this.papers.length];

    const titleTemplates =
      kind === 'need'
        ? NEED_TITLE_TEMPLATES
        : kind === 'achievement'
          ? ACHIEVEMENT_TITLE_TEMPLATES
          : CHALLENGE_TITLE_TEMPLATES;
    const sentenceTemplates =
      kind === 'need'
        ? NEED_SENTENCES
        : kind === 'achievement'
          ? ACHIEVEMENT_SENTENCES
          : CHALLENGE_SENTENCES;
    // A fifth of achievements carry a real paper title, as research results often do.
    const title =
      kind === 'achievement' && rng.chance(0.2) && paper.paper.title.length <= 60
        ? paper.paper.title
        : fill(rng.pick(titleTemplates), rng, domain);
    const keywords = [
      ...new Set([
        ...rng.sample(domain.compounds, rng.int(1, 3)),
        ...rng.sample(paper.paper.keywords, rng.int(0, 2)),
      ]),
    ].filter((k) => k.length <= 30);
    const body = [
      fill(rng.pick(sentenceTemplates), rng, domain),
      ...paper.sentences.slice(0, rng.int(1, 3)),
      fill(rng.pick(sentenceTemplates), rng, domain),
    ].join('');

    const publishedAt = new Date(
      this.anchorMs - rng.int(1, 360) * DAY_MS - rng.int(0, 86_399) * 1000,
    );
    const validUntil = new Date(this.anchorMs + rng.int(60, 720) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const base = {
      id: listingId(index),
      organisationId: organisation.id,
      createdByUserId: BENCH_USER_ID,
      status: 'published',
      rejectionReason: null,
      title,
      keywords,
      industryCode: rng.pick(this.classesByDomain[domainIndex]),
      regionCode: rng.pick(this.counties),
      validUntil,
      publishedAt,
      version: 3,
      createdAt: new Date(publishedAt.getTime() - 3 * DAY_MS),
      updatedAt: publishedAt,
    } satisfies Partial<ListingBase>;
    const modes = rng.sample(COOPERATION_MODES, rng.int(1, 3)).sort();
    let listing: AnyListing;
    if (kind === 'need') {
      const negotiable = rng.chance(0.25);
      const min = negotiable ? null : rng.int(1, 50) * 10;
      listing = {
        ...base,
        description: body,
        cooperationModes: modes,
        budgetMinWan: min,
        budgetMaxWan: min === null ? null : min + rng.int(0, 20) * 10,
        budgetNegotiable: negotiable,
        desiredTrl: rng.chance(0.8) ? rng.int(3, 8) : null,
        anonymous: rng.chance(0.1),
      };
    } else if (kind === 'achievement') {
      const negotiable = rng.chance(0.3);
      listing = {
        ...base,
        abstract: body,
        technologyField: domain.name,
        patents: [],
        trl: rng.int(2, 9),
        transferModes: modes,
        licenceKinds: [],
        openLicenceTerms: null,
        priceWan: negotiable ? null : rng.int(5, 2000),
        priceNegotiable: negotiable,
        team: '',
        institution: '',
        applicationScenarios: [],
      };
    } else {
      listing = {
        ...base,
        problem: body,
        technicalIndicators: [],
        rewardWan: rng.int(50, 3000),
        minTier: rng.chance(0.3) ? rng.pick(SME_TIERS) : null,
        eligibleOrganisationTypes: rng.chance(0.5) ? ['sme', 'university'] : [],
        eligibleRegionCodes: [],
        evaluationCriteria: [],
      };
    }
    return { index, kind, listing, organisation };
  }

  document(generated: GeneratedListing): ListingDocument {
    return toListingDocument(
      toListingRecord(generated.kind, generated.listing, generated.organisation),
    );
  }

  /** The text the sub-word ground truth is taken from (what the subwords field is built of). */
  static searchableText(generated: GeneratedListing): string {
    const doc = generated.listing as AnyListing & {
      description?: string;
      abstract?: string;
      problem?: string;
    };
    return [
      doc.title,
      doc.keywords.join(' '),
      doc.description ?? doc.abstract ?? doc.problem ?? '',
    ].join(' ');
  }

  /** Indexes of one kind, in order. */
  *indexesOf(kind: ListingKind, from = 0, to = this.scale): Generator<number> {
    for (let i = from; i < to; i++) if (kindOf(i) === kind) yield i;
  }

  countOf(kind: ListingKind): number {
    let n = 0;
    for (let slot = 0; slot < 20; slot++)
      if (kindOf(slot) === kind)
        n += Math.floor(this.scale / 20) + (slot < this.scale % 20 ? 1 : 0);
    return n;
  }
}
