// 单位: the unit tree, loaded one level at a time (virtual list: stays fast with tens of thousands
// of units), a search box, and the evaluations of the selected unit.
import { Alert, Card, Col, Empty, Input, List, Row, Table, Tag, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, qs, type EvaluationHeader, type UnitNode } from '../api.js';
import { StatusTag } from '../components/StatusTag.js';
import { useI18n } from '../i18n/index.js';

interface Node extends DataNode {
  key: string;
  unit: UnitNode;
  children?: Node[];
}

const toNode = (u: UnitNode): Node => ({ key: u.id, title: `${u.name}（${u.code}）`, unit: u, isLeaf: u.childCount === 0 });

function setChildren(list: Node[], key: string, children: Node[]): Node[] {
  return list.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: setChildren(n.children, key, children) } : n));
}

export default function UnitsPage() {
  const { t } = useI18n();
  const [tree, setTree] = useState<Node[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<UnitNode | null>(null);
  const [results, setResults] = useState<UnitNode[] | null>(null);
  const [evals, setEvals] = useState<EvaluationHeader[] | null>(null);

  useEffect(() => {
    api<{ units: UnitNode[] }>('GET', `/api/units${qs({ parentId: 'root' })}`).then(
      (r) => setTree(r.units.map(toNode)),
      (e: Error) => setError(e.message),
    );
  }, []);

  const loadData = useCallback(async (node: EventDataNode<Node>) => {
    if (node.children) return;
    const r = await api<{ units: UnitNode[] }>('GET', `/api/units${qs({ parentId: node.key as string })}`);
    setTree((old) => setChildren(old, node.key as string, r.units.map(toNode)));
  }, []);

  useEffect(() => {
    if (!selected) return;
    setEvals(null);
    api<{ evaluations: EvaluationHeader[] }>('GET', `/api/evaluations${qs({ unitId: selected.id })}`).then(
      (r) => setEvals(r.evaluations),
      (e: Error) => setError(e.message),
    );
  }, [selected]);

  const search = async (q: string) => {
    if (!q.trim()) return setResults(null);
    try {
      const r = await api<{ units: UnitNode[] }>('GET', `/api/units/search${qs({ q: q.trim(), limit: 50 })}`);
      setResults(r.units);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Row gutter={16}>
      <Col span={9}>
        <Card title={t('units.title')} size="small">
          <Input.Search aria-label={t('units.search')} placeholder={t('units.search')} allowClear onSearch={search} enterButton={t('common.search')} style={{ marginBottom: 12 }} />
          {error && <Alert type="error" title={t('common.error', { message: error })} style={{ marginBottom: 12 }} />}
          {results ? (
            <List
              size="small"
              aria-label={t('common.search')}
              dataSource={results}
              locale={{ emptyText: t('common.none') }}
              renderItem={(u) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => setSelected(u)}>
                  <a role="button" aria-label={u.name}>{u.name}</a> <Typography.Text type="secondary">{u.code}</Typography.Text>
                </List.Item>
              )}
            />
          ) : (
            <Tree<Node>
              aria-label={t('units.title')}
              treeData={tree}
              loadData={loadData}
              height={560}
              onSelect={(_, info) => setSelected(info.node.unit)}
            />
          )}
        </Card>
      </Col>
      <Col span={15}>
        <Card
          size="small"
          title={selected ? t('units.evaluations', { name: selected.name }) : t('units.title')}
          extra={selected && <><Link to={`/dashboard/${selected.id}`}>{t('units.dashboard')}</Link> <Tag>{t(`units.level.${selected.level}`)}</Tag></>}
        >
          {!selected ? (
            <Empty description={t('units.pick')} />
          ) : (
            <Table<EvaluationHeader>
              rowKey="id"
              size="small"
              loading={evals === null}
              dataSource={evals ?? []}
              pagination={false}
              columns={[
                { title: t('common.year'), dataIndex: 'year', width: 80 },
                { title: t('common.title'), dataIndex: 'title' },
                { title: t('common.status'), dataIndex: 'status', width: 100, render: (_: unknown, h) => <StatusTag status={h.status} /> },
                { title: t('common.actions'), key: 'a', width: 90, render: (_: unknown, h) => <Link to={`/evaluations/${h.id}`}>{t('common.open')}</Link> },
              ]}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
