import {
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  highlightHtml,
  retrievedFields,
  toSearchHit,
} from './search-hits';

describe('search hits', () => {
  it('never retrieves the sub-word field', () => {
    expect(retrievedFields('need')).not.toContain('subwords');
    expect(retrievedFields('need')).toEqual(
      expect.arrayContaining(['title', 'body', 'validUntil']),
    );
    expect(retrievedFields('organisation')).toEqual(expect.arrayContaining(['name', 'profile']));
  });

  it('escapes HTML and only then turns markers into <em>', () => {
    expect(highlightHtml(`<img src=x onerror="a()">${HIGHLIGHT_PRE}电池${HIGHLIGHT_POST}`)).toBe(
      '&#60;img src=x onerror=&#34;a()&#34;&#62;<em>电池</em>',
    );
    expect(highlightHtml(undefined)).toBe('');
  });

  it('copies known fields only and maps _formatted to highlight', () => {
    const hit = toSearchHit('organisation', {
      id: 'o1',
      name: '大连电池厂',
      profile: '锂电池',
      contact: { phone: '+8613900000000' },
      _formatted: { name: `大连${HIGHLIGHT_PRE}电池${HIGHLIGHT_POST}厂`, profile: '锂电池' },
    });
    expect(hit).toEqual({
      id: 'o1',
      name: '大连电池厂',
      profile: '锂电池',
      highlight: { title: '大连<em>电池</em>厂', body: '锂电池' },
    });
  });
});
