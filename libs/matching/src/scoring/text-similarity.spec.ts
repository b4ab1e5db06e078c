import { MATCH_CONFIG } from './match-weights';
import { cosine, sharedKeywords, terms, termVector, textRelevance } from './text-similarity';

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
});
