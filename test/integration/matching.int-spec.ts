import request from 'supertest';
import { Clock } from '@rongtong/common';
import { JobQueue } from '@rongtong/jobs';
import {
  MatchFinder,
  MatchingJobs,
  MatchingService,
  TermStatisticsService,
} from '@rongtong/matching';
import { achievementBody, needBody } from '../support/factories';
import { Party, MatchingFixtures } from '../support/matching-fixtures';
import { eventually } from '../support/isolated-environment';
import { startProduct } from '../support/running-product';

jest.setTimeout(120_000);

describe('matching (real PostgreSQL, Redis, Meilisearch; api + worker)', () => {
  let fx: MatchingFixtures;
  let sme: Party;
  let university: Party;

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    sme = await fx.signUp();
    university = await fx.signUp({
      type: 'university',
      industryCode: '8341',
      regionCode: '210102',
    });
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  it('a published pair is matched through the outbox, changes after an edit, retires when closed', async () => {
    const needId = await fx.publish('needs', sme, needBody(sme.organisationId));
    const achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId),
    );
    const first = await fx.pairEventually(needId, achievementId, (row) => {
      expect(row.active).toBe(true);
      expect(row.reasons.map((r) => r.kind)).toContain('industry');
    });
    expect(first.score).toBeGreaterThanOrEqual(60);
    expect(first.reasons.find((r) => r.kind === 'industry')?.zh).toBe(
      '行业一致（小类）：C3421 金属切削机床制造',
    );
    expect(first.reasons.find((r) => r.kind === 'text')?.zh).toContain('数控机床');
    // Both owners were told about it once, in the same transaction that stored it.
    expect(first.notified_score).toBe(first.score);
    const inbox = await fx
      .db()
      .query(
        `SELECT user_id FROM notification WHERE type = 'match.found' AND subject_id = $1 ORDER BY user_id`,
        [first.id],
      );
    expect(inbox.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [sme.userId, university.userId].sort(),
    );

    // Another industry (same section C, another division): lower score, other reason, same row.
    await request(fx.http)
      .patch(`/api/v1/achievements/${achievementId}`)
      .set(university.auth)
      .send({ industryCode: '3911' })
      .expect(200);
    const edited = await fx.pairEventually(needId, achievementId, (row) => {
      expect(row.reasons.find((r) => r.kind === 'industry')?.zh).toBe('行业一致（门类）：C 制造业');
    });
    expect(edited.id).toBe(first.id);
    expect(edited.score).toBeLessThan(first.score);

    // Recomputing again changes nothing and notifies nobody again.
    await fx.product.worker.get(MatchingService).matchListing('need', needId);
    const [again] = await fx.matchRow(needId, achievementId);
    expect(again.score).toBe(edited.score);
    const [{ n }] = await fx
      .db()
      .query(`SELECT count(*)::int AS n FROM notification WHERE subject_id = $1`, [first.id]);
    expect(n).toBe(2);

    await request(fx.http)
      .post(`/api/v1/achievements/${achievementId}/transitions`)
      .set(university.auth)
      .send({ action: 'close' })
      .expect(200);
    const retired = await fx.pairEventually(needId, achievementId, (row) =>
      expect(row.active).toBe(false),
    );
    expect(retired.id).toBe(first.id);
  });

  it('findCandidates ranks without writing, symmetric scores from both sides', async () => {
    const needId = await fx.publish(
      'needs',
      sme,
      needBody(sme.organisationId, {
        title: '锂电池极片涂布厚度在线检测需求',
        keywords: ['锂电池', '涂布', '在线检测'],
        industryCode: '3841',
      }),
    );
    const achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId, {
        title: '锂电池极片涂布面密度在线检测技术',
        abstract: '采用β射线与机器视觉融合的锂电池极片涂布在线检测，厚度误差小于1微米。',
        keywords: ['锂电池', '涂布', '在线检测'],
        industryCode: '3841',
      }),
    );
    await fx.indexed('needs', needId);
    await fx.indexed('achievements', achievementId);
    const finder = fx.product.worker.get(MatchFinder);
    const fromNeed = await finder.findCandidates('need', needId, {
      counterpartKinds: ['achievement'],
    });
    const fromAchievement = await finder.findCandidates('achievement', achievementId, {
      limit: 5,
      counterpartKinds: ['need'],
    });
    const forward = fromNeed.find((c) => c.counterpartId === achievementId);
    const backward = fromAchievement.find((c) => c.counterpartId === needId);
    expect(forward).toMatchObject({
      counterpartKind: 'achievement',
      counterpartOrganisationId: university.organisationId,
    });
    expect(backward?.score).toBe(forward?.score);
    expect(backward?.reasons).toEqual(forward?.reasons);
    expect(fromAchievement.length).toBeLessThanOrEqual(5);
    const scores = fromNeed.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Never the same organisation on both sides.
    expect(fromNeed.every((c) => c.counterpartOrganisationId !== sme.organisationId)).toBe(true);
  });

  it("an open achievement is in the BM25 postings that rank a need's candidates; closed, it leaves them", async () => {
    const achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId, {
        title: '多层共挤热封复合膜制备工艺',
        abstract: '以茂金属聚乙烯为热封层的多层共挤复合膜，热封强度高，封口平整不漏气。',
        keywords: [],
        industryCode: '2921',
      }),
    );
    const postings = () =>
      fx
        .db()
        .query<{ term: string }[]>(
          `SELECT term FROM match_term_posting WHERE kind = 'achievement' AND listing_id = $1`,
          [achievementId],
        );
    // Written by the matching job that follows publishing.
    await eventually(async () => expect((await postings()).map((r) => r.term)).toContain('热封'));
    // The need's title shares no word with the achievement's; its description does.
    const needId = await fx.publish(
      'needs',
      sme,
      needBody(sme.organisationId, {
        title: '食品袋漏气怎么办',
        description: '我厂生产的食品袋热封后封口起皱漏气，希望改进封口工艺。',
        keywords: [],
        industryCode: '2921',
      }),
    );
    const need = { title: '食品袋漏气怎么办', keywords: [], body: '热封后封口起皱漏气。' };
    expect(await fx.product.worker.get(TermStatisticsService).retrieve('need', need)).toContain(
      achievementId,
    );
    const found = await fx.product.worker
      .get(MatchFinder)
      .findCandidates('need', needId, { counterpartKinds: ['achievement'] });
    expect(found.map((c) => c.counterpartId)).toContain(achievementId);

    await request(fx.http)
      .post(`/api/v1/achievements/${achievementId}/transitions`)
      .set(university.auth)
      .send({ action: 'close' })
      .expect(200);
    await eventually(async () => expect(await postings()).toHaveLength(0));
  });

  it('the nightly refresh recounts the statistics without rebuilding the postings: it prunes listings no longer open and builds only an empty kind', async () => {
    const achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId, {
        title: '玄武岩纤维增强复合筋材',
        abstract: '玄武岩纤维与环氧树脂拉挤成型的复合筋材，耐腐蚀，用于沿海桥梁。',
        keywords: [],
      }),
    );
    const needId = await fx.publish(
      'needs',
      sme,
      needBody(sme.organisationId, {
        title: '沿海桥梁钢筋锈蚀',
        description: '我们的沿海桥梁钢筋锈蚀严重，想找耐腐蚀的玄武岩纤维筋材替代。',
        keywords: [],
      }),
    );
    const db = fx.db();
    const postingsOf = async (kind: string, id: string) =>
      (
        await db.query<{ term: string; impact: number }[]>(
          `SELECT term, impact FROM match_term_posting WHERE kind = $1 AND listing_id = $2`,
          [kind, id],
        )
      ).map((r) => r.term);
    await eventually(async () =>
      expect(await postingsOf('achievement', achievementId)).toContain('玄武'),
    );
    await eventually(async () => expect(await postingsOf('need', needId)).toContain('玄武'));
    // A marked impact shows whether the refresh rewrote the achievement's postings.
    await db.query(
      `UPDATE match_term_posting SET impact = 42 WHERE kind = 'achievement' AND listing_id = $1 AND term = '玄武'`,
      [achievementId],
    );
    // Postings of a listing that is not open (here: one that never existed) are pruned.
    const gone = '00000000-0000-4000-8000-00000000dead';
    await db.query(
      `INSERT INTO match_term_posting (kind, listing_id, term, impact) VALUES ('achievement', $1, '玄武', 1)`,
      [gone],
    );
    // A kind without any postings (a first deployment) is built in full.
    await db.query(`DELETE FROM match_term_posting WHERE kind = 'need'`);

    const refreshed = await fx.product.worker.get(TermStatisticsService).refresh();

    expect(refreshed.documents).toBeGreaterThan(0);
    const [marked] = await db.query<{ impact: number }[]>(
      `SELECT impact FROM match_term_posting WHERE kind = 'achievement' AND listing_id = $1 AND term = '玄武'`,
      [achievementId],
    );
    expect(marked.impact).toBe(42);
    expect(await postingsOf('achievement', gone)).toEqual([]);
    expect(await postingsOf('need', needId)).toContain('玄武');
    expect(refreshed.postings).toBeGreaterThan(0);
    // Its own match run rewrites a listing's postings with the current statistics.
    await fx.product.worker.get(MatchingService).matchListing('achievement', achievementId);
    const [rewritten] = await db.query<{ impact: number }[]>(
      `SELECT impact FROM match_term_posting WHERE kind = 'achievement' AND listing_id = $1 AND term = '玄武'`,
      [achievementId],
    );
    expect(rewritten.impact).toBeLessThan(42);
  });

  it('both sides matched concurrently leave one row per pair', async () => {
    const needId = await fx.publish(
      'needs',
      sme,
      needBody(sme.organisationId, {
        title: '风电齿轮箱轴承状态监测需求',
        keywords: ['风电', '轴承', '状态监测'],
      }),
    );
    const achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId, {
        title: '风电齿轮箱轴承状态监测系统',
        abstract: '基于振动信号与深度学习的风电齿轮箱轴承状态监测与故障预警系统。',
        keywords: ['风电', '轴承', '状态监测'],
      }),
    );
    await fx.indexed('needs', needId);
    await fx.indexed('achievements', achievementId);
    const matching = fx.product.worker.get(MatchingService);
    for (let round = 0; round < 4; round++) {
      await fx
        .db()
        .query('DELETE FROM match WHERE subject_id = $1 AND counterpart_id = $2', [
          needId,
          achievementId,
        ]);
      const results = await Promise.all([
        matching.matchListing('need', needId),
        matching.matchListing('achievement', achievementId),
        matching.matchListing('need', needId),
        matching.matchListing('achievement', achievementId),
      ]);
      expect(results.every((r) => r.outcome === 'matched')).toBe(true);
      const rows = await fx.matchRow(needId, achievementId);
      expect(rows).toHaveLength(1);
      expect(rows[0].active).toBe(true);
    }
  });

  it('the nightly recompute enqueues deterministic chunks once per day', async () => {
    const jobs = fx.product.worker.get(MatchingJobs);
    const queue = fx.product.worker.get(JobQueue).queue('matching');
    const today = fx.product.worker.get(Clock).today();
    await jobs.recomputeAll({ chunkSize: 1 });
    const first = await queue.getJob(`recompute-${today}-need-0`);
    expect(first?.name).toBe('matching.recompute-chunk');
    expect(first?.data.listingIds).toHaveLength(1);
    const count = async () =>
      (await queue.getJobs([], 0, -1)).filter((j) => j.id?.startsWith(`recompute-${today}`)).length;
    const before = await count();
    await jobs.recomputeAll({ chunkSize: 1 });
    expect(await count()).toBe(before);
    await eventually(async () => {
      expect(await first?.isCompleted()).toBe(true);
    }, 30_000);
  });
});
