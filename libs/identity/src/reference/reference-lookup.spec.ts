import { ReferenceLookup } from './reference-lookup';

describe('ReferenceLookup', () => {
  const lookup = new ReferenceLookup();

  it('lists provinces, then a province’s cities and a city’s counties with their paths', () => {
    const provinces = lookup.regionChildren()!;
    expect(provinces).toHaveLength(31);
    expect(provinces.find((p) => p.code === '210000')).toEqual({
      code: '210000',
      name: '辽宁省',
      level: 'province',
      fullName: '辽宁省',
      path: ['210000'],
      hasChildren: true,
    });
    const dalian = lookup.regionChildren('210000')!.find((c) => c.name === '大连市')!;
    expect(dalian.path).toEqual(['210000', '210200']);
    const county = lookup.regionChildren('210200')!.find((c) => c.code === '210211')!;
    expect(county).toMatchObject({
      name: '甘井子区',
      path: ['210000', '210200', '210211'],
      hasChildren: false,
    });
    expect(lookup.regionChildren('210211')).toEqual([]);
    expect(lookup.regionChildren('999999')).toBeUndefined();
  });

  it('searches regions by name, broadest first, optionally inside a region', () => {
    const hits = lookup.searchRegions('大连', 10);
    expect(hits[0]).toMatchObject({ code: '210200', level: 'city' });
    expect(lookup.searchRegions('朝阳区', 10, '110000').map((r) => r.code)).toEqual(['110105']);
    expect(lookup.searchRegions('朝阳', 50).length).toBeGreaterThan(2);
    expect(lookup.searchRegions('   ', 10)).toEqual([]);
    expect(lookup.searchRegions('区', 5)).toHaveLength(5);
  });

  it('walks GB/T 4754 from sections down to classes', () => {
    const sections = lookup.industryChildren()!;
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    const division = lookup.industryChildren('C')!.find((d) => d.code === '38')!;
    expect(division).toMatchObject({
      level: 'division',
      path: ['C', '38'],
      fullName: '制造业 / 电气机械和器材制造业',
      hasChildren: true,
    });
    expect(lookup.industryEntry('C3841')).toMatchObject({
      code: '3841',
      level: 'class',
      path: ['C', '38', '384', '3841'],
      hasChildren: false,
    });
    expect(lookup.industryChildren('3841')).toEqual([]);
    expect(lookup.industryChildren('Z9')).toBeUndefined();
  });

  it('searches industries by name or code, broadest first', () => {
    const hits = lookup.searchIndustries('电池', 20);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.name.includes('电池'))).toBe(true);
    expect(hits.map((h) => h.code)).toContain('3841');
    expect(lookup.searchIndustries('3841', 5).map((h) => h.code)).toEqual(['3841']);
    expect(lookup.searchIndustries('制造', 100, 'C').every((h) => h.path[0] === 'C')).toBe(true);
  });
});
