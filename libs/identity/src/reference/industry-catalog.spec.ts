import { INDUSTRY_NAME_ERRATA, IndustryCatalog, type RawIndustryNode } from './industry-catalog';

describe('IndustryCatalog (GB/T 4754-2017)', () => {
  const catalog = IndustryCatalog.shared();

  it('has 20 sections, 97 divisions, 473 groups and 1,381 classes', () => {
    expect(catalog.counts()).toEqual({ sections: 20, divisions: 97, groups: 473, classes: 1381 });
    expect(
      catalog
        .children()
        .map((s) => s.code)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('returns the same instance from shared(); load() builds an equal fresh one', () => {
    expect(IndustryCatalog.shared()).toBe(catalog);
    const fresh = IndustryCatalog.load();
    expect(fresh).not.toBe(catalog);
    expect(fresh.find('C3421')).toEqual(catalog.find('C3421'));
  });

  it('finds a class in either code form', () => {
    const expected = {
      code: '3411',
      name: '锅炉及辅助设备制造',
      level: 'class',
      sectionCode: 'C',
      path: ['C', '34', '341', '3411'],
    };
    expect(catalog.find('3411')).toEqual(expected);
    expect(catalog.find('C3411')).toEqual(expected);
    expect(catalog.find(' c3411 ')).toEqual(expected);
  });

  it('finds each level', () => {
    expect(catalog.find('C')).toMatchObject({ name: '制造业', level: 'section', path: ['C'] });
    expect(catalog.find('I65')).toMatchObject({
      code: '65',
      name: '软件和信息技术服务业',
      level: 'division',
      sectionCode: 'I',
      path: ['I', '65'],
    });
    expect(catalog.find('M751')).toMatchObject({ name: '技术推广服务', level: 'group' });
    expect(catalog.find('0111')).toMatchObject({ name: '稻谷种植', sectionCode: 'A' });
    expect(catalog.find('T9700')).toMatchObject({ name: '国际组织', sectionCode: 'T' });
  });

  it('rejects unknown codes and a section letter that contradicts the digits', () => {
    expect(catalog.find('A3411')).toBeUndefined();
    expect(catalog.find('U')).toBeUndefined();
    expect(catalog.find('3410')).toBeUndefined();
    expect(catalog.find('3')).toBeUndefined();
    expect(catalog.find('34111')).toBeUndefined();
    expect(catalog.find('')).toBeUndefined();
    expect(catalog.isValid('C34')).toBe(true);
    expect(catalog.isValid('B34')).toBe(false);
  });

  it('normalises and qualifies codes', () => {
    expect(catalog.normalise('C3411')).toBe('3411');
    expect(catalog.normalise('c')).toBe('C');
    expect(catalog.normalise('Z1')).toBeUndefined();
    expect(catalog.qualifiedCode('3411')).toBe('C3411');
    expect(catalog.qualifiedCode('C')).toBe('C');
  });

  it('applies every erratum', () => {
    expect(Object.keys(INDUSTRY_NAME_ERRATA)).toHaveLength(11);
    for (const [code, name] of Object.entries(INDUSTRY_NAME_ERRATA)) {
      expect(catalog.find(code)?.name).toBe(name);
    }
    expect(catalog.find('2541')?.name).toBe('生物质液体燃料生产');
    expect(catalog.find('3531')?.name).toBe('食品、酒、饮料及茶生产专用设备制造');
    expect(catalog.find('37')?.name).toBe('铁路、船舶、航空航天和其他运输设备制造业');
  });

  it('leaves no whitespace in any name', () => {
    const all = collect(catalog, undefined);
    expect(all).toHaveLength(20 + 97 + 473 + 1381);
    expect(all.filter((i) => /\s/.test(i.name)).map((i) => i.code)).toEqual([]);
  });

  it('gives the section of any code', () => {
    expect(catalog.sectionOf('3411')?.code).toBe('C');
    expect(catalog.sectionOf('6511')).toMatchObject({
      code: 'I',
      name: '信息传输、软件和信息技术服务业',
    });
    expect(catalog.sectionOf('M')?.code).toBe('M');
    expect(catalog.sectionOf('9999')).toBeUndefined();
  });

  it('decides containment inclusively, across code forms', () => {
    expect(catalog.isWithin('3411', 'C')).toBe(true);
    expect(catalog.isWithin('3411', '34')).toBe(true);
    expect(catalog.isWithin('C3411', 'C341')).toBe(true);
    expect(catalog.isWithin('3411', '3411')).toBe(true);
    expect(catalog.isWithin('3411', '342')).toBe(false);
    expect(catalog.isWithin('3411', 'I')).toBe(false);
    expect(catalog.isWithin('C', '3411')).toBe(false);
    expect(catalog.isWithin('3411', 'nonsense')).toBe(false);
  });

  it('lists children in source order', () => {
    expect(catalog.children('A').map((i) => i.code)).toEqual(['01', '02', '03', '04', '05']);
    expect(catalog.children('C')).toHaveLength(31);
    expect(catalog.children('011').map((i) => i.code)).toEqual(['0111', '0112', '0113', '0119']);
    expect(catalog.children('0111')).toEqual([]);
    expect(catalog.children('X')).toEqual([]);
  });
});

describe('IndustryCatalog data checks', () => {
  const node = (code: string, name: string, children: RawIndustryNode[] = []): RawIndustryNode => ({
    code,
    name,
    children,
  });

  it('rejects a group outside its division', () => {
    const tree = [node('A', '农业', [node('01', '农业', [node('021', '错')])])];
    expect(() => new IndustryCatalog(tree)).toThrow('021 does not belong to 01');
  });

  it('rejects a code of the wrong length for its level', () => {
    const tree = [node('A', '农业', [node('011', '错')])];
    expect(() => new IndustryCatalog(tree)).toThrow('"011" is not a valid division code');
  });
});

function collect(
  catalog: IndustryCatalog,
  code: string | undefined,
): ReturnType<IndustryCatalog['children']>[number][] {
  return catalog.children(code).flatMap((child) => [child, ...collect(catalog, child.code)]);
}
