import { stripBoilerplate } from './boilerplate';

describe('stripBoilerplate', () => {
  it('drops the company introduction, the business scope and the sales phrase, keeps the problems', () => {
    const text =
      '我公司成立于2009年，主营：塑料薄膜、包装袋、编织袋的生产与销售。目前食品包装袋热封后经常有漏气、封口起皱的情况，客户投诉较多。欢迎来电洽谈！另外我们的编织袋印刷后掉色，也想一并请教。';
    expect(stripBoilerplate(text)).toBe(
      '目前食品包装袋热封后经常有漏气、封口起皱的情况，客户投诉较多。另外我们的编织袋印刷后掉色，也想一并请教。',
    );
  });

  it('drops contact lines and courtesy phrases', () => {
    const text =
      '猪场臭味大，周边村民意见大，希望找到除臭办法。有意者请联系王经理，电话13912345678。期待合作！';
    expect(stripBoilerplate(text)).toBe('猪场臭味大，周边村民意见大，希望找到除臭办法。');
  });

  it('keeps an introduction sentence that also states the problem', () => {
    const text = '本公司位于盐城化工园区，废水总磷一直超标。';
    expect(stripBoilerplate(text)).toBe(text);
  });

  it('cuts a scope list inside a sentence and resumes at the problem', () => {
    expect(stripBoilerplate('主要产品有水表、燃气表、热量表，近来水表读数不准，返修率高。')).toBe(
      '近来水表读数不准，返修率高。',
    );
  });

  it('keeps the text when every sentence would go', () => {
    const text = '我公司成立于2012年，是一家高新技术企业。';
    expect(stripBoilerplate(text)).toBe(text);
  });

  it('leaves a plain technical text alone', () => {
    const text = '研究了热封复合膜的工艺参数，封口强度提高30%。';
    expect(stripBoilerplate(text)).toBe(text);
  });
});
