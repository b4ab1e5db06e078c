import { MATCH_CONFIG } from './match-weights';
import { MatchScorer } from './match-scorer';
import { OrganisationFeatureCache } from './organisation-feature-cache';
import { need, organisation } from './profile-fixtures';
import { organisationText } from './match-profiles';
import { textFeatures } from './text-similarity';

const university = (overrides: Parameters<typeof organisation>[0] = {}) =>
  organisation({
    id: 'org-uni',
    type: 'university',
    achievementTitles: ['机床热误差实时补偿系统', '高速电主轴动平衡'],
    achievementKeywords: ['热变形', '数控机床'],
    ...overrides,
  });

describe('OrganisationFeatureCache', () => {
  it('reuses features for the same capability text, even from another object', () => {
    const cache = new OrganisationFeatureCache(MATCH_CONFIG.text, 10);
    const first = cache.featuresOf(university());
    expect(cache.featuresOf(university())).toBe(first);
    expect(first).toEqual(textFeatures(organisationText(university()), MATCH_CONFIG.text));
  });

  it('vectorises again when a new achievement changed the text, whatever the id', () => {
    const cache = new OrganisationFeatureCache(MATCH_CONFIG.text, 10);
    const before = cache.featuresOf(university());
    const after = cache.featuresOf(
      university({
        achievementTitles: ['激光焊接质量在线检测', ...university().achievementTitles],
        achievementKeywords: ['激光焊接', ...university().achievementKeywords],
      }),
    );
    expect(after).not.toBe(before);
    expect(after.vector.has('激光')).toBe(true);
    expect(before.vector.has('激光')).toBe(false);
    // The keyword list is part of the key, not only the joined titles.
    expect(cache.featuresOf(university({ achievementKeywords: ['热变形'] }))).not.toBe(before);
  });

  it('gives a scorer exactly the scores and reasons it gives without the cache', () => {
    const cached = new MatchScorer(
      MATCH_CONFIG,
      undefined,
      new OrganisationFeatureCache(MATCH_CONFIG.text, 10),
    );
    const plain = new MatchScorer(MATCH_CONFIG);
    for (let i = 0; i < 2; i++) {
      expect(cached.needOrganisation(need(), university())).toEqual(
        plain.needOrganisation(need(), university()),
      );
    }
    expect(cached.needOrganisation(need(), university()).score).toBeGreaterThan(0);
  });
});
