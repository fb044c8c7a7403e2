// 中文 / English switch, the same on the login page, the portal and the signed-in layout.
import { Segmented } from 'antd';
import { useI18n, type Lang } from '../i18n/index.js';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <Segmented<Lang>
      aria-label={t('lang.label')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
