import { TextField } from '../../../../ui/index.ts';

/** A change to one entry of a managed list (topics, lĩnh vực). */
export interface ListPatch {
  name?: string;
  position?: number;
  active?: boolean;
}

export type Act = (work: () => Promise<unknown>, done: string) => Promise<boolean>;

/**
 * One entry of a unit's managed list (a PAKN topic, a lĩnh vực): rename (saved by the list), move up or down, switch off or on,
 * delete while no PAKN uses it. The editor hands in the writes, already bound to the unit acted on.
 */
export function ManagedListRow({ item, name, onName, noun, index, count, canEdit, act, update, remove, testId }: {
  item: { name: string; active: boolean; feedbackCount: number };
  /** The name as typed (saved with the list's one "Lưu thay đổi"). */
  name: string;
  onName: (name: string) => void;
  /** "chủ đề", "lĩnh vực". */
  noun: string;
  index: number;
  count: number;
  canEdit: boolean;
  act: Act;
  update: (patch: ListPatch) => Promise<unknown>;
  remove: () => Promise<unknown>;
  testId?: string;
}) {
  return (
    <li className={item.active ? 'c-topic' : 'c-topic c-topic--off'} data-testid={testId} data-name={item.name}>
      {canEdit ? (
        <TextField label={`Tên ${noun} ${index + 1}`} className="c-topic__name" value={name} onChange={onName} maxLength={120} />
      ) : (
        <span className="c-topic__name">{item.name}</span>
      )}
      <span className="c-topic__meta">
        {item.active ? 'Đang dùng' : 'Đã tắt'} · {item.feedbackCount} phản ánh
      </span>
      {canEdit && (
        <span className="c-row c-row--wrap">
          <button type="button" className="c-btn c-btn--small" disabled={index === 0} aria-label={`Đưa ${item.name} lên`} onClick={() => void act(() => update({ position: index - 1 }), 'Đã đổi thứ tự.')}>
            ↑
          </button>
          <button type="button" className="c-btn c-btn--small" disabled={index === count - 1} aria-label={`Đưa ${item.name} xuống`} onClick={() => void act(() => update({ position: index + 1 }), 'Đã đổi thứ tự.')}>
            ↓
          </button>
          <button
            type="button"
            className="c-btn c-btn--small"
            aria-label={`${item.active ? 'Tắt' : 'Bật'} ${item.name}`}
            onClick={() => void act(() => update({ active: !item.active }), item.active ? `Đã tắt ${noun}.` : `Đã bật ${noun}.`)}
          >
            {item.active ? 'Tắt' : 'Bật'}
          </button>
          {item.feedbackCount === 0 && (
            <button
              type="button"
              className="c-btn c-btn--danger c-btn--small"
              aria-label={`Xoá ${item.name}`}
              onClick={() => {
                if (window.confirm(`Xoá ${noun} “${item.name}”?`)) void act(remove, `Đã xoá ${noun}.`);
              }}
            >
              Xoá
            </button>
          )}
        </span>
      )}
    </li>
  );
}
