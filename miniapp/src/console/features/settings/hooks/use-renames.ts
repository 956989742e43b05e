import { useState } from 'react';
import { useUnsavedWarning } from '../../../lib/unsaved-changes.ts';

/**
 * The names typed into a managed list (topics, lĩnh vực) and not saved yet: one "Lưu thay đổi" saves
 * them all, and leaving the page with any of them unsaved asks first.
 */
export function useRenames(items: readonly { id: number; name: string }[] | undefined) {
  const [typed, setTyped] = useState<Record<number, string>>({});
  const changes = (items ?? []).flatMap((item) => {
    const name = typed[item.id]?.trim();
    return name !== undefined && name !== item.name ? [{ id: item.id, name }] : [];
  });
  useUnsavedWarning(changes.length > 0);
  return {
    nameOf: (item: { id: number; name: string }) => typed[item.id] ?? item.name,
    type: (id: number, name: string) => setTyped((old) => ({ ...old, [id]: name })),
    changes,
    clear: () => setTyped({}),
  };
}
