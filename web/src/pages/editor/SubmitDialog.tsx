// 提交 asks first: saves, then lists what is still empty (GET …/completeness, the domain's
// completenessOf on the saved content) with a link to each place, and the score so far. Errors of the
// check (GET …/findings) are said first and keep 确认提交 off: the server refuses them anyway, and
// people confirmed, then read "不能提交" only afterwards.
import { Alert, Button, List, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { Evaluation } from '../../api.js';
import { getCompleteness, getFindings } from '../../api.js';
import type { CompletenessItem as DomainCompletenessItem } from '../../../../src/domain/completeness.js';
import { useI18n } from '../../i18n/index.js';
import type { Content } from './content.js';
import { useEt } from './i18n.js';
import { indicatorFieldId } from './IndicatorsTab.js';
import { SECTION_TAB, type Target } from './tabs.js';
import type { SectionKind } from '../../../../src/domain/types.js';

/** labelEn: what the English screen shows (names of indicators, projects and sections stay as written). */
export type CompletenessItem = DomainCompletenessItem;

/** Where an empty item is filled in: "indicator:2.2.1:actual" → the indicator tab, that cell. */
export function itemTarget(item: CompletenessItem, content: Content): Target {
  const [, a, b] = item.key.split(':');
  switch (item.area) {
    case 'indicators':
      return { tab: 'indicators', field: a ? indicatorFieldId(a, b === 'target' || b === 'deviationReason' ? b : 'actual') : null };
    case 'budget':
      return { tab: 'budget', field: null };
    case 'keyProjects':
      return { tab: 'keyProjects', field: null };
    case 'sections': {
      const s = content.sections.find((x) => x.key === a);
      // "section:missing:problems": a required chapter not in the outline, on its kind's tab
      const missing = a === 'missing' && b && b in SECTION_TAB ? SECTION_TAB[b as SectionKind] : null;
      return { tab: s ? SECTION_TAB[s.kind] : (missing ?? 'performance'), field: null };
    }
    case 'report':
      return { tab: 'profile', field: a === 'reportDate' ? 'report-date' : a === 'title' ? 'report-title' : null };
    default:
      return { tab: 'profile', field: null };
  }
}

export function SubmitDialog(props: {
  open: boolean;
  evaluation: Evaluation;
  content: Content;
  save: () => Promise<boolean>;
  onSubmit: () => Promise<boolean>;
  onGo: (t: Target) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const et = useEt();
  const [items, setItems] = useState<CompletenessItem[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // the edits could not be saved: said in the server's words; 确认提交 would submit the older version
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { open, evaluation, save } = props;

  useEffect(() => {
    if (!open) return;
    let live = true;
    setItems(null);
    setErrors([]);
    setError(null);
    setNotSaved(null);
    (async () => {
      let saved: boolean;
      try {
        saved = await save();
      } catch (e) {
        if (live) setNotSaved((e as Error).message);
        return null;
      }
      if (!saved) {
        if (live) setNotSaved(t('ed.save.error', { message: '' }));
        return null;
      }
      const [completeness, checked] = await Promise.all([getCompleteness(evaluation.id), getFindings(evaluation.id).catch(() => null)]);
      return { items: completeness.items, errors: (checked?.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.message) };
    })().then(
      (r) => {
        if (!live || !r) return;
        setItems(r.items);
        setErrors(r.errors);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, evaluation.id]);

  // a 定性 leaf without its level blocks 提交 (the server refuses it too): listed apart, first
  const blocking = (items ?? []).filter((i) => i.blocking);
  const empty = (items ?? []).filter((i) => !i.blocking);
  const areas = [...new Set(empty.map((i) => i.area))];
  const goButton = (i: CompletenessItem) => (
    <Button
      key="go"
      type="link"
      size="small"
      onClick={() => {
        props.onClose();
        props.onGo(itemTarget(i, props.content));
      }}
    >
      {et('submit.go')}
    </Button>
  );
  const grade = evaluation.grade ? et(`grade.${evaluation.grade}`) : null;
  return (
    <Modal
      open={open}
      title={et('submit.title')}
      width={640}
      destroyOnHidden
      onCancel={props.onClose}
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={busy}
            disabled={(items === null && !error) || blocking.length > 0 || errors.length > 0 || notSaved !== null}
            onClick={async () => {
              setBusy(true);
              try {
                await props.onSubmit(); // success or a blocking error: either way this dialog has done its part
                props.onClose();
              } finally {
                setBusy(false);
              }
            }}
          >
            {et('submit.ok')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{et('submit.lead')}</Typography.Paragraph>
      <Typography.Paragraph strong data-testid="submit-score">
        {evaluation.totalScore ? et('submit.score', { total: evaluation.totalScore, grade: grade ?? '—' }) : et('submit.noScore')}
      </Typography.Paragraph>
      {error && <Alert type="warning" showIcon title={et('submit.failed', { message: error })} />}
      {notSaved && <Alert type="error" showIcon role="alert" data-testid="submit-not-saved" title={notSaved} />}
      {items === null && !error && !notSaved && (
        <Space>
          <Spin size="small" /> {et('submit.loading')}
        </Space>
      )}
      {errors.length > 0 && (
        <BlockingList
          testId="submit-errors"
          title={et('submit.errors', { n: errors.length })}
          items={errors}
          renderItem={(m) => (
            <List.Item>
              <Typography.Text type="danger" style={{ overflowWrap: 'anywhere' }}>
                {m}
              </Typography.Text>
            </List.Item>
          )}
        >
          <Button
            type="link"
            size="small"
            onClick={() => {
              props.onClose();
              setTimeout(() => document.getElementById('findings-panel')?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 150);
            }}
          >
            {et('submit.toFindings')}
          </Button>
        </BlockingList>
      )}
      {items && items.length === 0 && <Alert type="success" showIcon title={et('submit.complete')} />}
      {blocking.length > 0 && (
        <BlockingList
          testId="completeness-blocking"
          title={et('submit.blocking', { n: blocking.length })}
          items={blocking}
          renderItem={(i) => (
            <List.Item data-completeness={i.key} actions={[goButton(i)]}>
              <Typography.Text type="danger">{lang === 'en' ? i.labelEn || i.label : i.label}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {items && empty.length > 0 && (
        <div aria-label={et('submit.empty', { n: empty.length })} data-testid="completeness">
          <Alert type="warning" showIcon title={et('submit.empty', { n: empty.length })} style={{ marginBottom: 8 }} />
          <div style={{ maxHeight: 360, overflowY: 'auto' }}>
            {areas.map((area) => (
              <List
                key={area}
                size="small"
                header={<Typography.Text strong>{et(`area.${area}`)}</Typography.Text>}
                dataSource={empty.filter((i) => i.area === area)}
                renderItem={(i) => (
                  <List.Item data-completeness={i.key} actions={[goButton(i)]}>
                    {lang === 'en' ? i.labelEn || i.label : i.label}
                  </List.Item>
                )}
              />
            ))}
          </div>
        </div>
      )}
    </Modal>
  );
}

/** What keeps 确认提交 off (errors of the check, blocking empty items): one error alert over its list. */
function BlockingList<T>(props: { testId: string; title: string; items: T[]; renderItem: (item: T) => ReactNode; children?: ReactNode }) {
  return (
    <div data-testid={props.testId} style={{ marginBottom: 12 }}>
      <Alert type="error" showIcon role="alert" title={props.title} style={{ marginBottom: 8 }} />
      <List size="small" dataSource={props.items} renderItem={props.renderItem} />
      {props.children}
    </div>
  );
}
