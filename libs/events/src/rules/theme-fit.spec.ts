import { themeFit } from './theme-fit';

const codes = {
  industryWithin: (code: string, ancestor: string) =>
    code.startsWith(ancestor.replace(/^[A-Z]/, '')),
  regionWithin: (code: string, ancestor: string) => code.startsWith(ancestor.replace(/0+$/, '')),
};
const theme = { industryCodes: ['C34'], keywords: ['数控机床', '热误差'], regionCodes: ['210000'] };
const need = {
  title: '数控机床主轴热误差补偿',
  body: '五轴加工中心主轴温升导致精度下降',
  keywords: ['主轴'],
  industryCode: '3421',
  regionCode: '210211',
};

describe('theme fit', () => {
  it('adds industry, keywords and region, with a reason for each', () => {
    const fit = themeFit(theme, need, codes);
    expect(fit?.score).toBe(40 + 30 + 15);
    expect(fit?.reasons.map((r) => r.zh)).toEqual([
      '行业 3421 属于本场主题行业 C34',
      '关键词：数控机床、热误差',
      '地区在本场主题范围内（210000）',
    ]);
  });

  it('invites nobody for the region alone', () => {
    expect(
      themeFit(theme, { ...need, title: '食品包装', body: '', industryCode: '1411' }, codes),
    ).toBeNull();
  });
});
