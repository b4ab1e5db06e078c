/**
 * Solid tag colours dark enough for white text (WCAG AA 4.5:1); antd's light presets (green,
 * gold, cyan) fail on their tints.
 */
export const TONE = {
  green: '#237804',
  gold: '#874d00',
  red: '#a8071a',
  blue: '#0958d9',
  purple: '#531dab',
  cyan: '#006d75',
} as const;
