// The levels of a 定性 leaf in the 评分标准 dialog: name and points of each, best first, added,
// removed or filled with 优/良/中/差 at once. Without levels the leaf is scored by 达成情况.
import { Button, Input, Space, Table, Typography } from 'antd';
import { useFt } from './i18n.js';
import { commonLevels, type LevelDraft, type RuleProblem } from './ruleModel.js';

export function LevelsField(props: { levels: LevelDraft[]; weight: string; problems: RuleProblem[]; onChange: (levels: LevelDraft[]) => void }) {
  const ft = useFt();
  const { levels, onChange } = props;
  const bad = (p: RuleProblem) => props.problems.includes(p);
  const setLevel = (i: number, patch: Partial<LevelDraft>) => onChange(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <div data-levels-field>
      <Typography.Text strong>{ft('fw.rule.levels')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {ft('fw.rule.levelsHint')}
      </Typography.Paragraph>
      {levels.length > 0 && (
        <Table<LevelDraft & { i: number }>
          size="small"
          pagination={false}
          rowKey="i"
          dataSource={levels.map((l, i) => ({ ...l, i }))}
          columns={[
            {
              title: ft('fw.rule.level'),
              key: 'level',
              render: (_, l) => (
                <Input
                  size="small"
                  aria-label={`${ft('fw.rule.level')} ${l.i + 1}`}
                  value={l.level}
                  placeholder={ft('fw.rule.levelPh')}
                  maxLength={20}
                  status={(bad('levelName') && !l.level.trim()) || bad('levelRepeat') ? 'error' : undefined}
                  onChange={(e) => setLevel(l.i, { level: e.target.value })}
                />
              ),
            },
            {
              title: ft('fw.rule.levelPoints'),
              key: 'points',
              width: 120,
              render: (_, l) => (
                <Input
                  size="small"
                  inputMode="decimal"
                  aria-label={`${ft('fw.rule.levelPoints')} ${l.i + 1}`}
                  value={l.points}
                  placeholder={ft('fw.rule.pointsPh', { weight: props.weight || '—' })}
                  status={bad('levelNumber') || bad('levelPoints') || bad('levelOrder') ? 'error' : undefined}
                  onChange={(e) => setLevel(l.i, { points: e.target.value })}
                />
              ),
            },
            {
              key: 'remove',
              width: 60,
              render: (_, l) => (
                <Button
                  size="small"
                  type="link"
                  danger
                  aria-label={`${ft('fw.rule.removeLevel')} ${l.i + 1}`}
                  onClick={() => onChange(levels.filter((_, j) => j !== l.i))}
                >
                  {ft('fw.remove')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        <Button size="small" onClick={() => onChange([...levels, { level: '', points: '' }])}>
          {ft('fw.rule.addLevel')}
        </Button>
        <Button size="small" onClick={() => onChange(commonLevels(props.weight))}>
          {ft('fw.rule.commonLevels')}
        </Button>
      </Space>
    </div>
  );
}
