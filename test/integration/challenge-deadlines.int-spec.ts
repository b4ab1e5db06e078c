import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  CatalogModule,
  ChallengeService,
  ChallengeTermsStore,
  CreateChallengeDto,
  ListingLifecycle,
  ListingRevisions,
} from '@rongtong/catalog';
import {
  ApplicationsService,
  ChallengesModule,
  ProposalDto,
  ReviewService,
  RoundDeadlines,
} from '@rongtong/challenges';
import { chinaDate, DomainError } from '@rongtong/common';
import { AuthenticatedUser, PlatformRole, RegistrationService } from '@rongtong/identity';
import {
  isOutboxEventType,
  JobQueue,
  jobsForOutboxEvent,
  OutboxEventEnvelope,
  QUEUE_NAMES,
} from '@rongtong/jobs';
import { challengeBody, daysFromNow, registrationBody } from '../support/factories';
import { clockedModule, MovableClock } from '../support/clocked-module';
import { IsolatedEnvironment, isolatedEnvironment } from '../support/isolated-environment';

jest.setTimeout(90_000);

/** A clock the test moves. */
interface Org {
  organisationId: string;
  user: AuthenticatedUser;
}

/** Code of what a call threw (or 'ok'). */
async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

const proposal = (): ProposalDto => ({
  summary: '采用渗碳轴承钢与表面强化工艺，结合台架加速寿命试验，实现主轴承国产化替代。',
  technicalApproach: '材料选型、结构优化、有限元寿命预测、台架试验验证四步走。',
  team: [{ name: '王建国', role: '项目负责人', title: '教授级高工' }],
  milestones: [{ date: daysFromNow(200), deliverable: '样机台架试验报告', indicator: '设计寿命' }],
  budget: [{ item: '设备费', amountWan: 200 }],
  trlNow: 4,
  trlAtDelivery: 7,
  ipArrangement: '背景知识产权归各自所有，项目新产生的知识产权双方共有。',
});

/**
 * One source of truth for when a challenge closes, against real PostgreSQL with a moved Clock:
 * the owner's extension moves the listing's last day (so the hourly expiry leaves it published
 * and searchable), the old close job does nothing, a reviewed edit of the last day moves the open
 * round, and a round never closes earlier than announced.
 */
describe('challenge deadlines: round and listing agree (PostgreSQL)', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule;
  let db: DataSource;
  let challenges: ChallengeService;
  let lifecycle: ListingLifecycle;
  let revisions: ListingRevisions;
  let terms: ChallengeTermsStore;
  let applications: ApplicationsService;
  let review: ReviewService;
  let deadlines: RoundDeadlines;
  const clock = new MovableClock();
  let owner: Org;
  let reviewer: Org;

  async function org(type: string, roles: PlatformRole[] = []): Promise<Org> {
    const registered = await moduleRef
      .get(RegistrationService, { strict: false })
      .register(registrationBody({ type, regionCode: '210102' }) as never);
    await db.query(
      'UPDATE app_user SET platform_roles = $2, email_verified_at = now() WHERE id = $1',
      [registered.user.id, roles],
    );
    return {
      organisationId: registered.organisation.id,
      user: { id: registered.user.id, platformRoles: roles },
    };
  }

  /** Created, submitted and approved by another organisation's reviewer. */
  async function publish(validUntil: string): Promise<string> {
    const body = challengeBody(owner.organisationId, {
      minTier: null,
      eligibleOrganisationTypes: ['university'],
      validUntil,
    }) as unknown as CreateChallengeDto;
    const created = await challenges.create(owner.user, body);
    const submitted = await lifecycle.transition('challenge', owner.user, created.id, {
      action: 'submit',
    });
    const approved = await lifecycle.transition('challenge', reviewer.user, created.id, {
      action: 'approve',
      version: submitted.version,
    });
    expect(approved.status).toBe('published');
    return created.id;
  }

  async function draft(challengeId: string): Promise<{ applicant: Org; id: string }> {
    const applicant = await org('university');
    const started = await applications.start(applicant.user, challengeId, {
      organisationId: applicant.organisationId,
      proposal: proposal(),
    });
    return { applicant, id: started.id };
  }

  async function listing(id: string) {
    const found = await terms.byId(id);
    if (!found) throw new Error(`challenge ${id} gone`);
    return found;
  }

  /** The jobs the outbox rows about a challenge fan out to, newest row last. */
  async function routedJobs(challengeId: string) {
    const rows = await db.query<{ id: string; type: string; version: number; payload: object }[]>(
      `SELECT id::text, type, version, payload FROM outbox_event
        WHERE entity_id = $1 ORDER BY id`,
      [challengeId],
    );
    return rows.flatMap((row) =>
      isOutboxEventType(row.type)
        ? jobsForOutboxEvent(row.id, {
            type: row.type,
            entityId: challengeId,
            version: row.version,
            payload: row.payload,
          } as OutboxEventEnvelope)
        : [],
    );
  }

  /** What the worker would run for the challenge's last change of its listing. */
  async function runSync(challengeId: string) {
    const jobs = await routedJobs(challengeId);
    const sync = jobs.filter((job) => job.name === 'challenges.sync-deadline').at(-1);
    expect(sync?.payload).toEqual({ challengeId });
    return deadlines.syncWithListing({ challengeId });
  }

  const roundRow = async (challengeId: string) =>
    (
      await db.query<{ deadlineAt: Date; closedAt: Date | null; extendedAt: Date | null }[]>(
        `SELECT deadline_at AS "deadlineAt", closed_at AS "closedAt", extended_at AS "extendedAt"
           FROM challenge_round WHERE challenge_id = $1`,
        [challengeId],
      )
    )[0];

  beforeAll(async () => {
    env = isolatedEnvironment({ LISTING_REVIEW_REQUIRED: 'true' });
    ({ moduleRef, db } = await clockedModule(env, clock, [CatalogModule, ChallengesModule]));
    challenges = moduleRef.get(ChallengeService, { strict: false });
    lifecycle = moduleRef.get(ListingLifecycle, { strict: false });
    revisions = moduleRef.get(ListingRevisions, { strict: false });
    terms = moduleRef.get(ChallengeTermsStore, { strict: false });
    applications = moduleRef.get(ApplicationsService, { strict: false });
    review = moduleRef.get(ReviewService, { strict: false });
    deadlines = moduleRef.get(RoundDeadlines, { strict: false });
    owner = await org('large_enterprise');
    reviewer = await org('organiser', ['organiser']);
  });

  afterEach(() => {
    clock.offsetMs = 0;
  });

  afterAll(async () => {
    if (moduleRef) {
      for (const name of QUEUE_NAMES)
        await moduleRef.get(JobQueue).queue(name).obliterate({ force: true });
      await moduleRef.close();
    }
    await env?.dispose();
  });

  it('an extension keeps the listing published and open past the original day, to the new deadline', async () => {
    const challengeId = await publish(daysFromNow(10));
    const early = await draft(challengeId);
    const late = await draft(challengeId);
    const original = new Date((await review.round(challengeId)).deadlineAt);
    // Noon (China time) of the 7th day after the original last day.
    const extended = new Date(original.getTime() + 7 * 86_400_000 - 12 * 3_600_000 + 1_000);

    const view = await review.extendDeadline(owner.user, challengeId, {
      deadlineAt: extended.toISOString(),
    });
    expect(view).toMatchObject({ deadlineAt: extended.toISOString(), extended: true });
    const moved = await listing(challengeId);
    expect(moved.validUntil).toBe(chinaDate(extended));
    // The listing's new version goes to search (and matching follows the index).
    const version = (
      await db.query<{ version: number }[]>('SELECT version FROM challenge WHERE id = $1', [
        challengeId,
      ])
    )[0].version;
    expect(
      (await routedJobs(challengeId)).filter(
        (job) =>
          job.name === 'search.index-listing' &&
          (job.payload as { version: number }).version === version,
      ),
    ).toHaveLength(1);

    // Past the original last day: the hourly expiry runs, the listing stays published.
    clock.at(new Date(original.getTime() + 3 * 3_600_000));
    await lifecycle.expireDue({ batchSize: 50 });
    expect((await listing(challengeId)).status).toBe('published');
    // The close job scheduled for the original deadline finds it changed and closes nothing.
    const stale = await deadlines.closeApplications({
      challengeId,
      deadlineAt: original.toISOString(),
    });
    expect(stale.status).toBe('skipped');
    expect((await roundRow(challengeId)).closedAt).toBeNull();
    const submitted = await applications.submit(early.applicant.user, early.id);
    expect(submitted.stage).toBe('submitted');

    // One second past the new deadline (same China day): DEADLINE_PASSED, still published.
    clock.at(new Date(extended.getTime() + 1_000));
    await lifecycle.expireDue({ batchSize: 50 });
    expect((await listing(challengeId)).status).toBe('published');
    expect(await outcome(applications.submit(late.applicant.user, late.id))).toBe(
      'DEADLINE_PASSED',
    );
    const closed = await deadlines.closeApplications({
      challengeId,
      deadlineAt: extended.toISOString(),
    });
    expect(closed.status).toBe('done');
    const round = await review.round(challengeId);
    const closedAt = (await roundRow(challengeId)).closedAt;
    expect(closedAt!.getTime()).toBeGreaterThan(extended.getTime());
    expect(round).toMatchObject({ deadlinePassed: true, closedAt: closedAt!.toISOString() });

    // The next day the listing expires with its round.
    clock.at(new Date(extended.getTime() + 13 * 3_600_000));
    await lifecycle.expireDue({ batchSize: 50 });
    expect((await listing(challengeId)).status).toBe('expired');
  });

  it('refuses a second extension and one after the deadline, moving nothing', async () => {
    const challengeId = await publish(daysFromNow(5));
    await draft(challengeId);
    const original = new Date((await review.round(challengeId)).deadlineAt);
    const later = new Date(original.getTime() + 2 * 86_400_000);
    await review.extendDeadline(owner.user, challengeId, { deadlineAt: later.toISOString() });
    const again = new Date(later.getTime() + 86_400_000);
    expect(
      await outcome(
        review.extendDeadline(owner.user, challengeId, { deadlineAt: again.toISOString() }),
      ),
    ).toBe('DEADLINE_ALREADY_EXTENDED');
    expect((await listing(challengeId)).validUntil).toBe(chinaDate(later));

    const other = await publish(daysFromNow(5));
    await draft(other);
    const otherDeadline = new Date((await review.round(other)).deadlineAt);
    clock.at(new Date(otherDeadline.getTime() + 1_000));
    expect(
      await outcome(
        review.extendDeadline(owner.user, other, {
          deadlineAt: new Date(otherDeadline.getTime() + 86_400_000).toISOString(),
        }),
      ),
    ).toBe('DEADLINE_PASSED');
    expect((await listing(other)).validUntil).toBe(chinaDate(otherDeadline));
  });

  it('an approved edit of the last day moves the open round; an earlier day is set back', async () => {
    const challengeId = await publish(daysFromNow(10));
    const held = await draft(challengeId);
    // Computed once: a UTC midnight during the test must not change the days compared.
    const day30 = daysFromNow(30);
    const day20 = daysFromNow(20);
    const original = new Date((await review.round(challengeId)).deadlineAt);
    const notices = async () =>
      (
        await db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM notification
            WHERE type = 'challenge.deadline_extended' AND organisation_id = $1`,
          [held.applicant.organisationId],
        )
      )[0].n;

    // The owner's edit waits for review: nothing moves yet.
    const current = await listing(challengeId);
    const version = (
      await db.query<{ version: number }[]>('SELECT version FROM challenge WHERE id = $1', [
        challengeId,
      ])
    )[0].version;
    await challenges.update(owner.user, challengeId, { validUntil: day30, version });
    expect((await listing(challengeId)).validUntil).toBe(current.validUntil);
    expect((await review.round(challengeId)).deadlineAt).toBe(original.toISOString());

    const pending = async () =>
      (
        await db.query<{ id: string; version: number }[]>(
          `SELECT id, version FROM listing_revision WHERE listing_id = $1 AND status = 'pending'`,
          [challengeId],
        )
      )[0];
    const revision = await pending();
    await revisions.approve(reviewer.user, revision.id, { version: revision.version });
    expect((await listing(challengeId)).validUntil).toBe(day30);
    expect((await runSync(challengeId)).status).toBe('done');
    const moved = await review.round(challengeId);
    expect(moved.deadlineAt).toBe(new Date(`${day30}T23:59:59+08:00`).toISOString());
    // A reviewer's decision: the owner's one extension is still there; the draft holder is told.
    expect(moved.extended).toBe(false);
    expect(await notices()).toBe(1);
    // The close job of the old deadline, run at it, closes nothing; submit is open.
    clock.at(new Date(original.getTime() + 1_000));
    expect(
      (await deadlines.closeApplications({ challengeId, deadlineAt: original.toISOString() }))
        .status,
    ).toBe('skipped');
    await lifecycle.expireDue({ batchSize: 50 });
    expect((await applications.submit(held.applicant.user, held.id)).stage).toBe('submitted');
    clock.offsetMs = 0;

    // An approved earlier last day would close the round before the announced deadline: the
    // round keeps its deadline and the listing's last day is set back to it.
    const now = (
      await db.query<{ version: number }[]>('SELECT version FROM challenge WHERE id = $1', [
        challengeId,
      ])
    )[0].version;
    await challenges.update(owner.user, challengeId, {
      validUntil: day20,
      version: now,
    });
    const earlier = await pending();
    await revisions.approve(reviewer.user, earlier.id, { version: earlier.version });
    expect((await listing(challengeId)).validUntil).toBe(day20);
    expect(await runSync(challengeId)).toMatchObject({ status: 'done' });
    expect((await listing(challengeId)).validUntil).toBe(day30);
    expect((await review.round(challengeId)).deadlineAt).toBe(moved.deadlineAt);
    // In step now: a further run changes nothing.
    expect((await runSync(challengeId)).status).toBe('skipped');
    expect(await notices()).toBe(1);
  });
});
