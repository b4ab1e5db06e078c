import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  JudgementLogStore,
  MATCH_CONFIG,
  scoreFeatures,
  weightsVersion,
  type PairFeatures,
} from '@rongtong/matching';
import { runFeedbackReport } from '../../scripts/eval/feedback-cli';
import type { FeedbackReport } from '../../scripts/eval/feedback-report';
import { achievementBody, needBody } from '../support/factories';
import { MatchingFixtures, Party } from '../support/matching-fixtures';
import { startProduct } from '../support/running-product';
import { untilIdle } from '../support/until-idle';

jest.setTimeout(180_000);

interface LogRow {
  match_id: string;
  side: string;
  organisation_id: string;
  decision: string;
  decline_reason: string | null;
  score: number;
  features: PairFeatures | null;
  weights_version: string | null;
}

describe('judgement log (real PostgreSQL, Redis, Meilisearch; api + worker)', () => {
  let fx: MatchingFixtures;
  let sme: Party;
  let university: Party;
  let institute: Party;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rongtong-feedback-'));
    fx = new MatchingFixtures(await startProduct({ LISTING_REVIEW_REQUIRED: 'false' }));
    sme = await fx.signUp();
    university = await fx.signUp({ type: 'university', industryCode: '8341' });
    institute = await fx.signUp({ type: 'research_institute', industryCode: '7520' });
  });

  afterAll(async () => {
    await fx?.product.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const logOf = (matchId: string): Promise<LogRow[]> =>
    fx.db().query(
      `SELECT match_id, side, organisation_id, decision, decline_reason, score, features,
                weights_version
           FROM match_judgement WHERE match_id = $1 ORDER BY id`,
      [matchId],
    );

  const matchOf = async (matchId: string) => {
    const [row]: { score: number; features: PairFeatures | null; weights_version: string }[] =
      await fx
        .db()
        .query('SELECT score, features, weights_version FROM match WHERE id = $1', [matchId]);
    return row;
  };

  it('a decline (not_relevant), an interest and the mutual interest each write one row with the features behind the score; the report reads them', async () => {
    const needId = await fx.publish('needs', sme, needBody(sme.organisationId));
    const relevantId = await fx.publish(
      'achievements',
      university,
      achievementBody(university.organisationId),
    );
    // Same topic, another division of manufacturing and another province: a weaker pair.
    const weakerId = await fx.publish(
      'achievements',
      institute,
      achievementBody(institute.organisationId, { industryCode: '3911', regionCode: '320506' }),
    );
    const relevant = await fx.pairEventually(
      needId,
      relevantId,
      (row) => expect(row.active).toBe(true),
      90_000,
    );
    const weaker = await fx.pairEventually(
      needId,
      weakerId,
      (row) => expect(row.active).toBe(true),
      90_000,
    );
    // No recompute may move a pair's features between a decision and the checks below.
    await untilIdle(fx.product, 90_000);

    // Every stored pair carries the features that reproduce its score.
    for (const id of [relevant.id, weaker.id]) {
      const match = await matchOf(id);
      expect(match.features).not.toBeNull();
      expect(match.weights_version).toBe(weightsVersion(MATCH_CONFIG));
      expect(scoreFeatures(match.features!, MATCH_CONFIG).score).toBe(match.score);
    }

    await fx
      .api('post', `matches/${weaker.id}/decline`, sme)
      .send({ reason: 'not_relevant', note: '联系人王工 13800000000，方向不符' })
      .expect(200);
    const declined = await logOf(weaker.id);
    const weakerMatch = await matchOf(weaker.id);
    expect(declined).toEqual([
      {
        match_id: weaker.id,
        side: 'subject',
        organisation_id: sme.organisationId,
        decision: 'decline',
        decline_reason: 'not_relevant',
        score: weakerMatch.score,
        features: weakerMatch.features,
        weights_version: weightsVersion(MATCH_CONFIG),
      },
    ]);
    // No person and no free text: the note stays on the match, not in the log.
    const columns: { column_name: string }[] = await fx
      .db()
      .query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'match_judgement'`,
      );
    expect(columns.map((c) => c.column_name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/user|note|name|contact/)]),
    );

    await fx.api('post', `matches/${relevant.id}/interest`, sme).expect(200);
    expect((await logOf(relevant.id)).map((r) => [r.decision, r.side])).toEqual([
      ['interest', 'subject'],
    ]);
    // A refused action (already interested) writes nothing.
    await fx.api('post', `matches/${relevant.id}/interest`, sme).expect(409);
    await fx.api('post', `matches/${relevant.id}/interest`, university).expect(200);
    const relevantMatch = await matchOf(relevant.id);
    const rows = await logOf(relevant.id);
    expect(rows.map((r) => [r.decision, r.side, r.organisation_id, r.decline_reason])).toEqual([
      ['interest', 'subject', sme.organisationId, null],
      ['mutual', 'counterpart', university.organisationId, null],
    ]);
    for (const row of rows) {
      expect(row.features).toEqual(relevantMatch.features);
      expect(row.score).toBe(relevantMatch.score);
    }
    // Later steps of a deal are not relevance judgements.
    await fx.api('post', `matches/${relevant.id}/negotiate`, sme).expect(200);
    expect(await logOf(relevant.id)).toHaveLength(2);

    // The report over this log, from the database and from its export, says the same.
    const read = () => fx.product.api.get(JudgementLogStore).entries();
    const exported = join(dir, 'judgements.jsonl');
    const weights = join(dir, 'weights.json');
    writeFileSync(weights, JSON.stringify({ weights: { needAchievement: { industry: 0 } } }));
    const fromDb = JSON.parse(
      await runFeedbackReport(['--json', '--weights', weights, '--export', exported], read),
    ) as FeedbackReport;
    expect(readFileSync(exported, 'utf8').trim().split('\n')).toHaveLength(3);
    const fromFile = JSON.parse(
      await runFeedbackReport(['--json', '--weights', weights, '--from', exported], () =>
        Promise.reject(new Error('the database is not read with --from')),
      ),
    ) as FeedbackReport;
    expect(fromFile).toEqual(fromDb);
    expect(fromDb.counts).toMatchObject({
      total: 3,
      byDecision: { interest: 1, mutual: 1, 'decline:not_relevant': 1 },
      positives: 2,
      negatives: 1,
      withoutFeatures: 0,
    });
    // The need judged two candidates: the one it wanted scores above the one it declined.
    const current = fromDb.rows.find((r) => r.system === 'current')!.summary;
    expect(current).toMatchObject({ groups: 1, pairs: 1, accuracy: 1, auc: 1 });
    expect(current.meanPositiveRank).toBe(1);
    expect(fromDb.perGroup.map((g) => g.decider)).toEqual([`need:${needId}`]);
    expect(fromDb.changes).toEqual([{ path: 'weights.needAchievement.industry', from: 14, to: 0 }]);
    const text = await runFeedbackReport(['--from', exported], read);
    expect(text).toContain('| weights in force | 1 | 1 | 1.000 | 1.000 | 1.000 | 1.0 | 2.0 |');
  });
});
