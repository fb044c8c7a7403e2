// The colours of the UI: the 妇联 red, and text and link colours dark enough to read (WCAG AA,
// 4.5:1, checked by test/e2e/a11y.e2e.test.ts) — antd's defaults (#8c8c8c grey, #1677ff links,
// #ff4d4f red text) fall short of it on white.
import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b5232f',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#666666',
    colorTextDescription: '#666666',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextPlaceholder: '#737373',
  },
};
