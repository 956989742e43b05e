import type { FieldCountT } from '@cchc/shared/api/catalog';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { useFieldProcedures } from '../hooks/use-procedures.ts';
import { ProcedureLink } from './procedure-link.tsx';

function FieldSection({ unit, field, initiallyOpen }: { unit: string; field: FieldCountT; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const list = useFieldProcedures(unit, open ? field.name : null);
  return (
    <details
      className="field-section"
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
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
