// 单位: the tree of the units this admin manages beside (on a phone: above) the chosen unit's editor
// (rename, move, retire) and the form adding a unit. Without this screen a deployment could hold
// only the units the demo loader brought, and could never fix a name or follow a reorganisation.
import { Alert, Col, Grid, Row } from 'antd';
import { useState } from 'react';
import type { PickedUnit } from '../../components/UnitPicker.js';
import { useAdt } from './i18n.js';
import { UnitCreateForm } from './UnitCreateForm.js';
import { UnitEditor } from './UnitEditor.js';
import { UnitTree } from './UnitTree.js';

export function UnitsTab(props: { deploymentAdmin: boolean; onUsers: () => void }) {
  const adt = useAdt();
  const phone = Grid.useBreakpoint().md === false;
  const [selected, setSelected] = useState<PickedUnit | null>(null);
  const [addUnder, setAddUnder] = useState<PickedUnit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // bumped after a change: the tree reloads this year's units, keeping its open levels
  const [treeVersion, setTreeVersion] = useState(0);
  const reveal = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'smooth' }));

  return (
    <div data-testid="admin-units">
      <Alert type="info" showIcon title={adt('adm.units.hint')} style={{ marginBottom: 16 }} />
      {notice && (
        <Alert type="success" showIcon closable data-testid="unit-notice" title={notice} style={{ marginBottom: 16 }} onClose={() => setNotice(null)} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          {/* beside a long editor the tree stays in view (desktop) */}
          <div style={phone ? undefined : { position: 'sticky', top: 16 }}>
            <UnitTree
              version={treeVersion}
              phone={phone}
              selectedId={selected?.id ?? null}
              onSelect={(u) => {
                setSelected(u);
                setNotice(null);
                if (phone) reveal('unit-edit');
              }}
            />
          </div>
        </Col>
        <Col xs={24} lg={15} style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          {selected && (
            <div id="unit-edit">
              <UnitEditor
                key={selected.id}
                picked={selected}
                deploymentAdmin={props.deploymentAdmin}
                phone={phone}
                onChanged={(u, text) => {
                  setTreeVersion((v) => v + 1);
                  if (text) setNotice(text);
                  if (u === null) setSelected(null);
                }}
                onAddUnder={(u) => {
                  setAddUnder(u);
                  reveal('unit-create');
                }}
              />
            </div>
          )}
          <UnitCreateForm
            deploymentAdmin={props.deploymentAdmin}
            phone={phone}
            parent={addUnder}
            onUsers={props.onUsers}
            onCreated={() => setTreeVersion((v) => v + 1)}
          />
        </Col>
      </Row>
    </div>
  );
}
