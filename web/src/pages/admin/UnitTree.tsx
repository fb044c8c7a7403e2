// 单位 tab, left (on a phone: top): the units this admin manages, this year, one level at a time,
// plus a search for any of them (a level may hold thousands; only the first page is listed).
import { Alert, Card, ConfigProvider, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getUnit, listChildUnitPage, type UnitNode } from '../../api.js';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker.js';
import { useAdt } from './i18n.js';

const PAGE = 500;

interface Node extends DataNode {
  key: string;
  unit?: UnitNode;
  /** a level longer than one page: how many are not listed */
  left?: number;
  children?: Node[];
}

function nodes(parent: string, page: { units: UnitNode[]; total: number }): Node[] {
  const list: Node[] = page.units.map((u) => ({ key: u.id, unit: u, isLeaf: u.childCount === 0 }));
  if (page.total > page.units.length) list.push({ key: `more:${parent}`, isLeaf: true, selectable: false, left: page.total - page.units.length });
  return list;
}

function findNode(list: Node[], key: string): Node | null {
  for (const n of list) {
    if (n.key === key) return n;
    const inner = n.children ? findNode(n.children, key) : null;
    if (inner) return inner;
  }
  return null;
}

function setChildren(list: Node[], key: string, children: Node[]): Node[] {
  return list.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: setChildren(n.children, key, children) } : n));
}

/** This year's tree again, with the levels that were open opened again (breadth first, so a parent
 * is loaded before its children); an open level that is gone (moved, retired) is dropped. */
async function reload(open: readonly string[]): Promise<{ list: Node[]; open: string[] }> {
  let list = nodes('root', await listChildUnitPage({ parentId: 'root', limit: PAGE }));
  const kept: string[] = [];
  let wave = open.filter((k) => findNode(list, k));
  const seen = new Set<string>();
  while (wave.length) {
    const pages = await Promise.all(wave.map((k) => listChildUnitPage({ parentId: k, limit: PAGE })));
    wave.forEach((k, i) => {
      list = setChildren(list, k, nodes(k, pages[i]!));
      kept.push(k);
      seen.add(k);
    });
    wave = open.filter((k) => !seen.has(k) && findNode(list, k)?.unit);
  }
  return { list, open: kept };
}

export function UnitTree(props: {
  phone: boolean;
  selectedId: string | null;
  onSelect: (u: PickedUnit) => void;
  /** bumped after a change: the tree reloads, keeping its open levels and the chosen unit in view */
  version: number;
}) {
  const adt = useAdt();
  const [tree, setTree] = useState<Node[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<PickedUnit | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const treeRef = useRef<{ scrollTo: (o: { key: string; align?: 'top' }) => void } | null>(null);

  /** A unit found by name: its ancestors opened, level by level, and the tree scrolled to it. */
  const reveal = async (id: string, from: Node[] = tree) => {
    try {
      const { ancestors } = await getUnit(id);
      let list = from;
      const open: string[] = [];
      for (const a of ancestors) {
        const node = findNode(list, a.id);
        if (!node) continue; // above this admin's own units
        if (!node.children) list = setChildren(list, a.id, nodes(a.id, await listChildUnitPage({ parentId: a.id, limit: PAGE })));
        open.push(a.id);
      }
      setTree(list);
      setExpanded((old) => [...new Set([...old, ...open])]);
      requestAnimationFrame(() => treeRef.current?.scrollTo({ key: id, align: 'top' }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  // the latest open levels and selection, read by the reload without re-running it on every click
  const state = useRef({ expanded, selectedId: props.selectedId });
  useEffect(() => {
    state.current = { expanded, selectedId: props.selectedId };
  });
  useEffect(() => {
    let live = true;
    reload(props.version === 0 ? [] : state.current.expanded).then(
      async ({ list, open }) => {
        if (!live) return;
        setTree(list);
        setExpanded(open);
        setError(null);
        // a moved unit is shown under its new parent
        const sel = state.current.selectedId;
        if (props.version > 0 && sel) await reveal(sel, list);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.version]);

  const loadData = useCallback(async (node: EventDataNode<Node>) => {
    if (node.children || !node.unit) return;
    const key = node.key as string;
    try {
      const r = await listChildUnitPage({ parentId: key, limit: PAGE });
      setTree((old) => setChildren(old, key, nodes(key, r)));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  return (
    <Card size="small" title={adt('adm.units.tree')} data-testid="units-tree">
      <div style={{ marginBottom: 12 }}>
        <UnitPicker
          id="unit-find"
          label={adt('adm.units.find')}
          placeholder={adt('adm.units.find')}
          notFound={adt('adm.units.parentNone')}
          value={picked}
          size={props.phone ? 'large' : undefined}
          onChange={(u) => {
            setPicked(u);
            if (u) {
              props.onSelect(u);
              void reveal(u.id);
            }
          }}
        />
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {/* on a phone each row is a 40 px touch target */}
      <ConfigProvider theme={props.phone ? { components: { Tree: { titleHeight: 40 } } } : {}}>
        <Tree<Node>
          aria-label={adt('adm.units.tree')}
          ref={treeRef as never}
          treeData={tree}
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys as string[])}
          loadData={loadData}
          // a phone has no room to aim at the small caret: a tap on the name opens the level too
          expandAction={props.phone ? 'click' : false}
          height={props.phone ? 360 : 520}
          titleRender={(n) =>
            n.unit ? (
              <span data-unit={n.unit.code}>
                {n.unit.shortName ?? n.unit.name}
                <Typography.Text type="secondary">{`（${n.unit.code}）`}</Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{adt('adm.units.treeMore', { n: n.left ?? 0 })}</Typography.Text>
            )
          }
          selectedKeys={props.selectedId ? [props.selectedId] : []}
          onSelect={(_, info) => info.node.unit && props.onSelect({ id: info.node.unit.id, name: info.node.unit.name, code: info.node.unit.code })}
        />
      </ConfigProvider>
    </Card>
  );
}
