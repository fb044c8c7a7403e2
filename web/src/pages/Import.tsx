// 导入旧报告: an old report (.txt/.docx/.xlsx) → a preview of what was recognised → a draft.
import { Alert, Button, Card, Descriptions, Grid, InputNumber, List, Modal, Select, Space, Spin, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, importEvaluation, previewImport } from '../api.js';
import { useAuth } from '../auth.js';
import { pickLang, useI18n, type T } from '../i18n/index.js';
import { RelationsReview, RelationSummary, useRelationWords, type RelationCounts, type ShownRelation } from '../components/Relations.js';
import { fmtTime } from '../lib/time.js';
import { ImportIndicators, type ImportedIndicatorRow } from './ImportIndicators.js';

// long previews list their first figures (a huge file places tens of thousands), a page at a time
const PLACED_SHOWN = 200;
const UNPLACED_SHOWN = 100;
const PAGE = 20;
// the same pager as the indicator rows (ImportIndicators): 20 at a time, with the range and the count
const paged = (n: number, t: T) =>
  n > PAGE
    ? {
        pageSize: PAGE,
        size: 'small' as const,
        showSizeChanger: false,
        simple: true,
        showTotal: (total: number, [from, to]: [number, number]) => t('import.rowsShown', { from, to, n: total }),
      }
    : false;

/** What the page is waiting for (a 3 MB report takes tens of seconds on a busy server). */
interface Work {
  kind: 'reading' | 'importing';
  name: string;
  size: number;
  started: number;
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Seconds since `from`, ticking while shown. */
function useElapsed(from: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (from === null) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [from]);
  return from === null ? 0 : Math.max(0, Math.floor((now - from) / 1000));
}

interface Recognised {
  format: string | null;
  title: string;
  reportDate: string | null;
  year: number | null;
  unitName: string | null;
  headings: string[];
  sections: number;
  paragraphs: number;
  budgetRows: number;
  noActivity: string[];
  profile: { authorizedPosts: number | null; staffActual: number | null; retired: number | null; departments: string[]; duties: number } | null;
  keyProjects: { code: string; name: string; target: string | null; actual: string | null; unitOfMeasure: string; funding: number }[];
  figureLinks: number;
  /** Figures placed into cells, with the sentence each came from (older servers omit them). */
  placed?: { text: string; cell: string; value: string; sentence: string }[];
  placedTotal?: number;
  filled?: { cell: string; value: string; how: 'derived' | 'assumed' | 'missing' }[];
  /** The report's own indicator table rows (older servers omit them). */
  indicators?: ImportedIndicatorRow[];
  indicatorTotals?: { weight: string | null; score: string | null }[];
}
/** The draft an import would overwrite (from a 409). */
interface Replaces {
  evaluationId: string;
  version: number;
  status: string;
  title: string;
  updatedAt: string;
  sections: number;
  paragraphs: number;
  budgetTypes: number;
  keyProjects: number;
}
interface Preview {
  recognised: Recognised;
  unplaced: string[];
  /** What the checker read in the file (services/importFile.ts CheckedRelations). */
  checked?: { summary: RelationCounts; relations: ShownRelation[]; omitted: { relations: number; findings: number }; skipped?: string };
}

const MAX_BYTES = 10 * 1024 * 1024;
const BUDGET_TYPES = ['general', 'governmentFund', 'stateCapital', 'socialInsurance'] as const;
type BudgetTypeKey = (typeof BUDGET_TYPES)[number];
const isBudgetType = (b: string): b is BudgetTypeKey => (BUDGET_TYPES as readonly string[]).includes(b);

/** File → base64 without loading a data: URL into the DOM. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export default function ImportPage() {
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const navigate = useNavigate();
  const units = (user?.roles ?? []).filter((r) => r.role === 'filler' && r.unitId);
  const [unitId, setUnitId] = useState<string | undefined>(units[0]?.unitId ?? undefined);
  const [year, setYear] = useState<number | null>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [work, setWork] = useState<Work | null>(null);
  const busy = work !== null;
  const elapsed = useElapsed(work?.started ?? null);
  const phone = !Grid.useBreakpoint().sm;

  // A file that cannot be read leaves the previous preview (and its file) as they were: nothing lost.
  async function choose(f: File) {
    setError(null);
    if (f.size === 0) return setError(t('import.empty', { name: f.name }));
    if (f.size > MAX_BYTES) return setError(t('import.tooLarge'));
    try {
      setWork({ kind: 'reading', name: f.name, size: f.size, started: Date.now() });
      const base64 = await toBase64(f);
      const p = (await previewImport({ fileName: f.name, contentBase64: base64 })) as Preview;
      setFile({ name: f.name, base64 });
      setPreview(p);
      if (p.recognised.year) setYear(p.recognised.year);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setWork(null);
    }
  }

  async function importDraft(version?: number) {
    if (!file || !unitId || !year) return;
    setWork({ kind: 'importing', name: file.name, size: 0, started: Date.now() });
    setError(null);
    try {
      const e = await importEvaluation({
        unitId,
        year,
        fileName: file.name,
        contentBase64: file.base64,
        ...(version ? { version } : {}),
      });
      navigate(`/evaluations/${e.id}`);
    } catch (err) {
      const replaces = err instanceof ApiError && err.status === 409 ? (err.body.replaces as Replaces | null | undefined) : undefined;
      // An existing draft is replaced only after the user has seen what it holds.
      if (replaces) {
        Modal.confirm({
          title: t('import.replaceTitle'),
          content: t('import.replaceBody', {
            title: replaces.title,
            version: String(replaces.version),
            at: fmtTime(replaces.updatedAt),
            sections: String(replaces.sections),
            paragraphs: String(replaces.paragraphs),
            keyProjects: String(replaces.keyProjects),
          }),
          okText: t('import.replaceOk'),
          okButtonProps: { danger: true },
          onOk: () => importDraft(replaces.version),
        });
      } else setError((err as Error).message);
    } finally {
      setWork(null);
    }
  }

  const r = preview?.recognised;
  const tr = useRelationWords();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      {units.length === 0 && <Alert type="info" showIcon message={t('import.fillersOnly')} />}
      <Card>
        <Space wrap>
          <Upload accept=".txt,.docx,.xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => (void choose(f), false)}>
            <Button icon={<UploadOutlined />} loading={busy} aria-label={t('import.choose')}>
              {t('import.choose')}
            </Button>
          </Upload>
          {file && <Typography.Text style={{ overflowWrap: 'anywhere' }}>{file.name}</Typography.Text>}
        </Space>
        {work && (
          <div role="status" aria-live="polite" data-testid="import-working" style={{ marginTop: 12, display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            <Spin />
            <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              <div>
                {work.kind === 'reading' ? t('import.working', { name: work.name, size: sizeText(work.size) }) : t('import.importing', { name: work.name })}
              </div>
              <Typography.Text type="secondary">{t('import.elapsed', { s: elapsed })}</Typography.Text>
            </div>
          </div>
        )}
      </Card>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="import-error"
          style={{ overflowWrap: 'anywhere' }}
          title={error}
          description={preview && file ? t('import.keptPrevious', { name: file.name }) : undefined}
        />
      )}
      {r && (
        <Card
          title={t('import.recognised')}
          extra={
            file && !phone ? (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
                {t('import.fromFile', { name: file.name })}
              </Typography.Text>
            ) : undefined
          }
        >
          {preview?.checked && !preview.checked.skipped && (
            <a href="#import-relations" style={{ display: 'block', marginBottom: 12 }}>
              <RelationSummary counts={preview.checked.summary} />
            </a>
          )}
          <Descriptions bordered size="small" column={phone ? 1 : 2}>
            <Descriptions.Item label={t('import.reportTitle')} span={phone ? 1 : 2}>
              {r.title || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('import.unitOnCover')}>{r.unitName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('import.date')}>{r.reportDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('import.sections')}>{`${r.sections} / ${r.paragraphs}`}</Descriptions.Item>
            <Descriptions.Item label={t('import.budgetRows')}>
              {r.budgetRows}{' '}
              {r.noActivity.map((b) => (
                <Tag key={b}>
                  {t('import.noActivity')}
                  {isBudgetType(b) ? t(`budgetType.${b}`) : b}
                </Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('import.profile')} span={phone ? 1 : 2}>
              {r.profile
                ? `${r.profile.authorizedPosts ?? '—'} / ${r.profile.staffActual ?? '—'} / ${r.profile.retired ?? '—'}；${r.profile.departments.join('、')}`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('import.keyProjects')} span={phone ? 1 : 2}>
              {r.keyProjects.length
                ? r.keyProjects.map((p) => <div key={p.code}>{`${p.name}：${p.target ?? '—'} → ${p.actual ?? '—'}${p.unitOfMeasure}`}</div>)
                : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }} aria-label={t('import.headings')}>
            {r.headings.join('\n')}
          </Typography.Paragraph>
          {(r.placed?.length ?? 0) > 0 && (
            <List
              size="small"
              data-testid="import-placed"
              header={`${t('import.placed')}${t('common.paren', { x: r.placedTotal ?? r.placed!.length })}${(r.placedTotal ?? 0) > PLACED_SHOWN ? t('import.listedFirst', { x: PLACED_SHOWN }) : ''}`}
              dataSource={r.placed!.slice(0, PLACED_SHOWN)}
              pagination={paged(Math.min(r.placed!.length, PLACED_SHOWN), t)}
              renderItem={(p) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <span style={{ overflowWrap: 'anywhere' }}>
                        <Typography.Text strong>{p.cell}</Typography.Text>：{p.value} {t('import.wan')} ← {p.text}
                      </span>
                    }
                    description={<span style={{ overflowWrap: 'anywhere' }}>{p.sentence}</span>}
                  />
                </List.Item>
              )}
            />
          )}
          {(r.indicators?.length ?? 0) > 0 && <ImportIndicators rows={r.indicators!} totals={r.indicatorTotals ?? []} />}
          {(r.filled?.length ?? 0) > 0 && (
            <List
              size="small"
              header={`${t('import.filled')}${t('common.paren', { x: r.filled!.length })}`}
              dataSource={r.filled!}
              pagination={paged(r.filled!.length, t)}
              renderItem={(f) => (
                <List.Item>
                  {f.cell}：{f.value} {t('import.wan')} <Tag color={f.how === 'missing' ? 'orange' : 'blue'}>{t(`import.how.${f.how}`)}</Tag>
                </List.Item>
              )}
            />
          )}
          {preview!.unplaced.length > 0 && (
            <List
              size="small"
              data-testid="import-unplaced"
              header={`${t('import.unplaced')}${t('common.paren', { x: preview!.unplaced.length })}${preview!.unplaced.length > UNPLACED_SHOWN ? t('import.listedFirst', { x: UNPLACED_SHOWN }) : ''}`}
              dataSource={preview!.unplaced.slice(0, UNPLACED_SHOWN)}
              pagination={paged(Math.min(preview!.unplaced.length, UNPLACED_SHOWN), t)}
              renderItem={(u) => {
                // "figure — reason — where it is" (a table row or a line of text comes whole)
                const [figure, reason, where] = u.split(' — ');
                return (
                  <List.Item>
                    {reason === undefined ? (
                      <span style={{ overflowWrap: 'anywhere' }}>{u}</span>
                    ) : (
                      <List.Item.Meta
                        title={
                          <span style={{ overflowWrap: 'anywhere' }}>
                            <Typography.Text strong>{figure}</Typography.Text>：<Typography.Text type="warning">{reason}</Typography.Text>
                          </span>
                        }
                        description={<span style={{ overflowWrap: 'anywhere' }}>{where}</span>}
                      />
                    )}
                  </List.Item>
                );
              }}
            />
          )}
          <Space style={{ marginTop: 16 }} wrap>
            <Select
              aria-label={t('import.unit')}
              style={{ minWidth: 220 }}
              value={unitId}
              onChange={setUnitId}
              options={units.map((u) => ({ value: u.unitId!, label: u.unitName ?? u.unitId! }))}
            />
            <InputNumber
              aria-label={t('import.year')}
              min={1949}
              max={2200}
              value={year}
              onChange={(v) => setYear(v)}
              placeholder={t('import.year')}
              status={year ? undefined : 'warning'}
            />
            <Button
              type="primary"
              disabled={!unitId || !year || busy}
              loading={busy}
              aria-describedby={!unitId || !year ? 'import-why' : undefined}
              onClick={() => void importDraft()}
            >
              {t('import.asDraft')}
            </Button>
          </Space>
          {/* a disabled button says why: the report named no year (or no unit is chosen) */}
          {(!unitId || !year) && (
            <Typography.Paragraph id="import-why" type="warning" style={{ marginTop: 8, marginBottom: 0 }} data-testid="import-why">
              {!unitId ? t('import.needUnit') : t('import.needYear')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {preview?.checked && (
        <Card id="import-relations" title={tr('rel.title')} data-testid="import-relations" styles={{ body: { padding: 12 } }}>
          {preview.checked.skipped ? (
            <Alert type="info" showIcon title={pickLang(preview.checked.skipped, lang)} />
          ) : (
            <RelationsReview
              relations={preview.checked.relations}
              counts={preview.checked.summary}
              omitted={preview.checked.omitted.relations}
              placeOf={(x) => tr('rel.line', { n: x.line })}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
