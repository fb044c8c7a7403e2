// A published report's HTML shown in the page. The server forbids framing its responses
// (CSP frame-ancestors 'none'), so the HTML is fetched and given to a script-less srcdoc frame.
import { Alert, Spin } from 'antd';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';

export function ReportFrame({ url, title }: { url: string; title: string }) {
  const { t } = useI18n();
  const { data, error } = useLoad(async () => {
    const res = await fetch(url, { credentials: 'omit' });
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    return res.text();
  }, [url]);
  if (error) return <Alert type="error" showIcon title={t('common.error', { message: error.message })} />;
  if (data === null) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <iframe title={title} srcDoc={data} sandbox="allow-same-origin" style={{ width: '100%', height: '100%', border: 0 }} />;
}
