// A user's grants as tags: "unit · role" (全部单位 for a deployment-wide grant).
import { Tag, Typography } from 'antd';
import { roleLabel, useAdt } from './i18n.js';
import type { Grant } from './model.js';

export function GrantTags({ grants }: { grants: Grant[] }) {
  const adt = useAdt();
  if (grants.length === 0) return <Typography.Text type="secondary">{adt('adm.noGrants')}</Typography.Text>;
  return (
    <>
      {grants.map((g) => (
        <Tag
          key={`${g.role}@${g.unitId ?? '*'}`}
          color={g.role === 'admin' ? 'red' : undefined}
          data-grant={`${g.role}@${g.unitId ?? '*'}`}
          style={{ marginBlock: 2 }}
        >
          {g.unitId === null ? adt('adm.allUnits') : (g.unitName ?? g.unitId)} · {roleLabel(adt, g.role)}
        </Tag>
      ))}
    </>
  );
}
