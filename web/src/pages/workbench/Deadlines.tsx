// 截止日期 on the workbench (issue 19): each deadline I face as a filler with the days left —
// orange within a week, red once overdue, green once submitted — linking to where I act.
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Workbench } from '../../api.js';
import type { T } from '../../i18n/index.js';

type Deadline = Workbench['deadlines'][number];

export function deadlineText(t: T, d: Deadline): string {
  if (d.state === 'done') return t('wb.deadlineDone');
  if (d.state === 'overdue') return t('wb.overdueDays', { n: -d.daysLeft });
  if (d.state === 'today') return t('wb.dueToday');
  return d.daysLeft === 1 ? t('wb.dueTomorrow') : t('wb.daysLeft', { n: d.daysLeft });
}

const color = (d: Deadline) => (d.state === 'done' ? 'success' : d.state === 'overdue' ? 'error' : d.daysLeft <= 7 ? 'warning' : 'processing');

export function WorkbenchDeadlines({ t, deadlines }: { t: T; deadlines: Deadline[] }) {
  if (deadlines.length === 0) return null;
  const units = new Set(deadlines.map((d) => d.unitName));
  return (
    <ul
      aria-label={t('wb.deadlines')}
      data-testid="wb-deadlines"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0, padding: 0, listStyle: 'none' }}
    >
      {deadlines.map((d) => (
        <li key={`${d.kind}/${d.title}/${d.unitName}`}>
          <Link to={d.link}>
            <Tag color={color(d)} data-deadline-state={d.state} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
              {units.size > 1 ? `${d.unitName} · ` : ''}
              {d.title} · {t('wb.deadline')}
              {t('common.colon')}
              {d.dueDate} · <strong>{deadlineText(t, d)}</strong>
            </Tag>
          </Link>
        </li>
      ))}
    </ul>
  );
}
