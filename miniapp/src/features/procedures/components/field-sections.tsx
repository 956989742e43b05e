import type { FieldCountT } from '@cchc/shared/api/catalog';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../../ui/index.ts';
import { useFieldProcedures } from '../hooks/use-procedures.ts';
import { ProcedureLink } from './procedure-link.tsx';

/** Which lĩnh vực the citizen opened, per unit, kept for the visit so Back returns to the same view. */
const openedFields = new Map<string, Set<string>>();

function opened(unit: string): Set<string> {
  let set = openedFields.get(unit);
  if (!set) openedFields.set(unit, (set = new Set()));
  return set;
}

function FieldSection({ unit, field, initiallyOpen }: { unit: string; field: FieldCountT; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen || opened(unit).has(field.name));
  const list = useFieldProcedures(unit, open ? field.name : null);
  return (
    <details
      className="field-section"
      open={open}
      onToggle={(event) => {
        const isOpen = (event.currentTarget as HTMLDetailsElement).open;
        if (isOpen) opened(unit).add(field.name);
        else opened(unit).delete(field.name);
        setOpen(isOpen);
      }}
    >
      <summary className="field-section__summary">
        <span className="field-section__name">{field.name}</span>
        <span className="field-section__count">{field.count} thủ tục</span>
      </summary>
      {open && (
        <div className="field-section__body">
          {list.status === 'loading' && <LoadingState />}
          {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
          {list.status === 'success' && list.data && (
            <ul className="card-list">
              {list.data.items.map((p) => (
                <li key={p.code}>
                  <ProcedureLink procedure={p} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}

/** All procedures by lĩnh vực: one section per field, opened on tap and loaded when opened. */
export function FieldSections({ unit, fields }: { unit: string; fields: FieldCountT[] }) {
  return (
    <div className="field-sections">
      {fields.map((field) => (
        <FieldSection key={field.name} unit={unit} field={field} initiallyOpen={fields.length === 1} />
      ))}
    </div>
  );
}
