import type { MatchReason } from '../entities/match.entity';
import { MATCH_CONFIG } from './match-weights';
import { matchStrength, qualifiesAsMatch } from './pair-qualification';

const reason = (kind: MatchReason['kind'], contribution: number): MatchReason => ({
  kind,
  contribution,
  zh: kind,
  en: kind,
});

const thresholds = { minScore: 35, minTextPoints: 8 };

describe('qualifiesAsMatch', () => {
  // The demo data's case: a 贴片机 need and a GNSS anti-jamming achievement, 41 points from
  // modes, maturity, price, region and freshness, 1 from text.
  const offTopic = {
    score: 41,
    reasons: [
      reason('modes', 10),
      reason('maturity', 10),
      reason('price', 8),
      reason('region', 4.2),
      reason('freshness', 4.1),
      reason('text', 1),
    ],
  };

  it('refuses a need or achievement pair whose points come from structured signals alone', () => {
    expect(qualifiesAsMatch('need', offTopic, thresholds)).toBe(false);
    expect(qualifiesAsMatch('achievement', offTopic, thresholds)).toBe(false);
    expect(
      qualifiesAsMatch('need', { score: 50, reasons: [reason('industry', 14)] }, thresholds),
    ).toBe(false);
  });

  it('keeps a pair with enough text relevance and score', () => {
    const onTopic = { score: 41, reasons: [...offTopic.reasons.slice(0, 5), reason('text', 8)] };
    expect(qualifiesAsMatch('need', onTopic, thresholds)).toBe(true);
  });

  it('refuses anything below the minimum score, text or not', () => {
    expect(qualifiesAsMatch('need', { score: 34, reasons: [reason('text', 34)] }, thresholds)).toBe(
      false,
    );
    expect(qualifiesAsMatch('challenge', { score: 34, reasons: [] }, thresholds)).toBe(false);
  });

  it('keeps eligible challenge candidates without text', () => {
    expect(qualifiesAsMatch('challenge', offTopic, thresholds)).toBe(true);
  });
});

describe('matchStrength', () => {
  const calibrated = { minScore: 25, notifyThreshold: 35 };

  it('reads a score against the storing and notifying thresholds', () => {
    expect(matchStrength(35, calibrated)).toBe('strong');
    expect(matchStrength(34.9, calibrated)).toBe('fair');
    expect(matchStrength(25, calibrated)).toBe('fair');
    expect(matchStrength(24, calibrated)).toBe('weak');
  });

  it('uses the configured thresholds by default', () => {
    expect(matchStrength(MATCH_CONFIG.persistence.notifyThreshold)).toBe('strong');
    expect(matchStrength(MATCH_CONFIG.persistence.minScore - 1)).toBe('weak');
  });
});
