import { parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('marks the matches the API put in <em> and keeps the rest plain', () => {
    expect(parseHighlight('高能量密度<em>锂电池</em>正极材料')).toEqual([
      { text: '高能量密度', match: false },
      { text: '锂电池', match: true },
      { text: '正极材料', match: false },
    ]);
  });

  it('turns escaped markup back into visible text, never into tags', () => {
    const parts = parseHighlight(
      '&#60;img src=x onerror=alert(1)&#62; <em>电池</em> &amp; &lt;b&gt;',
    );
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 电池 & <b>');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['电池']);
  });

  it('handles empty input and unbalanced markers', () => {
    expect(parseHighlight('')).toEqual([]);
    expect(parseHighlight('<em>电池')).toEqual([{ text: '电池', match: true }]);
  });
});
