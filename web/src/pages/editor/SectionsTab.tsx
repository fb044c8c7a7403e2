// Narrative sections (绩效情况, 问题与措施, 公开 …): numbered headings, editable paragraphs, and the
// figures tied to stored values highlighted — green when they agree, red when they do not. Read-only
// (a reviewer, a submitted report): each paragraph as text, its figures highlighted in place.
import { Button, Card, Empty, Grid, Input, Popconfirm, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { NarrativeSection, SectionKind } from '../../../../src/domain/types.js';
import { ReadOnlyText } from '../../components/ReadOnlyText.js';
import { useI18n, type T } from '../../i18n/index.js';
import type { Content } from './content.js';
import { useEditor } from './context.js';
import { locateFigures, type LocatedFigure } from './figures.js';
import { sectionNote, tabIsEmpty } from './sectionNote.js';
import { useEt } from './i18n.js';

export const paragraphFieldId = (key: string, i: number) => `section-${key}-p${i}`;

/** Removes paragraph i; figures tied to it go with it, those of later paragraphs move up by one. */
export function withoutParagraph(s: NarrativeSection, i: number): NarrativeSection {
  return {
    ...s,
    paragraphs: s.paragraphs.filter((_, j) => j !== i),
    figures: s.figures.filter((f) => f.paragraph !== i).map((f) => (f.paragraph > i ? { ...f, paragraph: f.paragraph - 1 } : f)),
  };
}

const COLORS = { agrees: '#d9f7be', disagrees: '#ffccc7', unknown: '#fff1b8', missing: '#ffccc7' } as const;

function tip(t: T, f: LocatedFigure): string {
  if (f.state === 'agrees') return t('sec.agrees', { value: f.value ?? '' });
  if (f.state === 'disagrees') return t('sec.disagrees', { value: f.value ?? '' });
  if (f.state === 'missing') return t('sec.missing', { text: f.link.text });
  return t('sec.unknown');
}

/** The paragraph with each linked figure marked. */
function Highlighted({ text, figures, t }: { text: string; figures: LocatedFigure[]; t: T }) {
  const placed = figures.filter((f) => f.start >= 0).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of placed) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <Tooltip key={`${f.start}`} title={tip(t, f)}>
        <mark
          data-figure-state={f.state}
          aria-label={`${f.link.text}${t('common.colon')}${tip(t, f)}`}
          style={{ background: COLORS[f.state], padding: '0 2px', borderRadius: 3, fontWeight: 600 }}
        >
          {f.link.text}
        </mark>
      </Tooltip>,
    );
    at = f.start + f.link.text.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function depth(s: NarrativeSection, all: NarrativeSection[]): number {
  let d = 0;
  let p = s.parentKey;
  while (p !== null && d < 6) {
    d++;
    p = all.find((x) => x.key === p)?.parentKey ?? null;
  }
  return d;
}

function SectionCard({ section, all, content }: { section: NarrativeSection; all: NarrativeSection[]; content: Content }) {
  const { t } = useI18n();
  const et = useEt();
  const { update, readOnly, focus } = useEditor();
  // a phone: 40 px buttons (a 24 px 添加段落 is hard to hit) and a heading that wraps instead of being cut
  const phone = Grid.useBreakpoint().md === false;
  const size = phone ? 'large' : 'small';
  const heading = `${section.numbering ?? ''}${section.title}`;
  const note = sectionNote(section, all, content.profile);
  const setSection = (fn: (s: NarrativeSection) => NarrativeSection) =>
    update((c) => ({ ...c, sections: c.sections.map((s) => (s.key === section.key ? fn(s) : s)) }));
  return (
    <Card
      size="small"
      style={{ marginInlineStart: depth(section, all) * 16 }}
      title={
        <span data-section={section.key} style={{ whiteSpace: 'normal' }}>
          {heading}
        </span>
      }
    >
      {note && <Typography.Text type="secondary">{t(note === 'empty' ? 'sec.empty' : 'sec.fromProfile')}</Typography.Text>}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {section.paragraphs.map((p, i) => {
          const links = section.figures.filter((f) => f.paragraph === i);
          const located = locateFigures(p, links, content);
          const id = paragraphFieldId(section.key, i);
          const bad = located.some((f) => f.state === 'disagrees' || f.state === 'missing');
          return (
            <div key={i}>
              {readOnly ? (
                <ReadOnlyText
                  id={id}
                  label={t('sec.paragraph', { title: heading, n: i + 1 })}
                  value={links.length ? <Highlighted text={p} figures={located} t={t} /> : p}
                  multiline
                  style={{ textIndent: '2em', lineHeight: 1.9, ...(focus === id ? { background: '#fffbe6' } : {}) }}
                />
              ) : null}
              {readOnly &&
                located
                  .filter((f) => f.state === 'missing')
                  .map((f) => (
                    <div key={f.link.text + f.link.occurrence} role="status" style={{ color: '#cf1322' }}>
                      {t('sec.missing', { text: f.link.text })}
                    </div>
                  ))}
              {readOnly ? null : (
                <Input.TextArea
                  id={id}
                  aria-label={t('sec.paragraph', { title: heading, n: i + 1 })}
                  autoSize={{ minRows: 2, maxRows: 12 }}
                  status={bad ? 'error' : focus === id ? 'warning' : undefined}
                  value={p}
                  onChange={(e) => setSection((s) => ({ ...s, paragraphs: s.paragraphs.map((x, j) => (j === i ? e.target.value : x)) }))}
                />
              )}
              {!readOnly &&
                (p.trim() || links.length ? (
                  <Popconfirm
                    title={et('sec.removeConfirm')}
                    description={links.length ? et('sec.removeLinks', { n: links.length }) : undefined}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => setSection((s) => withoutParagraph(s, i))}
                  >
                    <Button size={size} type="link" danger aria-label={et('sec.removeLabel', { title: heading, n: i + 1 })}>
                      {et('sec.remove')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    size={size}
                    type="link"
                    danger
                    aria-label={et('sec.removeLabel', { title: heading, n: i + 1 })}
                    onClick={() => setSection((s) => withoutParagraph(s, i))}
                  >
                    {et('sec.remove')}
                  </Button>
                ))}
              {links.length > 0 && !readOnly && (
                <div
                  aria-label={`${t('sec.preview')} ${heading} ${i + 1}`}
                  style={{ background: '#fafafa', padding: 8, marginTop: 4, lineHeight: 1.9, fontSize: 13 }}
                >
                  <Typography.Text type="secondary">
                    {t('sec.preview')}
                    {t('common.colon')}
                  </Typography.Text>
                  <Highlighted text={p} figures={located} t={t} />
                  {located
                    .filter((f) => f.state === 'missing')
                    .map((f) => (
                      <div key={f.link.text + f.link.occurrence} role="status" style={{ color: '#cf1322' }}>
                        {t('sec.missing', { text: f.link.text })}
                      </div>
                    ))}
                </div>
              )}
            </div>
          );
        })}
        {!readOnly && (
          <Button
            size={size}
            block={phone}
            onClick={() => setSection((s) => ({ ...s, paragraphs: [...s.paragraphs, ''] }))}
            aria-label={`${t('sec.addParagraph')} ${heading}`}
          >
            {t('sec.addParagraph')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** `withOtherContent`: the tab shows more than these sections (基本情况's fields), so no section is not an empty tab. */
export function SectionsEditor({ kinds, withOtherContent = false }: { kinds: SectionKind[]; withOtherContent?: boolean }) {
  const { content } = useEditor();
  const { t } = useI18n();
  const list = content.sections.filter((s) => kinds.includes(s.kind));
  if (!list.length) return tabIsEmpty(list, withOtherContent) ? <Empty description={t('sec.empty')} /> : null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {list.map((s) => (
        <SectionCard key={s.key} section={s} all={content.sections} content={content} />
      ))}
    </Space>
  );
}
