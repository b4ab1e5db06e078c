import { RegionCatalog, type RegionSource } from './region-catalog';

describe('RegionCatalog (NBS 2023 data)', () => {
  const catalog = RegionCatalog.shared();

  it('loads 31 provinces, 342 cities and 2,975 distinct counties', () => {
    expect(catalog.counts()).toEqual({ provinces: 31, cities: 342, counties: 2975 });
    // 2,978 county rows in the source; three pseudo rows share their city's padded code.
    expect(catalog.mergedPseudoCounties).toEqual(['441900', '442000', '460400']);
  });

  it('returns the same instance from shared()', () => {
    expect(RegionCatalog.shared()).toBe(catalog);
  });

  it('loads a fresh catalog equal to the shared one', () => {
    const fresh = RegionCatalog.load();
    expect(fresh).not.toBe(catalog);
    expect(fresh.find('210000')).toEqual(catalog.find('210000'));
  });

  it('finds a province, a city and a county by six-digit code', () => {
    expect(catalog.find('210000')).toEqual({
      code: '210000',
      name: '辽宁省',
      level: 'province',
      provinceCode: '210000',
      fullName: '辽宁省',
    });
    expect(catalog.find('210200')).toEqual({
      code: '210200',
      name: '大连市',
      level: 'city',
      provinceCode: '210000',
      cityCode: '210200',
      fullName: '辽宁省 大连市',
    });
    expect(catalog.find('210211')).toEqual({
      code: '210211',
      name: '甘井子区',
      level: 'county',
      provinceCode: '210000',
      cityCode: '210200',
      fullName: '辽宁省 大连市 甘井子区',
    });
  });

  it('does not accept short or malformed codes in find()', () => {
    expect(catalog.find('21')).toBeUndefined();
    expect(catalog.find('2102')).toBeUndefined();
    expect(catalog.find('21021')).toBeUndefined();
    expect(catalog.find('2102111')).toBeUndefined();
    expect(catalog.find('21O211')).toBeUndefined();
    expect(catalog.find(' 210211 ')?.name).toBe('甘井子区');
  });

  it('pads short codes with toSixDigits', () => {
    expect(RegionCatalog.toSixDigits('11')).toBe('110000');
    expect(RegionCatalog.toSixDigits('1301')).toBe('130100');
    expect(RegionCatalog.toSixDigits('130102')).toBe('130102');
    expect(RegionCatalog.toSixDigits('130')).toBeUndefined();
    expect(RegionCatalog.toSixDigits('abc')).toBeUndefined();
  });

  it('rejects codes that do not exist', () => {
    expect(catalog.isValid('210299')).toBe(false);
    expect(catalog.isValid('990000')).toBe(false);
    // Hong Kong (81) and Taiwan (71) are not in the data set.
    expect(catalog.isValid('810000')).toBe(false);
    expect(catalog.isValid('710000')).toBe(false);
    expect(catalog.isValid('110105')).toBe(true);
  });

  it('omits 市辖区 from county full names under municipalities and flags the grouping row', () => {
    expect(catalog.find('110105')?.fullName).toBe('北京市 朝阳区');
    expect(catalog.find('310115')?.fullName).toBe('上海市 浦东新区');
    expect(catalog.find('110100')).toMatchObject({
      name: '市辖区',
      level: 'city',
      fullName: '北京市 市辖区',
      isPlaceholder: true,
    });
    // Chongqing has a second grouping row, 县, for its counties.
    expect(catalog.find('500229')?.fullName).toBe('重庆市 城口县');
    expect(catalog.find('500200')).toMatchObject({ name: '县', isPlaceholder: true });
    expect(catalog.find('210200')?.isPlaceholder).toBeUndefined();
  });

  it('omits 省直辖县级行政区划 from full names of directly administered county-level cities', () => {
    expect(catalog.find('419001')).toMatchObject({
      name: '济源市',
      cityCode: '419000',
      fullName: '河南省 济源市',
    });
    expect(catalog.find('429004')?.fullName).toBe('湖北省 仙桃市');
    expect(catalog.find('659001')?.fullName).toBe('新疆维吾尔自治区 石河子市');
    expect(catalog.find('419000')?.isPlaceholder).toBe(true);
  });

  it('treats 东莞, 中山 and 儋州 as cities without counties', () => {
    for (const [code, name] of [
      ['441900', '东莞市'],
      ['442000', '中山市'],
      ['460400', '儋州市'],
    ]) {
      expect(catalog.find(code)).toMatchObject({ name, level: 'city', cityCode: code });
      expect(catalog.children(code)).toEqual([]);
      expect(catalog.prefixFor(code)).toBe(code.slice(0, 4));
    }
    expect(catalog.find('441900')?.fullName).toBe('广东省 东莞市');
  });

  it('keeps 嘉峪关 620201 as a county without repeating the city name', () => {
    expect(catalog.find('620201')).toMatchObject({
      name: '嘉峪关市',
      level: 'county',
      cityCode: '620200',
      fullName: '甘肃省 嘉峪关市',
    });
    expect(catalog.children('620200').map((r) => r.code)).toEqual(['620201']);
  });

  it('accepts the 124 development zones as counties and flags them', () => {
    expect(catalog.find('130171')).toMatchObject({
      name: '石家庄高新技术产业开发区',
      level: 'county',
      cityCode: '130100',
      fullName: '河北省 石家庄市 石家庄高新技术产业开发区',
      isDevelopmentZone: true,
    });
    const zones = catalog
      .provinces()
      .flatMap((p) => catalog.children(p.code))
      .flatMap((c) => catalog.children(c.code))
      .filter((r) => r.isDevelopmentZone);
    expect(zones).toHaveLength(124);
    expect(zones.every((z) => z.code[4] === '7')).toBe(true);
    expect(catalog.find('210211')?.isDevelopmentZone).toBeUndefined();
  });

  it('navigates up with provinceOf and cityOf', () => {
    expect(catalog.provinceOf('210211')?.name).toBe('辽宁省');
    expect(catalog.provinceOf('210000')?.code).toBe('210000');
    expect(catalog.cityOf('210211')?.name).toBe('大连市');
    expect(catalog.cityOf('210200')?.code).toBe('210200');
    expect(catalog.cityOf('210000')).toBeUndefined();
    expect(catalog.provinceOf('999999')).toBeUndefined();
  });

  it('lists children', () => {
    expect(catalog.provinces()).toHaveLength(31);
    expect(catalog.provinces()[0]).toMatchObject({ code: '110000', name: '北京市' });
    expect(catalog.children('210000').map((r) => r.name)).toContain('大连市');
    expect(catalog.children('210000')).toHaveLength(14);
    expect(catalog.children('210211')).toEqual([]);
  });

  it('gives filter prefixes by level', () => {
    expect(catalog.prefixFor('210000')).toBe('21');
    expect(catalog.prefixFor('210200')).toBe('2102');
    expect(catalog.prefixFor('210211')).toBe('210211');
    expect(catalog.prefixFor('219999')).toBeUndefined();
  });

  it('decides containment inclusively', () => {
    expect(catalog.isWithin('210211', '210000')).toBe(true);
    expect(catalog.isWithin('210211', '210200')).toBe(true);
    expect(catalog.isWithin('210211', '210211')).toBe(true);
    expect(catalog.isWithin('210200', '210000')).toBe(true);
    expect(catalog.isWithin('210000', '210200')).toBe(false);
    expect(catalog.isWithin('210211', '220000')).toBe(false);
    expect(catalog.isWithin('210211', '210100')).toBe(false);
    expect(catalog.isWithin('110105', '110100')).toBe(true);
    expect(catalog.isWithin('999999', '210000')).toBe(false);
  });

  it('recognises region prefixes for credit codes', () => {
    expect(catalog.isKnownRegionPrefix('110000')).toBe(true);
    expect(catalog.isKnownRegionPrefix('350100')).toBe(true);
    expect(catalog.isKnownRegionPrefix('440305')).toBe(true);
    expect(catalog.isKnownRegionPrefix('130171')).toBe(true);
    expect(catalog.isKnownRegionPrefix('100000')).toBe(true);
    expect(catalog.isKnownRegionPrefix('110199')).toBe(false);
    expect(catalog.isKnownRegionPrefix('11')).toBe(false);
    expect(catalog.isKnownRegionPrefix(' 110000')).toBe(false);
    // 100000 is only a credit-code convention, not a division.
    expect(catalog.isValid('100000')).toBe(false);
  });

  it('returns frozen regions', () => {
    const region = catalog.find('210211');
    expect(Object.isFrozen(region)).toBe(true);
  });
});

describe('RegionCatalog data checks', () => {
  const base: RegionSource = {
    provinces: [{ code: '21', name: '辽宁省' }],
    cities: [{ code: '2102', name: '大连市', provinceCode: '21' }],
    areas: [{ code: '210211', name: '甘井子区', cityCode: '2102', provinceCode: '21' }],
  };

  it('builds from in-memory data', () => {
    expect(new RegionCatalog(base).counts()).toEqual({ provinces: 1, cities: 1, counties: 1 });
  });

  it('rejects a county whose city is missing', () => {
    const source = {
      ...base,
      areas: [{ code: '210311', name: 'x', cityCode: '2103', provinceCode: '21' }],
    };
    expect(() => new RegionCatalog(source)).toThrow('210311 refers to unknown parent 2103');
  });

  it('rejects a county filed under the wrong city', () => {
    const source = {
      ...base,
      cities: [...base.cities, { code: '2103', name: '鞍山市', provinceCode: '21' }],
      areas: [{ code: '210211', name: 'x', cityCode: '2103', provinceCode: '21' }],
    };
    expect(() => new RegionCatalog(source)).toThrow('210211 does not belong to 2103');
  });

  it('rejects duplicate and malformed codes', () => {
    expect(() => new RegionCatalog({ ...base, areas: [...base.areas, ...base.areas] })).toThrow(
      'duplicate code 210211',
    );
    expect(
      () => new RegionCatalog({ ...base, provinces: [{ code: '210', name: '辽宁省' }] }),
    ).toThrow('province code "210" is not 2 digits');
  });
});
