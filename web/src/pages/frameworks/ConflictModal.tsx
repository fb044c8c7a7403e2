// 409 on save: the server's current revision beside the draft; the draft stays on the page until the
// user picks one (load theirs, or keep mine and overwrite on the next save).
import { Button, Modal, Table, Typography } from 'antd';
import type { Framework } from '../../../../src/domain/types.js';
import { useFt } from './i18n.js';
import { differences, type Row } from './model.js';

export function ConflictModal(props: {
  current: (Framework & { revision?: number }) | null;
  mine: Row[];
  myName: string;
  myRevision: number;
  onReload: () => void;
  onKeep: () => void;
  onClose: () => void;
}) {
  const ft = useFt();
  const cur = props.current;
  const diff = cur ? differences(ft, cur, props.mine, props.myName) : [];
  return (
    <Modal
      open={cur !== null}
      title={ft('fw.conflict.title')}
      width={760}
      onCancel={props.onClose}
      footer={[
        <Button key="close" onClick={props.onClose}>
          {ft('fw.conflict.close')}
        </Button>,
        <Button key="keep" onClick={props.onKeep}>
          {ft('fw.conflict.keep')}
        </Button>,
        <Button key="reload" type="primary" onClick={props.onReload}>
          {ft('fw.conflict.reload')}
        </Button>,
      ]}
    >
      <div data-testid="fw-conflict">
        <Typography.Paragraph>{ft('fw.conflict.body', { revision: cur?.revision ?? '?', mine: props.myRevision })}</Typography.Paragraph>
        {diff.length === 0 ? (
          <Typography.Text type="secondary">{ft('fw.conflict.same')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            scroll={{ y: 320 }}
            title={() => ft('fw.conflict.diff')}
            dataSource={diff}
            columns={[
              { title: ft('fw.col.code'), dataIndex: 'code', width: 90 },
              { title: ft('fw.conflict.theirs'), dataIndex: 'theirs' },
              { title: ft('fw.conflict.mine'), dataIndex: 'mine' },
            ]}
          />
        )}
      </div>
    </Modal>
  );
}
