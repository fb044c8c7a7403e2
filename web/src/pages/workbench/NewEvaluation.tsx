// 新建自评: a unit (the filler's own, or any the user may fill, found by any name), a year and a
// framework (default: the one the unit used last year). The server carries over last year's
// profile and targets and answers 409 with the existing evaluation's id when there is one.
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CreatedEvaluation, FrameworkSummary } from '../../../../src/domain/wire.js';
import { ApiError, createEvaluation, listEvaluations, listFrameworks, planApi } from '../../api.js';
import { useAuth } from '../../auth.js';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { useEt } from '../editor/i18n.js';
import { carryHint, carryHintText } from './carryHint.js';

type FrameworkRow = FrameworkSummary;
export type Created = CreatedEvaluation;

const DEFAULT = '';

/** The newest version of each framework code first, then older versions. */
export function frameworkOptions(list: FrameworkRow[], versionLabel: (f: FrameworkRow) => string) {
  const newest = new Map<string, FrameworkRow>();
  for (const f of list) if ((newest.get(f.code)?.version ?? -1) < f.version) newest.set(f.code, f);
  return [...list]
    .sort((a, b) => Number(newest.get(b.code) === b) - Number(newest.get(a.code) === a) || a.code.localeCompare(b.code) || b.version - a.version)
    .map((f) => ({ value: f.id, label: `${f.name} · ${versionLabel(f)}` }));
}

export function NewEvaluationDialog(props: { open: boolean; year: number; years: number[]; onClose: () => void }) {
  const { t } = useI18n();
  const et = useEt();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const fillerUnits = (user?.roles ?? []).filter((r) => r.role === 'filler' && r.unitId);
  const isAdmin = (user?.roles ?? []).some((r) => r.role === 'admin');
  const single = fillerUnits.length === 1 && !isAdmin;
  const first = fillerUnits[0];
  const [unit, setUnit] = useState<PickedUnit | null>(first ? { id: first.unitId!, name: first.unitName ?? '', code: '' } : null);
  const [year, setYear] = useState(props.year);
  const [frameworkId, setFrameworkId] = useState<string>(DEFAULT);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const frameworks = useLoad(() => (props.open ? listFrameworks() : Promise.resolve(null)), [props.open]);
  // what will be carried over, said for this unit and year (not "last year's" when there is none)
  const unitId = unit?.id ?? null;
  const earlier = useLoad(
    () => (props.open && unitId ? listEvaluations({ unitId }).then((r) => ({ unitId, evaluations: r.evaluations })) : Promise.resolve(null)),
    [props.open, unitId],
  );
  // approved 绩效目标 of the year fill the targets on their own (the server applies them on read)
  const approved = useLoad(
    () =>
      props.open && unitId
        ? planApi
            .targets(unitId, year)
            .then((r) => ({ unitId, year, any: r.targets.some((t) => t.status === 'approved' && t.scope === 'department') }))
            .catch(() => ({ unitId, year, any: false }))
        : Promise.resolve(null),
    [props.open, unitId, year],
  );
  const approvedKnown = approved.data && approved.data.unitId === unitId && approved.data.year === year;
  const hint = carryHint(
    earlier.data && earlier.data.unitId === unitId && approvedKnown ? earlier.data.evaluations : null,
    year,
    Boolean(approvedKnown && approved.data?.any),
  );
  const hintText = carryHintText(hint, et);
  const options = useMemo(
    () => [
      { value: DEFAULT, label: et('new.frameworkDefault') },
      ...frameworkOptions(frameworks.data?.frameworks ?? [], (f) => et('new.frameworkVersion', { year: f.year ?? et('new.anyYear'), n: f.version })),
    ],
    [frameworks.data, et],
  );

  const create = async () => {
    if (!unit) return setProblem(et('new.unitRequired'));
    setBusy(true);
    setProblem(null);
    try {
      const r = await createEvaluation({ unitId: unit.id, year, ...(frameworkId ? { frameworkId } : {}) });
      const c = r.carriedOver;
      const parts = [
        c.profileFromYear ? et('new.carriedProfile', { year: c.profileFromYear }) : null,
        c.targetsFromYear ? et('new.carriedTargets', { year: c.targetsFromYear, n: c.targets }) : null,
      ].filter(Boolean);
      message.success(parts.length ? `${et('new.created')}${t('common.colon')}${parts.join('；')}` : et('new.created'));
      props.onClose();
      // a new 自评 starts where the form starts (基本情况), not on the 指标自评表
      navigate(`/evaluations/${r.evaluation.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && typeof e.body.existingId === 'string') {
        const id = e.body.existingId;
        modal.confirm({
          title: et('new.exists', { unit: unit.name, year }),
          okText: et('new.openExisting'),
          cancelText: t('common.cancel'),
          onOk: () => {
            props.onClose();
            navigate(`/evaluations/${id}`);
          },
        });
      } else setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={et('new.title')}
      okText={et('new.ok')}
      cancelText={t('common.cancel')}
      onOk={() => void create()}
      confirmLoading={busy}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('common.unit')} htmlFor="new-unit" required>
          {single ? (
            <Typography.Text strong>{first?.unitName}</Typography.Text>
          ) : (
            <UnitPicker
              id="new-unit"
              value={unit}
              onChange={setUnit}
              label={t('common.unit')}
              placeholder={et('new.unitPlaceholder')}
              notFound={et('new.noUnit')}
              year={year}
              invalid={!!problem && !unit}
            />
          )}
        </Form.Item>
        <Form.Item label={t('common.year')} htmlFor="new-year" required>
          <Select<number>
            id="new-year"
            aria-label={t('common.year')}
            value={year}
            onChange={setYear}
            options={props.years.map((y) => ({ value: y, label: String(y) }))}
          />
        </Form.Item>
        <Form.Item label={et('new.framework')} htmlFor="new-framework" extra={et('new.frameworkHint')}>
          <Select<string>
            id="new-framework"
            aria-label={et('new.framework')}
            value={frameworkId}
            onChange={setFrameworkId}
            options={options}
            loading={frameworks.loading}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" data-testid="carry-hint">
        {hintText}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
    </Modal>
  );
}
