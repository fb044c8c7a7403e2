// The indicator tree as an antd tree table: 一级/二级/三级 rows, editable in place for an
// administrator (name, unit, 性质, 分值), with add-child / remove and each row's problems beside it.
import { Button, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { Operator } from '../../../../src/domain/types.js';
import { useI18n } from '../../i18n/index.js';
import { OPERATOR_CHOICES, opLabel, ruleText, useFt } from './i18n.js';
import { toTree, type Problems, type Row, type RowPatch, type TreeRow } from './model.js';
import { RuleEditor, type RuleTarget } from './RuleEditor.js';

const LEVEL_COLOR = ['', 'red', 'orange', 'default'];

export function IndicatorTable(props: {
  rows: Row[];
  readOnly: boolean;
  problems: Problems;
  onChange: (code: string, patch: RowPatch) => void;
  onAdd: (parent: string) => void;
  onRemove: (code: string) => void;
}) {
  const ft = useFt();
  const { lang } = useI18n();
  const { rows, readOnly, problems } = props;
  const tree = useMemo(() => toTree(rows), [rows]);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<RuleTarget | null>(null);
  const groups = rows.filter((r) => rows.some((c) => c.parentCode === r.code)).map((r) => r.code);
  const expanded = groups.filter((c) => !collapsed.has(c));

  const columns: ColumnsType<TreeRow> = [
    {
      title: ft('fw.col.code'),
      dataIndex: 'code',
      width: 180,
      render: (c: string, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Tag color={LEVEL_COLOR[r.level]}>{ft(`fw.level.${Math.min(r.level, 3) as 1 | 2 | 3}`)}</Tag>
          {c}
        </span>
      ),
    },
    {
      title: ft('fw.col.name'),
      dataIndex: 'name',
      render: (v: string, r) => (
        <>
          {readOnly ? (
            v
          ) : (
            <Input
              size="small"
              aria-label={`${ft('fw.col.name')} ${r.code}`}
              value={v}
              status={v.trim() ? undefined : 'error'}
              onChange={(e) => props.onChange(r.code, { name: e.target.value })}
            />
          )}
          <RowProblems code={r.code} list={problems.get(r.code)} />
        </>
      ),
    },
    {
      title: ft('fw.col.unit'),
      dataIndex: 'unit',
      width: 80,
      render: (v: string | null, r) =>
        readOnly || !r.leaf ? (
          (v ?? '')
        ) : (
          <Input
            size="small"
            aria-label={`${ft('fw.col.unit')} ${r.code}`}
            value={v ?? ''}
            onChange={(e) => props.onChange(r.code, { unit: e.target.value })}
          />
        ),
    },
    {
      title: ft('fw.col.operator'),
      dataIndex: 'operator',
      width: 150,
      render: (v: Operator | null, r) =>
        !r.leaf ? (
          ''
        ) : readOnly || r.rule.kind === 'none' ? (
          opLabel(ft, v)
        ) : (
          <Select<Operator>
            size="small"
            aria-label={`${ft('fw.col.operator')} ${r.code}`}
            style={{ width: '100%' }}
            value={v ?? undefined}
            status={v ? undefined : 'error'}
            options={OPERATOR_CHOICES.map((o) => ({ value: o, label: opLabel(ft, o) }))}
            onChange={(o) => props.onChange(r.code, { operator: o })}
          />
        ),
    },
    {
      title: ft('fw.col.weight'),
      dataIndex: 'weight',
      width: 90,
      align: 'right',
      render: (v: string, r) =>
        readOnly ? (
          <span data-weight={r.code}>{v}</span>
        ) : (
          <Input
            size="small"
            aria-label={`${ft('fw.col.weight')} ${r.code}`}
            value={v}
            inputMode="decimal"
            style={{ textAlign: 'right' }}
            status={problems.get(r.code)?.length ? 'error' : undefined}
            onChange={(e) => props.onChange(r.code, { weight: e.target.value })}
          />
        ),
    },
    {
      title: ft('fw.col.rule'),
      key: 'rule',
      width: 300,
      render: (_, r) => (
        <>
          <Typography.Text type="secondary" data-rule-text={r.code}>
            {ruleText(ft, r.rule, r.operator, !r.leaf, r.unit)}
          </Typography.Text>
          {r.leaf && r.source && (
            <div>
              <Tag color="blue" data-source={r.code}>
                {ft('fw.source.tag', { name: ft(`fw.source.${r.source.kind}` as never) })}
                {r.source.kind === 'keyProjectMeasure' ? `（${r.source.project}/${r.source.measure}）` : ''}
              </Tag>
            </div>
          )}
          {!readOnly && r.leaf && r.rule.kind !== 'none' && r.operator && (
            <Button
              size="small"
              type="link"
              aria-label={`${ft('fw.rule.edit')} ${r.code}`}
              onClick={() => setEditing({ code: r.code, name: r.name, operator: r.operator, weight: r.weight, unit: r.unit, rule: r.rule, source: r.source })}
            >
              {ft('fw.rule.edit')}
            </Button>
          )}
        </>
      ),
    },
  ];
  if (!readOnly) {
    columns.push({
      title: ft('fw.col.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={4}>
          {r.level < 3 && (
            <Button
              size="small"
              type="link"
              aria-label={`${ft('fw.addChild')} ${r.code}`}
              onClick={() => {
                setCollapsed((s) => {
                  const n = new Set(s);
                  n.delete(r.code);
                  return n;
                });
                props.onAdd(r.code);
              }}
            >
              {ft('fw.addChild')}
            </Button>
          )}
          <Popconfirm
            title={ft('fw.remove.confirm', { name: r.name || r.code })}
            okText={ft('fw.remove')}
            cancelText={ft('fw.cancel')}
            onConfirm={() => props.onRemove(r.code)}
          >
            <Button size="small" type="link" danger aria-label={`${ft('fw.remove')} ${r.code}`}>
              {ft('fw.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      {editing && (
        <RuleEditor
          target={editing}
          onCancel={() => setEditing(null)}
          onApply={({ rule, source, operator }) => {
            props.onChange(editing.code, { ...(operator ? { operator } : {}), rule, source });
            setEditing(null);
          }}
        />
      )}
      <Table<TreeRow>
        key={lang}
        id="fw-tree"
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={tree}
        pagination={false}
        scroll={{ x: 1100 }}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, r) =>
            setCollapsed((s) => {
              const n = new Set(s);
              if (open) n.delete(r.code);
              else n.add(r.code);
              return n;
            }),
        }}
      />
    </>
  );
}

/** The problems of one row, under its name (the server's 400 and the live check, by code). */
function RowProblems(props: { code: string; list: string[] | undefined }) {
  if (!props.list?.length) return null;
  return (
    <div data-problems={props.code} role="alert" style={{ marginTop: 2 }}>
      {props.list.map((p) => (
        <div key={p}>
          <Typography.Text type="danger">{p}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
