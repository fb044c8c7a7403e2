// Unit and year of the 绩效目标 / 运行监控 screens: the user's own units and, for a reviewer, the
// units directly below (the ones it reviews). Kept in the URL (?unitId=&year=) so links and reloads hold.
import { InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listChildUnits, qs } from '../../api.js';
import { useAuth } from '../../auth.js';
import type { PT } from './i18n.js';

export function useUnitYear(): { unitId: string | null; year: number; set: (unitId: string | null, year: number) => void } {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const own = user?.roles.find((g) => g.unitId)?.unitId ?? null;
  const unitId = params.get('unitId') ?? own;
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 1949 && y <= 2200 ? y : new Date().getFullYear();
  const set = (u: string | null, yr: number) => setParams(qs({ unitId: u, year: yr }).slice(1), { replace: true });
  return { unitId, year, set };
}

export function UnitYearBar({
  pt,
  unitId,
  year,
  onChange,
}: {
  pt: PT;
  unitId: string | null;
  year: number;
  onChange: (unitId: string | null, year: number) => void;
}) {
  const { user } = useAuth();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    (async () => {
      const out = new Map<string, string>();
      const below = async (parentId: string) => {
        try {
          const kids = await listChildUnits({ parentId, year });
          for (const k of kids.units) if (!out.has(k.id)) out.set(k.id, `　${k.shortName ?? k.name}`);
        } catch {
          /* the picker keeps the own unit */
        }
      };
      for (const g of user?.roles ?? []) {
        if (!g.unitId) {
          // a deployment-wide grant (财政, an admin): the top units, whose targets finance approves, and the
          // level under them (the picker was empty and the page blank)
          try {
            for (const top of (await listChildUnits({ parentId: 'root', year })).units) {
              out.set(top.id, top.name);
              await below(top.id);
            }
          } catch {
            /* nothing to offer */
          }
          continue;
        }
        out.set(g.unitId, g.unitName ?? g.unitId);
        if (g.role === 'reviewer') await below(g.unitId);
      }
      if (!live) return;
      const list = [...out].map(([value, label]) => ({ value, label }));
      setOptions(list);
      // no unit of one's own: the first one offered, not a blank page
      if (!unitId && list[0]) onChange(list[0].value, year);
    })();
    return () => {
      live = false;
    };
    // onChange and unitId are read once the options are in: a new unit chosen must not reload them
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user, year]);
  return (
    <Space wrap>
      <Typography.Text>{pt('unit')}</Typography.Text>
      <Select aria-label={pt('unit')} style={{ minWidth: 200 }} value={unitId ?? undefined} options={options} onChange={(v) => onChange(v, year)} />
      <Typography.Text>{pt('year')}</Typography.Text>
      <InputNumber aria-label={pt('year')} min={1949} max={2200} value={year} onChange={(v) => typeof v === 'number' && onChange(unitId, v)} />
    </Space>
  );
}

export const statusColor: Record<string, string> = { draft: 'default', submitted: 'processing', returned: 'error', approved: 'success' };
