import { Tag } from 'antd';
import type { EvaluationStatus } from '../api.js';
import { useI18n } from '../i18n/index.js';

const COLOR: Record<EvaluationStatus, string> = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'success', published: 'purple' };

export function StatusTag({ status }: { status: EvaluationStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOR[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
