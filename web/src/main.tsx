// Entry: providers (antd locale follows the language), router with code-split routes.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './App.js';
import { AuthProvider } from './auth.js';
import { I18nProvider, useI18n } from './i18n/index.js';

// Fields take a blue hover/focus border: the brand red would read as the error border of a wrong figure.
const FIELD = { hoverBorderColor: '#4096ff', activeBorderColor: '#1677ff', activeShadow: '0 0 0 2px rgba(5, 145, 255, 0.1)' };
const THEME = {
  token: { colorPrimary: '#b5232f' },
  components: { Input: FIELD, InputNumber: FIELD, DatePicker: FIELD, Select: { hoverBorderColor: FIELD.hoverBorderColor, activeBorderColor: FIELD.activeBorderColor, activeOutlineColor: 'rgba(5, 145, 255, 0.1)' } },
};

function Themed() {
  const { lang } = useI18n();
  // antd's date pickers name months and weekdays through dayjs's global locale
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} button={{ autoInsertSpace: false }} theme={THEME}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Themed />
    </I18nProvider>
  </StrictMode>,
);
