import { changedFields, contentOf, isMinorEdit, sameValue } from './revision-fields';

describe('revision fields', () => {
  const today = '2026-12-03';

  it('lets an owner extend a need or achievement within the limits, without review', () => {
    expect(isMinorEdit('need', 'validUntil', '2027-01-31', '2027-03-31', today)).toBe(true);
    expect(isMinorEdit('achievement', 'validUntil', '2027-01-31', '2027-07-30', today)).toBe(true);
  });

  it('sends shortening, long extensions and challenge deadlines to review', () => {
    expect(isMinorEdit('need', 'validUntil', '2027-03-31', '2027-01-31', today)).toBe(false);
    // 181 days past the current last day
    expect(isMinorEdit('need', 'validUntil', '2027-01-31', '2027-07-31', today)).toBe(false);
    // within 180 days of the last day, but more than a year from today
    expect(isMinorEdit('need', 'validUntil', '2027-11-30', '2027-12-04', today)).toBe(false);
    expect(isMinorEdit('challenge', 'validUntil', '2027-01-31', '2027-02-28', today)).toBe(false);
  });

  it('treats hiding the owner as minor and revealing it as reviewed', () => {
    expect(isMinorEdit('need', 'anonymous', false, true, today)).toBe(true);
    expect(isMinorEdit('need', 'anonymous', true, false, today)).toBe(false);
  });

  it('reviews every text, classification and number field', () => {
    for (const field of ['title', 'keywords', 'description', 'industryCode', 'budgetMaxWan']) {
      expect(isMinorEdit('need', field, 'a', 'b', today)).toBe(false);
    }
  });

  it('diffs content fields structurally, ignoring key order and undefined vs null', () => {
    const before = contentOf('need', {
      title: '旧标题',
      keywords: ['电池'],
      budgetMinWan: null,
      cooperationModes: ['licence'],
      status: 'published',
    });
    const after = { ...before, title: '新标题', budgetMinWan: undefined, keywords: ['电池'] };
    expect(changedFields('need', before, after)).toEqual([
      { field: 'title', old: '旧标题', new: '新标题' },
    ]);
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(Object.keys(before)).not.toContain('status');
  });

  it('detaches the content from the listing it was read from', () => {
    const listing = { keywords: ['电池'] };
    const content = contentOf('need', listing);
    (content.keywords as string[]).push('x');
    expect(listing.keywords).toEqual(['电池']);
  });
});
