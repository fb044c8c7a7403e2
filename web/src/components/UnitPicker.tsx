// A unit chosen by any name people write (全称、简称、代码、省妇联 …): the server's unit search
// (/api/units/search) answers; the chosen unit stays shown while other names are typed.
import { Select } from 'antd';
import { useRef, useState } from 'react';
import { searchUnits } from '../api.js';

export interface PickedUnit {
  id: string;
  name: string;
  code: string;
}

export function UnitPicker(props: {
  value: PickedUnit | null;
  onChange: (u: PickedUnit | null) => void;
  label: string;
  placeholder: string;
  notFound: string;
  id?: string;
  year?: number;
  disabled?: boolean;
  invalid?: boolean;
  width?: number | string;
  size?: 'large' | 'middle' | 'small';
}) {
  const [found, setFound] = useState<PickedUnit[]>([]);
  const [searching, setSearching] = useState(false);
  const [typed, setTyped] = useState('');
  const seq = useRef(0);
  const search = (q: string) => {
    const n = ++seq.current;
    setTyped(q);
    if (!q.trim()) return setFound([]);
    setSearching(true);
    void searchUnits({ q: q.trim(), limit: 20, ...(props.year === undefined ? {} : { year: props.year }) })
      .then(
        (r) => n === seq.current && setFound(r.units),
        () => n === seq.current && setFound([]),
      )
      .finally(() => n === seq.current && setSearching(false));
  };
  const chosen = props.value;
  const options = [
    ...(chosen && !found.some((u) => u.id === chosen.id) ? [{ value: chosen.id, label: `${chosen.name}（${chosen.code}）` }] : []),
    ...found.map((u) => ({ value: u.id, label: `${u.name}（${u.code}）` })),
  ];
  return (
    <Select<string>
      id={props.id}
      showSearch={{ filterOption: false, onSearch: search }}
      aria-label={props.label}
      placeholder={props.placeholder}
      notFoundContent={searching || !typed.trim() ? null : props.notFound}
      loading={searching}
      status={props.invalid ? 'error' : undefined}
      disabled={props.disabled}
      size={props.size}
      style={{ width: props.width ?? '100%' }}
      value={chosen?.id ?? undefined}
      options={options}
      onChange={(v) => props.onChange(found.find((x) => x.id === v) ?? (chosen?.id === v ? chosen : null))}
    />
  );
}
