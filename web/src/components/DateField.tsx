// A date as the API stores it ("YYYY-MM-DD" or null) in Ant Design's picker: shown the way the
// language writes dates (2023年7月10日 / 2023-07-10), typed in any of the usual forms.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/index.js';

const ZH = ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD'];
const EN = ['YYYY-MM-DD', 'YYYY/M/D', 'YYYY年M月D日', 'YYYY.M.D', 'YYYYMMDD'];

/** The picker formats of the app's language: the first is how a date is shown, the rest are typed forms also read. */
export function useDateFormats(): string[] {
  const { lang } = useI18n();
  return lang === 'zh' ? ZH : EN;
}

interface Props {
  id?: string;
  'aria-label'?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  disabled?: boolean;
  style?: React.CSSProperties;
}

export function DateField({ value, onChange, ...rest }: Props) {
  const formats = useDateFormats();
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      {...rest}
      format={formats}
      style={{ width: '100%', ...rest.style }}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
