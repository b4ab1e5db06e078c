import type { EventTheme } from '../entities/matchmaking-event.entity';

/** A listing as the theme judges it. */
export interface ThemeCandidate {
  title: string;
  body: string;
  keywords: readonly string[];
  industryCode: string;
  regionCode: string;
}

export interface ThemeReason {
  zh: string;
  en: string;
}

/** Hierarchy checks from the reference catalogues (GB/T 4754, GB/T 2260). */
export interface CodeHierarchy {
  industryWithin(code: string, ancestor: string): boolean;
  regionWithin(code: string, ancestor: string): boolean;
}

/**
 * How well a listing fits an event's theme, 0–100, with reasons: industry within a theme
 * industry (40), theme keywords in its title, keywords or text (15 each, up to 45), region within
 * a theme region (15). Null when neither its industry nor a keyword fits (region alone is not a
 * reason to invite anyone).
 */
export function themeFit(
  theme: EventTheme,
  listing: ThemeCandidate,
  codes: CodeHierarchy,
): { score: number; reasons: ThemeReason[] } | null {
  const reasons: ThemeReason[] = [];
  let score = 0;
  const industry = theme.industryCodes.find((code) =>
    codes.industryWithin(listing.industryCode, code),
  );
  if (industry) {
    score += 40;
    reasons.push({
      zh: `行业 ${listing.industryCode} 属于本场主题行业 ${industry}`,
      en: `Industry ${listing.industryCode} is within the theme's ${industry}`,
    });
  }
  const text = `${listing.title} ${listing.keywords.join(' ')} ${listing.body}`.toLowerCase();
  const hits = theme.keywords.filter((keyword) => keyword && text.includes(keyword.toLowerCase()));
  if (hits.length > 0) {
    score += Math.min(45, 15 * hits.length);
    reasons.push({ zh: `关键词：${hits.join('、')}`, en: `Keywords: ${hits.join(', ')}` });
  }
  if (!industry && hits.length === 0) return null;
  const region = theme.regionCodes.find((code) => codes.regionWithin(listing.regionCode, code));
  if (region) {
    score += 15;
    reasons.push({ zh: `地区在本场主题范围内（${region}）`, en: `Located within ${region}` });
  }
  return { score: Math.min(100, score), reasons };
}
