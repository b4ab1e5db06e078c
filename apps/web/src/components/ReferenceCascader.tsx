import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Cascader, Space } from 'antd';
import { useEffect, useState } from 'react';
import {
  fetchChildren,
  fetchEntry,
  searchEntries,
  toOption,
  type ReferenceKind,
  type ReferenceOption,
} from './reference-options';

export interface ReferenceCascaderProps {
  kind: ReferenceKind;
  /** The selected code (any level), or undefined. */
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder: string;
  searchPlaceholder: string;
  /** Accessible name of the cascader and of its search box. */
  ariaLabel: string;
  id?: string;
  status?: 'error';
  /** Any level may be chosen (filters); otherwise only the deepest level (forms decide). */
  changeOnSelect?: boolean;
}

function attach(options: ReferenceOption[], path: string[], children: ReferenceOption[]) {
  let level = options;
  for (const code of path) {
    const option = level.find((o) => o.value === code);
    if (!option) return;
    if (code === path[path.length - 1]) option.children = children;
    level = option.children ?? [];
  }
}

/**
 * Province → city → county (GB/T 2260) or section → division → group → class (GB/T 4754):
 * levels load on demand from the reference API, and a search box finds any entry by name.
 */
export function ReferenceCascader(props: ReferenceCascaderProps) {
  const { kind, value, onChange } = props;
  const [options, setOptions] = useState<ReferenceOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const [search, setSearch] = useState('');

  useEffect(() => {
    void fetchChildren(kind).then((entries) => setOptions(entries.map(toOption)));
  }, [kind]);

  // A value set from outside (a URL, a form) shows its whole path, loading the levels it needs.
  useEffect(() => {
    if (!value) return setPath([]);
    if (path[path.length - 1] === value) return;
    void fetchEntry(kind, value).then(async (entry) => {
      for (let depth = 1; depth < entry.path.length; depth++) {
        const parents = entry.path.slice(0, depth);
        const children = (await fetchChildren(kind, parents[depth - 1])).map(toOption);
        setOptions((current) => {
          const copy = structuredClone(current);
          attach(copy, parents, children);
          return copy;
        });
      }
      setPath(entry.path);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- path follows value, not the reverse
  }, [kind, value]);

  const hits = useQuery({
    queryKey: ['reference', kind, 'search', search],
    queryFn: () => searchEntries(kind, search),
    enabled: search.trim().length > 0,
    staleTime: 3_600_000,
  });

  const loadData = (selected: ReferenceOption[]) => {
    const target = selected[selected.length - 1];
    const parents = selected.map((o) => o.value);
    void fetchChildren(kind, target.value).then((entries) => {
      setOptions((current) => {
        const copy = structuredClone(current);
        attach(copy, parents, entries.map(toOption));
        return copy;
      });
    });
  };

  const choose = (codes: string[] | undefined) => {
    setPath(codes ?? []);
    onChange?.(codes?.[codes.length - 1]);
  };

  return (
    <Space.Compact block>
      <Cascader<ReferenceOption>
        id={props.id}
        aria-label={props.ariaLabel}
        status={props.status}
        style={{ width: '60%' }}
        options={options}
        loadData={loadData}
        value={path}
        onChange={(codes) => choose(codes)}
        changeOnSelect={props.changeOnSelect}
        placeholder={props.placeholder}
        allowClear
      />
      <AutoComplete
        aria-label={`${props.ariaLabel} ${props.searchPlaceholder}`}
        style={{ width: '40%' }}
        placeholder={props.searchPlaceholder}
        value={search}
        onChange={setSearch}
        options={(hits.data ?? []).map((entry) => ({
          value: entry.code,
          label: entry.fullName,
        }))}
        onSelect={(code: string) => {
          const entry = hits.data?.find((e) => e.code === code);
          setSearch('');
          if (entry) {
            onChange?.(entry.code);
          }
        }}
      />
    </Space.Compact>
  );
}
