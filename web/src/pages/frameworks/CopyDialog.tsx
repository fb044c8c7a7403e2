// 复制到新年度: asks the year, POSTs the copy, hands the new version to the caller.
import { App, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Framework } from '../../../../src/domain/types.js';
import { copyFramework } from '../../api.js';
import { useFt } from './i18n.js';

export function CopyDialog(props: { source: { id: string; name: string; year: number | null } | null; onClose: () => void; onCopied: (f: Framework) => void }) {
  const ft = useFt();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const src = props.source;
  const initial = (src?.year ?? new Date().getFullYear()) + 1;
  const value = year ?? initial;

  const ok = async () => {
    if (!src) return;
    setBusy(true);
    try {
      const f = await copyFramework(src.id, { year: value });
      message.success(ft('fw.copy.done', { n: f.version, year: f.year ?? value }));
      setYear(null);
      props.onCopied(f);
    } catch (e) {
      message.error(ft('fw.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={src !== null}
      title={src ? ft('fw.copy.title', { name: src.name }) : ''}
      okText={ft('fw.copy.ok')}
      cancelText={ft('fw.cancel')}
      confirmLoading={busy}
      onOk={ok}
      onCancel={() => {
        setYear(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{ft('fw.copy.hint')}</Typography.Paragraph>
      <Form layout="inline">
        <Form.Item label={ft('fw.copy.year')}>
          <InputNumber
            aria-label={ft('fw.copy.year')}
            min={1949}
            max={2200}
            precision={0}
            value={value}
            onChange={(v) => setYear(typeof v === 'number' ? v : null)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
