// The grant rows of the user form: a role and a unit per row. The unit is searched by name
// (/api/units/search, as the audit filter does); a deployment-wide admin may also pick 全部单位
// for the admin role. Rows are keyed, so a row whose unit is not chosen yet keeps its place.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { searchUnits, type FoundUnit } from '../../api.js';
import { roleLabel, useAdt } from './i18n.js';
import { addGrant, ALL, grantIssues, removeGrant, ROLES, setRole, setUnit, type GrantRow, type PickedUnit, type Role } from './model.js';

function UnitPicker(props: { row: GrantRow; mayGrantAll: boolean; disabled: boolean; invalid: boolean; onChange: (unit: GrantRow['unit']) => void }) {
  const adt = useAdt();
  const [found, setFound] = useState<FoundUnit[]>([]);
  const [searching, setSearching] = useState(false);
  const seq = useRef(0);
  const search = (q: string) => {
    const n = ++seq.current;
    if (!q.trim()) return setFound([]);
    setSearching(true);
    void searchUnits({ q: q.trim(), limit: 20 })
      .then(
        (r) => n === seq.current && setFound(r.units),
        () => n === seq.current && setFound([]),
      )
      .finally(() => n === seq.current && setSearching(false));
  };
  const { unit, role } = props.row;
  const chosen = unit && unit !== ALL ? unit : null;
  // The chosen unit stays an option while other names are searched, so its label never turns into an id.
  const options = [
    ...(props.mayGrantAll && role === 'admin' ? [{ value: ALL, label: adt('adm.allUnits') }] : []),
    ...(chosen && !found.some((u) => u.id === chosen.id) ? [{ value: chosen.id, label: chosen.name }] : []),
    ...found.map((u) => ({ value: u.id, label: `${u.name}（${u.code}）` })),
  ];
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: search }}
      aria-label={`${adt('adm.form.unit')} ${props.row.key}`}
      placeholder={adt('adm.form.unitPlaceholder')}
      notFoundContent={searching ? null : adt('adm.form.noUnitFound')}
      loading={searching}
      status={props.invalid ? 'error' : undefined}
      disabled={props.disabled}
      style={{ width: 300 }}
      value={unit === ALL ? ALL : (chosen?.id ?? undefined)}
      options={options}
      onChange={(v) => {
        if (v === ALL) return props.onChange(ALL);
        const u = found.find((x) => x.id === v);
        const picked: PickedUnit | null = u ? { id: u.id, name: u.name } : chosen && chosen.id === v ? chosen : null;
        props.onChange(picked);
      }}
    />
  );
}

export function GrantEditor(props: { rows: GrantRow[]; mayGrantAll: boolean; disabled: boolean; onChange: (rows: GrantRow[]) => void }) {
  const adt = useAdt();
  const issues = grantIssues(props.rows, props.mayGrantAll);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="grant-editor">
      {props.rows.length === 0 && <Typography.Text type="secondary">{adt('adm.form.noGrants')}</Typography.Text>}
      {props.rows.map((row) => {
        const issue = issues.get(row.key);
        return (
          <div key={row.key} data-grant-row={row.key}>
            <Space wrap align="start">
              <Select<Role>
                aria-label={`${adt('adm.form.role')} ${row.key}`}
                style={{ width: 120 }}
                disabled={props.disabled}
                value={row.role}
                options={ROLES.map((r) => ({ value: r, label: roleLabel(adt, r) }))}
                onChange={(role) => props.onChange(setRole(props.rows, row.key, role))}
              />
              <UnitPicker
                row={row}
                mayGrantAll={props.mayGrantAll}
                disabled={props.disabled}
                invalid={!!issue && issue !== 'noUnit'}
                onChange={(u) => props.onChange(setUnit(props.rows, row.key, u))}
              />
              <Tooltip title={adt('adm.form.removeGrant')}>
                <Button
                  aria-label={adt('adm.form.removeGrant')}
                  icon={<DeleteOutlined />}
                  disabled={props.disabled}
                  onClick={() => props.onChange(removeGrant(props.rows, row.key))}
                />
              </Tooltip>
            </Space>
            {issue && (
              <Typography.Text type={issue === 'noUnit' ? 'secondary' : 'danger'} style={{ display: 'block', fontSize: 12 }} data-grant-issue={issue}>
                {adt(`adm.grant.${issue}`)}
              </Typography.Text>
            )}
          </div>
        );
      })}
      <Button icon={<PlusOutlined />} disabled={props.disabled} onClick={() => props.onChange(addGrant(props.rows))}>
        {adt('adm.form.addGrant')}
      </Button>
    </Space>
  );
}
