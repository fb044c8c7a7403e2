// 单位 tab: an admin adds a unit under one in its subtree (a deployment-wide admin may add a top unit).
// Without this a deployment could hold only the units the demo loader brought. A 400 lists every
// problem, under the button the admin just pressed; nothing typed is lost; after saving, the next step (its users) is one click away.
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { ApiError, createUnit } from '../../api.js';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker.js';
import { useAdt, levelLabel } from './i18n.js';
import { UNIT_LEVELS, type UnitLevel } from '../../../../src/domain/types.js';
import { currentLang, inLanguage } from '../../lib/serverMessage.js';

interface Draft {
  parent: PickedUnit | null;
  top: boolean;
  name: string;
  shortName: string;
  code: string;
  type: string;
  level: UnitLevel;
  fromYear: number;
}

const empty = (): Draft => ({ parent: null, top: false, name: '', shortName: '', code: '', type: '', level: 'county', fromYear: new Date().getFullYear() });

export function UnitCreateForm(props: {
  deploymentAdmin: boolean;
  phone: boolean;
  /** a parent chosen in the tree (在此单位下新增) */
  parent: PickedUnit | null;
  onUsers: () => void;
  onCreated: () => void;
}) {
  const adt = useAdt();
  const [d, setD] = useState<Draft>(empty);
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<{ name: string; code: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Draft>) => setD((old) => ({ ...old, ...patch }));
  const size = props.phone ? 'large' : undefined;
  // a parent chosen in the tree (在此单位下新增) fills the field; what else was typed stays
  const [seenParent, setSeenParent] = useState(props.parent);
  if (props.parent !== seenParent) {
    setSeenParent(props.parent);
    if (props.parent) setD((old) => ({ ...old, parent: props.parent, top: false }));
  }

  const submit = async () => {
    setCreated(null);
    if (!d.top && !d.parent) return setProblems([adt('adm.units.needParent')]);
    setSaving(true);
    try {
      const body = {
        name: d.name,
        shortName: d.shortName.trim() || null,
        code: d.code,
        type: d.type,
        level: d.level,
        parentId: d.top ? null : d.parent!.id,
        fromYear: d.fromYear,
      };
      const u = await createUnit(body);
      setProblems([]);
      setCreated(u);
      props.onCreated();
      setD((old) => ({ ...empty(), parent: old.parent, top: old.top, type: old.type, level: old.level, fromYear: old.fromYear }));
    } catch (e) {
      const details = e instanceof ApiError ? (e.body as { problems?: string[] }).problems?.map((x) => inLanguage(x, currentLang())) : undefined;
      setProblems(details?.length ? details : [(e as Error).message]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={adt('adm.units.submit')} id="unit-create">
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={adt('adm.units.parent')} htmlFor="unit-parent">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <UnitPicker
              id="unit-parent"
              label={adt('adm.units.parent')}
              placeholder={adt('adm.units.parentPlaceholder')}
              notFound={adt('adm.units.parentNone')}
              value={d.parent}
              disabled={d.top}
              size={size}
              onChange={(parent) => set({ parent })}
            />
            {props.deploymentAdmin && (
              <Checkbox checked={d.top} onChange={(e) => set({ top: e.target.checked })} style={props.phone ? { padding: '9px 0' } : undefined}>
                {adt('adm.units.top')}
              </Checkbox>
            )}
          </Space>
        </Form.Item>
        <Form.Item label={adt('adm.units.name')} htmlFor="unit-name" required>
          <Input
            id="unit-name"
            size={size}
            value={d.name}
            maxLength={100}
            placeholder={adt('adm.units.namePlaceholder')}
            onChange={(e) => set({ name: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={adt('adm.units.shortName')} htmlFor="unit-short">
          <Input
            id="unit-short"
            size={size}
            value={d.shortName}
            maxLength={50}
            placeholder={adt('adm.units.shortNamePlaceholder')}
            onChange={(e) => set({ shortName: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={adt('adm.units.code')} htmlFor="unit-code" extra={adt('adm.units.codeHelp')} required>
          <Input id="unit-code" size={size} value={d.code} maxLength={30} onChange={(e) => set({ code: e.target.value })} />
        </Form.Item>
        <Form.Item label={adt('adm.units.type')} htmlFor="unit-type" required>
          <Input
            id="unit-type"
            size={size}
            value={d.type}
            maxLength={30}
            placeholder={adt('adm.units.typePlaceholder')}
            onChange={(e) => set({ type: e.target.value })}
          />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item label={adt('adm.units.level')} htmlFor="unit-level" required>
            <Select<UnitLevel>
              id="unit-level"
              aria-label={adt('adm.units.level')}
              size={size}
              style={{ width: props.phone ? 300 : 160, maxWidth: '100%' }}
              value={d.level}
              onChange={(level) => set({ level })}
              options={UNIT_LEVELS.map((l) => ({ value: l, label: levelLabel(adt, l) }))}
            />
          </Form.Item>
          <Form.Item label={adt('adm.units.fromYear')} htmlFor="unit-year" extra={adt('adm.units.fromYearHelp')} required>
            <InputNumber id="unit-year" size={size} min={1949} max={2200} precision={0} value={d.fromYear} onChange={(v) => v && set({ fromYear: v })} />
          </Form.Item>
        </Space>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} size={size} block={props.phone}>
            {adt('adm.units.submit')}
          </Button>
        </Form.Item>
      </Form>
      {created && (
        <Alert
          type="success"
          showIcon
          data-testid="unit-created"
          title={adt('adm.units.created', created)}
          action={
            <Button size={size} onClick={props.onUsers}>
              {adt('adm.units.toUsers')}
            </Button>
          }
          style={{ marginTop: 8 }}
        />
      )}
      {problems.length > 0 && <Alert type="error" showIcon role="alert" data-testid="unit-problems" title={problems.join('；')} style={{ marginTop: 8 }} />}
    </Card>
  );
}
