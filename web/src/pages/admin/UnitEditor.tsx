// 单位 tab: the chosen unit — rename it, move it under another parent from a year on, or retire
// (撤销) it after a last year. Move and retire ask first and say what stays (earlier years, 自评);
// a refusal lists every problem under the button pressed, and nothing typed is lost.
import { Alert, App, Button, Card, Checkbox, Divider, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, getUnit, moveUnit, retireUnit, updateUnit } from '../../api.js';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker.js';
import { useAdt, levelLabel } from './i18n.js';
import { UNIT_LEVELS, type Unit, type UnitLevel } from '../../../../src/domain/types.js';
import { currentLang, inLanguage } from '../../lib/serverMessage.js';

interface Draft {
  name: string;
  shortName: string;
  code: string;
  type: string;
  level: UnitLevel;
}
type Section = 'rename' | 'move' | 'retire';
const thisYear = () => new Date().getFullYear();
const toDraft = (u: Unit): Draft => ({ name: u.name, shortName: u.shortName ?? '', code: u.code, type: u.type, level: u.level });
const FIELDS = ['name', 'shortName', 'code', 'type', 'level'] as const;
const problemsOf = (e: unknown) => {
  const details = e instanceof ApiError ? (e.body as { problems?: string[] }).problems?.map((x) => inLanguage(x, currentLang())) : undefined;
  return details?.length ? details : [(e as Error).message];
};

export function UnitEditor(props: {
  picked: PickedUnit;
  deploymentAdmin: boolean;
  phone: boolean;
  /** null: the unit left this year's tree (retired); `notice` is said where the editor was */
  onChanged: (u: PickedUnit | null, notice?: string) => void;
  onAddUnder: (u: PickedUnit) => void;
}) {
  const adt = useAdt();
  const { modal } = App.useApp();
  const [unit, setUnit] = useState<Unit | null>(null);
  const [parent, setParent] = useState<Unit | null>(null);
  const [d, setD] = useState<Draft | null>(null);
  const [moveTo, setMoveTo] = useState<PickedUnit | null>(null);
  const [moveTop, setMoveTop] = useState(false);
  const [fromYear, setFromYear] = useState(thisYear());
  const [lastYear, setLastYear] = useState(thisYear() - 1);
  const [busy, setBusy] = useState<Section | null>(null);
  const [said, setSaid] = useState<{ section: Section; ok: boolean; text: string } | null>(null);
  const size = props.phone ? 'large' : undefined;
  const id = props.picked.id;

  useEffect(() => {
    let live = true;
    getUnit(id).then(
      (r) => {
        if (!live) return;
        setUnit(r.unit);
        setD(toDraft(r.unit));
        setParent(r.ancestors.at(-1) ?? null);
      },
      (e: Error) => live && setSaid({ section: 'rename', ok: false, text: e.message }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const run = async (section: Section, work: () => Promise<string>) => {
    setBusy(section);
    try {
      setSaid({ section, ok: true, text: await work() });
    } catch (e) {
      setSaid({ section, ok: false, text: problemsOf(e).join('；') });
    } finally {
      setBusy(null);
    }
  };
  const note = (section: Section) =>
    said?.section === section && (
      <Alert
        type={said.ok ? 'success' : 'error'}
        showIcon
        role={said.ok ? 'status' : 'alert'}
        data-testid={`unit-${section}-${said.ok ? 'done' : 'problems'}`}
        title={said.text}
        style={{ marginTop: 8 }}
      />
    );

  if (!unit || !d) return <Card size="small" loading title={props.picked.name} />;
  const set = (patch: Partial<Draft>) => setD((old) => (old ? { ...old, ...patch } : old));
  // a move from a year already past rewrites that year's tree (and every year up to now)
  const now = thisYear();
  const pastMove = fromYear < now;
  const span = fromYear === now - 1 ? adt('adm.units.yearOne', { a: fromYear }) : adt('adm.units.yearSpan', { a: fromYear, b: now - 1 });
  const pastWarning = adt('adm.units.movePast', { year: fromYear, span, now });

  /** “单位全称：旧 → 新；单位代码：…” — what another admin changed since this editor loaded the unit. */
  const changesBetween = (was: Unit, now: Unit) =>
    FIELDS.filter((f) => (was[f] ?? '') !== (now[f] ?? ''))
      .map((f) => {
        const show = (u: Unit) => (f === 'level' ? levelLabel(adt, u.level) : u[f] || '—');
        return `${adt(f === 'shortName' ? 'adm.units.shortNameWord' : `adm.units.${f}`)}${adt('adm.units.colon')}${show(was)} → ${show(now)}`;
      })
      .join(adt('adm.units.semi'));

  const rename = () =>
    run('rename', async () => {
      // previous: the unit as loaded, so an edit made meanwhile by another admin is a 409, not overwritten
      const previous = { name: unit.name, shortName: unit.shortName, code: unit.code, type: unit.type, level: unit.level };
      let u: Unit;
      try {
        u = await updateUnit(unit.id, { ...d, shortName: d.shortName.trim() || null, previous });
      } catch (e) {
        const current = e instanceof ApiError && e.status === 409 ? (e.body.current as Unit | undefined) : undefined;
        if (!current) throw e;
        // another admin saved first: say what they changed, keep what was typed, and take their save
        // as the base, so the next 保存 replaces it knowingly instead of being refused again
        setUnit(current);
        throw new Error(adt('adm.units.conflict', { changes: changesBetween(unit, current) || adt('adm.units.conflictSame') }));
      }
      setUnit(u);
      setD(toDraft(u));
      props.onChanged({ id: u.id, name: u.name, code: u.code });
      return adt('adm.units.renamed', { name: u.name, code: u.code });
    });

  const move = () => {
    if (!moveTop && !moveTo) return setSaid({ section: 'move', ok: false, text: adt('adm.units.moveNeedParent') });
    const to = moveTop ? adt('adm.units.topLevel') : `“${moveTo!.name}”`;
    const what = adt('adm.units.moveConfirm', { name: unit.name, from: parent ? `“${parent.name}”` : adt('adm.units.topLevel'), to, year: fromYear });
    modal.confirm({
      title: adt(pastMove ? 'adm.units.movePastTitle' : 'adm.units.moveConfirmTitle'),
      content: pastMove ? (
        <div data-testid="move-past-confirm">
          <p>{what}</p>
          <Alert type="warning" showIcon title={pastWarning} />
        </div>
      ) : (
        what
      ),
      width: pastMove ? 520 : undefined,
      okText: adt('adm.units.moveOk'),
      cancelText: adt('adm.units.cancel'),
      onOk: () =>
        run('move', async () => {
          await moveUnit(unit.id, { parentId: moveTop ? null : moveTo!.id, fromYear });
          const r = await getUnit(unit.id);
          setParent(r.ancestors.at(-1) ?? null);
          setMoveTo(null);
          props.onChanged({ id: unit.id, name: unit.name, code: unit.code });
          return adt('adm.units.moved', { name: unit.name, to, year: fromYear });
        }),
    });
  };

  const retire = () =>
    modal.confirm({
      title: adt('adm.units.retireConfirmTitle', { name: unit.name }),
      content: adt('adm.units.retireConfirm', { name: unit.name, year: lastYear, next: lastYear + 1 }),
      okText: adt('adm.units.retireOk'),
      okButtonProps: { danger: true },
      cancelText: adt('adm.units.cancel'),
      onOk: () =>
        run('retire', async () => {
          await retireUnit(unit.id, { lastYear });
          const text = adt('adm.units.retired', { name: unit.name, year: lastYear, next: lastYear + 1 });
          props.onChanged(lastYear < thisYear() ? null : { id: unit.id, name: unit.name, code: unit.code }, text);
          return text;
        }),
    });

  return (
    <Card
      size="small"
      data-testid="unit-editor"
      title={<span style={{ whiteSpace: 'normal' }}>{adt('adm.units.editing', { name: unit.name, code: unit.code })}</span>}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {adt('adm.units.parentNow', { parent: parent ? `${parent.name}（${parent.code}）` : adt('adm.units.topLevel') })}
      </Typography.Paragraph>
      <Button size={size} onClick={() => props.onAddUnder({ id: unit.id, name: unit.name, code: unit.code })} style={{ marginBottom: 12 }}>
        {adt('adm.units.addUnder')}
      </Button>
      <Form layout="vertical" onFinish={() => void rename()}>
        <Form.Item label={adt('adm.units.name')} htmlFor="edit-unit-name" required>
          <Input id="edit-unit-name" size={size} value={d.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={adt('adm.units.shortName')} htmlFor="edit-unit-short">
          <Input id="edit-unit-short" size={size} value={d.shortName} maxLength={50} onChange={(e) => set({ shortName: e.target.value })} />
        </Form.Item>
        <Form.Item label={adt('adm.units.code')} htmlFor="edit-unit-code" extra={adt('adm.units.codeHelp')} required>
          <Input id="edit-unit-code" size={size} value={d.code} maxLength={30} onChange={(e) => set({ code: e.target.value })} />
        </Form.Item>
        <Form.Item label={adt('adm.units.type')} htmlFor="edit-unit-type" required>
          <Input id="edit-unit-type" size={size} value={d.type} maxLength={30} onChange={(e) => set({ type: e.target.value })} />
        </Form.Item>
        <Form.Item label={adt('adm.units.level')} htmlFor="edit-unit-level" required>
          <Select<UnitLevel>
            id="edit-unit-level"
            aria-label={adt('adm.units.level')}
            size={size}
            style={{ width: props.phone ? '100%' : 160 }}
            value={d.level}
            onChange={(level) => set({ level })}
            options={UNIT_LEVELS.map((l) => ({ value: l, label: levelLabel(adt, l) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" size={size} loading={busy === 'rename'} block={props.phone}>
          {adt('adm.units.save')}
        </Button>
        {note('rename')}
      </Form>

      <Divider titlePlacement="start">{adt('adm.units.moveTitle')}</Divider>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <label htmlFor="move-parent">{adt('adm.units.moveTo')}</label>
        <UnitPicker
          id="move-parent"
          label={adt('adm.units.moveTo')}
          placeholder={adt('adm.units.parentPlaceholder')}
          notFound={adt('adm.units.parentNone')}
          value={moveTo}
          disabled={moveTop}
          size={size}
          onChange={setMoveTo}
        />
        {props.deploymentAdmin && (
          <Checkbox checked={moveTop} onChange={(e) => setMoveTop(e.target.checked)} style={props.phone ? { padding: '9px 0' } : undefined}>
            {adt('adm.units.moveTop')}
          </Checkbox>
        )}
        <label htmlFor="move-year">{adt('adm.units.moveYear')}</label>
        <InputNumber id="move-year" size={size} min={1949} max={2200} precision={0} value={fromYear} onChange={(v) => v && setFromYear(v)} />
        <Typography.Text type="secondary">{adt('adm.units.moveHelp')}</Typography.Text>
        {pastMove && <Alert type="warning" showIcon data-testid="move-past-warning" title={pastWarning} />}
        <Button size={size} onClick={move} loading={busy === 'move'} block={props.phone}>
          {adt('adm.units.moveOk')}
        </Button>
        {note('move')}
      </Space>

      <Divider titlePlacement="start">{adt('adm.units.retireTitle')}</Divider>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <label htmlFor="retire-year">{adt('adm.units.retireYear')}</label>
        <InputNumber id="retire-year" size={size} min={1949} max={2200} precision={0} value={lastYear} onChange={(v) => v && setLastYear(v)} />
        <Typography.Text type="secondary">{adt('adm.units.retireHelp')}</Typography.Text>
        <Button danger size={size} onClick={retire} loading={busy === 'retire'} block={props.phone}>
          {adt('adm.units.retireOk')}
        </Button>
        {note('retire')}
      </Space>
    </Card>
  );
}
