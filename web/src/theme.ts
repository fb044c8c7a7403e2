// The colours of the UI: the 妇联 red, and text and link colours dark enough to read (WCAG AA,
// 4.5:1, checked by test/e2e/a11y.e2e.test.ts) — antd's defaults (#8c8c8c grey, #1677ff links,
// #ff4d4f red text) fall short of it on white.
import type { ThemeConfig } from 'antd';

// Fields take a blue hover/focus border: the brand red would read as the error border of a wrong figure.
const FIELD = { hoverBorderColor: '#4096ff', activeBorderColor: '#1677ff', activeShadow: '0 0 0 2px rgba(5, 145, 255, 0.1)' };

export const theme: ThemeConfig = {
  components: {
    Input: FIELD,
    InputNumber: FIELD,
    DatePicker: FIELD,
    Select: { hoverBorderColor: FIELD.hoverBorderColor, activeBorderColor: FIELD.activeBorderColor, activeOutlineColor: 'rgba(5, 145, 255, 0.1)' },
  },
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
