import {
  MATURITY_STAGES,
  TRL_LABELS,
  TRL_LEVELS,
  isMaturityStageKey,
  isTrl,
  stageForTrl,
  trlRangeForStage,
} from './maturity';

describe('TRL levels', () => {
  it('has levels 1 to 9, each labelled', () => {
    expect(TRL_LEVELS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const level of TRL_LEVELS) {
      expect(TRL_LABELS[level].zh).not.toBe('');
      expect(TRL_LABELS[level].en).not.toBe('');
    }
    expect(TRL_LABELS[1].en).toBe('Basic principles observed and reported');
    expect(TRL_LABELS[9].zh).toBe('系统在实际应用中得到验证（产业化）');
  });

  it('recognises integer levels only', () => {
    expect(isTrl(1)).toBe(true);
    expect(isTrl(9)).toBe(true);
    expect(isTrl(0)).toBe(false);
    expect(isTrl(10)).toBe(false);
    expect(isTrl(4.5)).toBe(false);
    expect(isTrl('5')).toBe(false);
    expect(isTrl(Number.NaN)).toBe(false);
  });
});

describe('maturity stages', () => {
  it('maps the Chinese stages to TRL ranges', () => {
    expect(MATURITY_STAGES.map((s) => [s.key, s.zh, s.minTrl, s.maxTrl])).toEqual([
      ['in_research', '正在研发', 1, 3],
      ['sample', '已有样品', 4, 5],
      ['lab_trial', '通过小试', 5, 6],
      ['pilot_trial', '通过中试', 6, 7],
      ['mass_production', '可以量产/产业化', 8, 9],
    ]);
    for (const stage of MATURITY_STAGES) expect(stage.en).not.toBe('');
  });

  it('picks the most mature stage containing a TRL', () => {
    const keys = TRL_LEVELS.map((trl) => stageForTrl(trl).key);
    expect(keys).toEqual([
      'in_research',
      'in_research',
      'in_research',
      'sample',
      'lab_trial', // 5 is in 已有样品 (4–5) and 通过小试 (5–6): the higher stage wins
      'pilot_trial', // 6 is in 通过小试 (5–6) and 通过中试 (6–7)
      'pilot_trial',
      'mass_production',
      'mass_production',
    ]);
    expect(stageForTrl(4).zh).toBe('已有样品');
  });

  it('rejects levels outside 1–9', () => {
    expect(() => stageForTrl(0)).toThrow(RangeError);
    expect(() => stageForTrl(10)).toThrow(RangeError);
    expect(() => stageForTrl(2.5)).toThrow('TRL must be an integer from 1 to 9, got 2.5');
  });

  it('gives the range of each stage', () => {
    expect(trlRangeForStage('in_research')).toEqual({ minTrl: 1, maxTrl: 3 });
    expect(trlRangeForStage('sample')).toEqual({ minTrl: 4, maxTrl: 5 });
    expect(trlRangeForStage('lab_trial')).toEqual({ minTrl: 5, maxTrl: 6 });
    expect(trlRangeForStage('pilot_trial')).toEqual({ minTrl: 6, maxTrl: 7 });
    expect(trlRangeForStage('mass_production')).toEqual({ minTrl: 8, maxTrl: 9 });
    expect(() => trlRangeForStage('unknown' as 'sample')).toThrow(RangeError);
  });

  it('covers every TRL with at least one stage', () => {
    for (const trl of TRL_LEVELS) {
      expect(MATURITY_STAGES.some((s) => s.minTrl <= trl && trl <= s.maxTrl)).toBe(true);
    }
  });

  it('recognises stage keys', () => {
    expect(isMaturityStageKey('pilot_trial')).toBe(true);
    expect(isMaturityStageKey('通过中试')).toBe(false);
  });
});
