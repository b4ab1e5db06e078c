import { MATCH_CONFIG } from './match-weights';
import { textSignal } from './signals';
import { TermStatistics } from '../text/bm25';
import {
  bm25Relevance,
  cosine,
  sharedKeywords,
  sharedWords,
  terms,
  termVector,
  textFeatures,
  textRelevance,
} from './text-similarity';

const need = {
  title: '锂电池极片涂布厚度在线检测需求',
  keywords: ['锂电池', '涂布', '在线检测'],
  body: '我司锂电池极片涂布后厚度波动大，希望采用机器视觉或β射线在线检测。',
};
const achievement = {
  title: '锂电池极片涂布面密度在线检测技术',
  keywords: ['面密度', '机器视觉', '在线检测'],
  body: '采用β射线与机器视觉融合的锂电池极片涂布在线检测，厚度误差小于1微米，支持AI缺陷识别。',
};

describe('text similarity', () => {
  it('reads Han bigrams without generic words, and Latin words', () => {
    expect(terms('基于机器视觉的AI检测')).toEqual([
      '于机',
      '机器',
      '器视',
      '视觉',
      '觉的',
      '检测',
      'ai',
    ]);
  });

  it('is symmetric in its arguments', () => {
    const a = termVector(need, MATCH_CONFIG.text);
    const b = termVector(achievement, MATCH_CONFIG.text);
    expect(cosine(a, b)).toBeCloseTo(cosine(b, a), 12);
    expect(new Set(sharedKeywords(need, achievement))).toEqual(
      new Set(sharedKeywords(achievement, need)),
    );
    expect(textRelevance(need, achievement, MATCH_CONFIG.text).fraction).toBeCloseTo(
      textRelevance(achievement, need, MATCH_CONFIG.text).fraction,
      12,
    );
  });

  it('shares keywords either side names that the other text contains', () => {
    expect(sharedKeywords(need, achievement)).toEqual(['锂电池', '涂布', '在线检测', '机器视觉']);
  });

  it('identical texts are fully similar, unrelated ones not at all', () => {
    const vector = termVector(need, MATCH_CONFIG.text);
    expect(cosine(vector, vector)).toBeCloseTo(1, 10);
    const unrelated = termVector(
      { title: '水稻抗倒伏栽培', keywords: ['水稻'], body: '调整播种密度' },
      MATCH_CONFIG.text,
    );
    expect(cosine(vector, unrelated)).toBe(0);
  });

  describe('extracted keywords (listings whose owners gave none)', () => {
    const packagingNeed = {
      title: '食品袋漏气怎么办',
      keywords: [],
      extractedKeywords: ['食品袋', '漏气', '热封', '封口', '起皱'],
      body: '我厂生产的食品袋热封后封口起皱漏气，希望改进封口工艺。',
    };
    const filmAchievement = {
      title: '多层共挤热封复合膜制备工艺',
      keywords: [],
      extractedKeywords: ['复合膜', '热封层', '茂金属', '热封', '封口'],
      body: '以茂金属聚乙烯为热封层的多层共挤复合膜，热封强度高，封口平整不漏气。',
    };

    it('shares whole extracted words either text contains, symmetrically', () => {
      expect(sharedWords(packagingNeed, filmAchievement)).toEqual(['漏气', '热封', '封口']);
      expect(new Set(sharedWords(filmAchievement, packagingNeed))).toEqual(
        new Set(sharedWords(packagingNeed, filmAchievement)),
      );
      // Owner keywords are the shared keywords; extracted words are not.
      expect(sharedKeywords(packagingNeed, filmAchievement)).toEqual([]);
    });

    it('reads extracted keywords only for a side whose owner gave none', () => {
      const owned = { ...packagingNeed, keywords: ['包装'] };
      expect(sharedWords(owned, filmAchievement)).toEqual(['热封', '封口']);
    });

    it('does not count extracted words in the score, and names them in 推荐理由', () => {
      const stats = TermStatistics.EMPTY;
      const config = MATCH_CONFIG.text;
      const withWords = bm25Relevance(
        textFeatures(packagingNeed, config),
        textFeatures(filmAchievement, config),
        stats,
        config,
      );
      const without = bm25Relevance(
        textFeatures({ ...packagingNeed, extractedKeywords: [] }, config),
        textFeatures({ ...filmAchievement, extractedKeywords: [] }, config),
        stats,
        config,
      );
      expect(withWords.fraction).toBe(without.fraction);
      expect(textSignal(withWords, config).zh).toBe('内容相近：都提到漏气、热封、封口');
      expect(textSignal(withWords, config).en).toBe(
        'Similar content: both mention 漏气, 热封, 封口',
      );
      // Without them the reason falls back to the phrases BM25 matched (bigram runs).
      expect(textSignal(without, config).zh).toMatch(/^内容相近：都提到/);
      expect(textSignal(without, config).zh).not.toBe(textSignal(withWords, config).zh);
    });

    it("names the owners' shared keywords before any extracted word", () => {
      const config = MATCH_CONFIG.text;
      const relevance = textRelevance(
        { ...packagingNeed, keywords: ['热封'] },
        filmAchievement,
        config,
      );
      expect(textSignal(relevance, config).zh).toBe('关键词重合：热封');
    });
  });
});
