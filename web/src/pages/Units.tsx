// 单位: the unit tree, loaded one level at a time (virtual list: stays fast with tens of thousands
// of units), a search box, and the evaluations of the selected unit.
import { Alert, Card, Col, Empty, Input, List, Row, Table, Tag, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { listChildUnitPage, listEvaluations, searchUnits, type EvaluationHeader, type FoundUnit, type UnitNode } from '../api.js';
import type { UnitPage } from '../../../src/domain/wire.js';
import { StatusTag } from '../components/StatusTag.js';
import { useAuth } from '../auth.js';
import { useI18n } from '../i18n/index.js';

/** Children come a page at a time: a parent may have tens of thousands (one request for all of
 *  30,000 took 2.4 s and 4.6 MB). The last node of a partial level is a "load more" node. */
const PAGE = 200;

interface Node extends DataNode {
  key: string;
  unit?: UnitNode;
  /** A "load more" node: the next page of `parent` starts at `offset`. */
  more?: { parent: string; offset: number; left: number };
  children?: Node[];
}

const toNode = (u: UnitNode): Node => ({ key: u.id, unit: u, isLeaf: u.childCount === 0 });

/** The nodes of one page, with a "load more" node after them while children are left. */
function pageNodes(parent: string, page: UnitPage, offset: number): Node[] {
  const nodes = page.units.map(toNode);
  const next = offset + page.units.length;
  if (next < page.total && page.units.length > 0)
    nodes.push({ key: `more:${parent}:${next}`, isLeaf: true, more: { parent, offset: next, left: page.total - next } });
  return nodes;
}

function setChildren(list: Node[], key: string, children: Node[]): Node[] {
  return list.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: setChildren(n.children, key, children) } : n));
}

/** Replaces the "load more" node `key` with `nodes`, wherever it is. */
function replaceMore(list: Node[], key: string, nodes: Node[]): Node[] {
  const i = list.findIndex((n) => n.key === key);
  if (i >= 0) return [...list.slice(0, i), ...nodes, ...list.slice(i + 1)];
  return list.map((n) => (n.children ? { ...n, children: replaceMore(n.children, key, nodes) } : n));
}

const fetchPage = (parent: string, offset: number) => listChildUnitPage({ parentId: parent, limit: PAGE, offset });

export default function UnitsPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const isAdmin = user?.roles.some((g) => g.role === 'admin') ?? false;
  const [tree, setTree] = useState<Node[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<UnitNode | FoundUnit | null>(null);
  const [results, setResults] = useState<FoundUnit[] | null>(null);
  const [evals, setEvals] = useState<EvaluationHeader[] | null>(null);
  const [loadingMore, setLoadingMore] = useState<string | null>(null);

  useEffect(() => {
    fetchPage('root', 0).then(
      (r) => setTree(pageNodes('root', r, 0)),
      (e: Error) => {
        setTree([]);
        setError(e.message);
      },
    );
  }, []);

  const loadData = useCallback(async (node: EventDataNode<Node>) => {
    if (node.children || node.more) return;
    const key = node.key as string;
    const r = await fetchPage(key, 0);
    setTree((old) => setChildren(old ?? [], key, pageNodes(key, r, 0)));
  }, []);

  const loadMore = async (node: Node) => {
    const more = node.more!;
    if (loadingMore) return;
    setLoadingMore(node.key);
    try {
      const r = await fetchPage(more.parent, more.offset);
      setTree((old) => replaceMore(old ?? [], node.key, pageNodes(more.parent, r, more.offset)));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoadingMore(null);
    }
  };

  const title = (n: Node) =>
    n.more ? (
      <a role="button" data-testid="units-load-more">
        {loadingMore === n.key ? t('common.loading') : t('units.loadMore', { n: n.more.left })}
      </a>
    ) : (
      `${n.unit!.name}${t('common.paren', { x: n.unit!.code })}`
    );

  useEffect(() => {
    if (!selected) return;
    setEvals(null);
    listEvaluations({ unitId: selected.id }).then(
      (r) => setEvals(r.evaluations),
      (e: Error) => setError(e.message),
    );
  }, [selected]);

  const search = async (q: string) => {
    if (!q.trim()) return setResults(null);
    try {
      const r = await searchUnits({ q: q.trim(), limit: 50 });
      setResults(r.units);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Row gutter={16}>
      <Col span={9}>
        <Card title={t('units.title')} size="small">
          <Input.Search
            aria-label={t('units.search')}
            placeholder={t('units.search')}
            allowClear
            onSearch={search}
            enterButton={t('common.search')}
            style={{ marginBottom: 12 }}
          />
          {error && <Alert type="error" title={t('common.error', { message: error })} style={{ marginBottom: 12 }} />}
          {results ? (
            <List
              size="small"
              aria-label={t('common.search')}
              dataSource={results}
              locale={{ emptyText: <Typography.Text>{t('common.none')}</Typography.Text> }}
              renderItem={(u) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => setSelected(u)}>
                  <a role="button" aria-label={u.name}>
                    {u.name}
                  </a>{' '}
                  <Typography.Text type="secondary">{u.code}</Typography.Text>
                </List.Item>
              )}
            />
          ) : tree && tree.length === 0 && !error ? (
            // a new deployment: say where units come from instead of an empty box
            <Empty description={t('units.none')}>{isAdmin && <Link to="/admin?tab=units">{t('units.addInAdmin')}</Link>}</Empty>
          ) : (
            <Tree<Node>
              aria-label={t('units.title')}
              treeData={tree ?? []}
              loadData={loadData}
              height={560}
              titleRender={title}
              selectedKeys={selected ? [selected.id] : []}
              onSelect={(_, info) => (info.node.more ? void loadMore(info.node) : setSelected(info.node.unit ?? null))}
            />
          )}
        </Card>
      </Col>
      <Col span={15}>
        <Card
          size="small"
          title={selected ? t('units.evaluations', { name: selected.name }) : t('units.evaluationsOf')}
          extra={
            selected && (
              <>
                <Link to={`/dashboard/${selected.id}`}>{t('units.dashboard')}</Link> <Tag>{t(`units.level.${selected.level}`)}</Tag>
              </>
            )
          }
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
