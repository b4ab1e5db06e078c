import {
  COOPERATION_MODES,
  LICENCE_KINDS,
  LICENCE_KIND_LABELS,
  MODE_LABELS,
  isCooperationMode,
  isLicenceKind,
} from './cooperation-modes';

describe('cooperation modes', () => {
  it('lists the eight modes in order', () => {
    expect(COOPERATION_MODES).toEqual([
      'assignment',
      'licence',
      'equity',
      'joint_development',
      'commissioned_development',
      'service_consulting',
      'pilot_maturation',
      'talent_platform',
    ]);
  });

  it('labels every mode in Chinese and English', () => {
    expect(Object.keys(MODE_LABELS).sort()).toEqual([...COOPERATION_MODES].sort());
    expect(MODE_LABELS.assignment).toEqual({ zh: '技术转让', en: 'Technology assignment' });
    expect(MODE_LABELS.licence.zh).toBe('技术许可');
    expect(MODE_LABELS.equity.zh).toBe('作价入股');
    expect(MODE_LABELS.joint_development.zh).toBe('合作开发');
    expect(MODE_LABELS.commissioned_development.zh).toBe('委托开发');
    expect(MODE_LABELS.service_consulting.zh).toBe('技术服务与咨询');
    expect(MODE_LABELS.pilot_maturation.zh).toBe('中试熟化');
    expect(MODE_LABELS.talent_platform.zh).toBe('人才引进/共建平台');
    for (const mode of COOPERATION_MODES) expect(MODE_LABELS[mode].en).not.toBe('');
  });

  it('recognises only vocabulary keys', () => {
    expect(isCooperationMode('equity')).toBe(true);
    expect(isCooperationMode('talent_platform')).toBe(true);
    expect(isCooperationMode('Equity')).toBe(false);
    expect(isCooperationMode('技术转让')).toBe(false);
    expect(isCooperationMode('exclusive')).toBe(false);
    expect(isCooperationMode('')).toBe(false);
    expect(isCooperationMode('toString')).toBe(false);
  });
});

describe('licence kinds', () => {
  it('lists the four kinds with labels', () => {
    expect(LICENCE_KINDS).toEqual(['exclusive', 'sole', 'non_exclusive', 'open']);
    expect(LICENCE_KIND_LABELS).toEqual({
      exclusive: { zh: '独占许可', en: 'Exclusive licence' },
      sole: { zh: '排他许可', en: 'Sole licence' },
      non_exclusive: { zh: '普通许可', en: 'Non-exclusive licence' },
      open: { zh: '开放许可', en: 'Open licence (one-to-many)' },
    });
  });

  it('recognises only vocabulary keys', () => {
    expect(isLicenceKind('sole')).toBe(true);
    expect(isLicenceKind('non_exclusive')).toBe(true);
    expect(isLicenceKind('non-exclusive')).toBe(false);
    expect(isLicenceKind('licence')).toBe(false);
  });

  it('freezes the label tables', () => {
    expect(Object.isFrozen(MODE_LABELS)).toBe(true);
    expect(Object.isFrozen(LICENCE_KIND_LABELS)).toBe(true);
  });
});
