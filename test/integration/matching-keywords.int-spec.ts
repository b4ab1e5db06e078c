import { MatchFinder, TermStatisticsService } from '@rongtong/matching';
import { achievementBody, needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';

jest.setTimeout(120_000);

/**
 * Keywords the matcher extracts from listings whose owners gave none (real market listings):
 * written by each listing's match run, weighed with word statistics the nightly refresh counts,
 * and named in 推荐理由 as whole words.
 */
describe('extracted keywords (real PostgreSQL, Redis, Meilisearch; api + worker)', () => {
  let fx: MatchingFixtures;
  let sme: Party;
  let university: Party;

  beforeAll(async () => {
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    sme = await fx.signUp();
    university = await fx.signUp({ type: 'university', industryCode: '2921' });
  });

  afterAll(async () => {
    await fx?.product.stop();
  });

  const extracted = async (kind: string, id: string): Promise<string[] | undefined> => {
    const [row] = await fx
      .db()
      .query<{ keywords: string[] }[]>(
        `SELECT keywords FROM match_listing_keywords WHERE kind = $1 AND listing_id = $2`,
        [kind, id],
      );
    return row?.keywords;
  };

  it('a listing without keywords gets them at publishing, beside its empty own list, and 推荐理由 names whole words', async () => {
    const achievementId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId, {
        title: '多层共挤热封复合膜制备工艺',
        abstract:
          '以茂金属聚乙烯为热封层的多层共挤复合膜，热封强度高，封口平整不漏气，适用于食品包装袋。',
        keywords: [],
        industryCode: '2921',
      }),
    );
    const needId = await fx.publish(
      'needs',
      sme,
      needBody(sme.organisationId, {
        title: '食品包装袋漏气怎么办',
        description:
          '我公司成立于2009年，主营：塑料薄膜、编织袋的生产与销售。我厂生产的食品包装袋热封后封口起皱漏气，希望改进封口工艺。欢迎来电洽谈！',
        keywords: [],
        industryCode: '2921',
      }),
    );
    // Written by the match run that follows publishing.
    const needKeywords = await eventually(async () => {
      const keywords = await extracted('need', needId);
      expect(keywords).toEqual(expect.arrayContaining(['包装袋', '漏气', '封口']));
      return keywords ?? [];
    });
    for (const noise of ['公司', '主营', '欢迎', '来电', '塑料薄膜'])
      expect(needKeywords).not.toContain(noise);
    await eventually(async () =>
      expect(await extracted('achievement', achievementId)).toEqual(
        expect.arrayContaining(['复合膜', '共挤']),
      ),
    );
    // The owner's keywords stay as the owner gave them (none).
    const [need] = await fx
      .db()
      .query<{ keywords: string[] }[]>(`SELECT keywords FROM tech_need WHERE id = $1`, [needId]);
    expect(need.keywords).toEqual([]);

    await fx.indexed('achievements', achievementId);
    const found = await fx.product.worker
      .get(MatchFinder)
      .findCandidates('need', needId, { counterpartKinds: ['achievement'] });
    const pair = found.find((candidate) => candidate.counterpartId === achievementId);
    const reason = pair?.reasons.find((r) => r.kind === 'text')?.zh ?? '';
    expect(reason).toMatch(/^内容相近：都提到/);
    const named = reason.replace('内容相近：都提到', '').split('、');
    // Whole words one side extracted, each present in both texts.
    expect(named).toEqual(expect.arrayContaining(['包装袋', '封口']));
    for (const word of named)
      expect([
        ...needKeywords,
        ...((await extracted('achievement', achievementId)) ?? []),
      ]).toContain(word);
  });

  it('the nightly refresh counts the word statistics, prunes closed listings and extracts an empty kind in full', async () => {
    const needId = await fx.publish(
      'needs',
      sme,
      needBody(sme.organisationId, {
        title: '沿海桥梁钢筋锈蚀',
        description: '我们的沿海桥梁钢筋锈蚀严重，想找耐腐蚀的玄武岩纤维筋材替代。',
        keywords: [],
      }),
    );
    await eventually(async () =>
      expect(await extracted('need', needId)).toEqual(expect.arrayContaining(['玄武岩'])),
    );
    const db = fx.db();
    const gone = '00000000-0000-4000-8000-00000000beef';
    await db.query(
      `INSERT INTO match_listing_keywords (kind, listing_id, keywords, extracted_at)
       VALUES ('achievement', $1, ARRAY['玄武岩'], now())`,
      [gone],
    );
    await db.query(`DELETE FROM match_listing_keywords WHERE kind = 'need'`);

    await fx.product.worker.get(TermStatisticsService).refresh();

    const [corpus] = await db.query<{ documents: number }[]>(
      `SELECT documents FROM match_term_corpus WHERE kind = 'words'`,
    );
    const published = await db.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM tech_need WHERE status = 'published')
            + (SELECT count(*) FROM achievement WHERE status = 'published') AS n`,
    );
    expect(corpus.documents).toBe(Number(published[0].n));
    const words = await db.query<{ term: string; documents: number }[]>(
      `SELECT term, documents FROM match_term_statistic WHERE kind = 'words'`,
    );
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((row) => row.documents >= 2)).toBe(true);
    expect(await extracted('achievement', gone)).toBeUndefined();
    expect(await extracted('need', needId)).toEqual(expect.arrayContaining(['玄武岩']));
  });
});
