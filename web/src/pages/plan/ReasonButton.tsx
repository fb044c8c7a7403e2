// An action button; 退回 asks for a reason first (the server refuses a return without one).
import { Button, Input, Modal } from 'antd';
import { useState } from 'react';
import type { PT } from './i18n.js';

export function ActionButtons({ pt, actions, run }: { pt: PT; actions: string[]; run: (action: string, reason?: string) => Promise<void> }) {
  const [asking, setAsking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const go = async (action: string, why?: string) => {
    setBusy(true);
    try {
      await run(action, why);
      setAsking(null);
      setReason('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {actions.map((a) => (
        <Button
          key={a}
          type={a === 'return' ? 'default' : 'primary'}
          danger={a === 'return'}
          loading={busy}
          onClick={() => (a === 'return' ? setAsking(a) : go(a))}
        >
          {pt(`act.${a}` as 'act.submit')}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={pt('act.return')}
        okText={pt('act.return')}
        cancelText={pt('cancel')}
        okButtonProps={{ disabled: !reason.trim(), loading: busy }}
        onOk={() => go(asking!, reason.trim())}
        onCancel={() => setAsking(null)}
      >
        <Input.TextArea
          aria-label={pt('reason')}
          placeholder={pt('reasonRequired')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          maxLength={2000}
        />
      </Modal>
    </>
  );
}
