import { loadTechSynonyms, synonymMap } from './synonyms';

describe('synonymMap', () => {
  const map = synonymMap(
    [['锂电池', '锂离子电池']],
    [
      { words: ['充电宝', '移动电源'], terms: ['锂离子电池', '锂电池'] },
      { words: ['臭味'], terms: ['除臭', '恶臭'] },
    ],
  );

  it('maps every term of a synonym group to the others', () => {
    expect(map['锂电池']).toEqual(['锂离子电池']);
    expect(map['锂离子电池']).toEqual(['锂电池']);
  });

  it('maps what an SME writes to the technical terms, and its other words, one way', () => {
    expect(map['充电宝']).toEqual(['移动电源', '锂离子电池', '锂电池']);
    expect(map['臭味']).toEqual(['除臭', '恶臭']);
    expect(map['除臭']).toBeUndefined();
    expect(map['锂离子电池']).not.toContain('充电宝');
  });
});

describe('loadTechSynonyms', () => {
  it('reads both reviewed files of data/synonyms', () => {
    const synonyms = loadTechSynonyms();
    expect(synonyms['锂电池']).toContain('锂离子电池');
    expect(synonyms['充电宝']).toEqual(expect.arrayContaining(['锂离子电池']));
    expect(Object.keys(synonyms).length).toBeGreaterThan(300);
  });
});
