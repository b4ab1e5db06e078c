import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1456c8',
    colorLink: '#1456c8',
    colorInfo: '#1456c8',
    borderRadius: 6,
    // antd's grey texts (45 % and 25 % black) fall below WCAG AA contrast (4.5:1) on white.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // antd's red (#ff4d4f) is 3.2:1 on white: danger buttons and error text need 4.5:1.
    colorError: '#cf1322',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", Roboto, sans-serif',
  },
};
