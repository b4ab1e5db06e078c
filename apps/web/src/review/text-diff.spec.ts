import { textChange } from './text-diff';

describe('textChange', () => {
  it('keeps the shared beginning and end apart from the replaced words', () => {
    expect(textChange('寻求极片涂布在线检测方案', '寻求极片辊压在线检测方案')).toEqual({
      before: '寻求极片',
      removed: '涂布',
      added: '辊压',
      after: '在线检测方案',
    });
  });

  it('shows a pure addition and a pure removal', () => {
    expect(textChange('电池', '电池免费领取')).toEqual({
      before: '电池',
      removed: '',
      added: '免费领取',
      after: '',
    });
    expect(textChange('锂电池隔膜', '隔膜')).toEqual({
      before: '',
      removed: '锂电池',
      added: '',
      after: '隔膜',
    });
  });

  it('does not let the shared beginning and end overlap on repeated characters', () => {
    const change = textChange('aaa', 'aaaa');
    expect(change.before + change.removed + change.after).toBe('aaa');
    expect(change.before + change.added + change.after).toBe('aaaa');
    expect(change.added).toBe('a');
  });

  it('counts characters outside the basic plane as one', () => {
    expect(textChange('𠀀甲', '𠀀乙')).toEqual({
      before: '𠀀',
      removed: '甲',
      added: '乙',
      after: '',
    });
  });
});
