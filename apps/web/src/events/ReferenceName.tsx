import { useQuery } from '@tanstack/react-query';
import { fetchEntry, type ReferenceKind } from '../components/reference-options';

/** The name of a region or industry code (the code itself until it loads or if unknown). */
export function ReferenceName({ kind, code }: { kind: ReferenceKind; code: string }) {
  const entry = useQuery({
    queryKey: ['reference-entry', kind, code],
    queryFn: () => fetchEntry(kind, code),
    staleTime: Infinity,
  });
  return <>{entry.data?.name ?? code}</>;
}
