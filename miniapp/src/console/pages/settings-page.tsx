import { PageHead } from '../components/layout.tsx';
import { UnitSwitcher, useActingUnit } from '../components/unit-switcher.tsx';
import { CalendarEditor } from '../features/settings/components/calendar-editor.tsx';
import { FieldsEditor } from '../features/settings/components/fields-editor.tsx';
import { DeadlinesEditor, ReopenDaysEditor } from '../features/settings/components/deadlines-editor.tsx';
import { TopicsEditor } from '../features/settings/components/topics-editor.tsx';
import { canEditSettings, useMe } from '../lib/session.tsx';

/** The unit's PAKN settings: topics, lĩnh vực, deadlines, reopen window, and the working-day calendar. */
export default function SettingsPage() {
  const me = useMe();
  const unit = useActingUnit();
  const canEdit = canEditSettings(me);
  return (
    <>
      <PageHead title="Cài đặt đơn vị" />
      <UnitSwitcher />
      {!canEdit && <p className="c-notice c-notice--info">Bạn xem được cài đặt; lãnh đạo hoặc quản trị đơn vị mới thay đổi được.</p>}
      <nav className="c-toc" aria-label="Các mục cài đặt">
        <a href="#topics">Chủ đề</a>
        <a href="#fields">Lĩnh vực</a>
        <a href="#deadlines">Thời hạn</a>
        <a href="#reopen">Mở lại</a>
        <a href="#calendar">Lịch ngày nghỉ</a>
      </nav>
      <section className="c-card" id="topics" aria-labelledby="topics-title">
        <h2 className="c-h2" id="topics-title">
          Chủ đề phản ánh, kiến nghị
        </h2>
        <TopicsEditor key={unit ?? ''} unit={unit} canEdit={canEdit} />
      </section>
      <section className="c-card" id="fields" aria-labelledby="fields-title">
        <h2 className="c-h2" id="fields-title">
          Lĩnh vực phản ánh, kiến nghị
        </h2>
        <FieldsEditor key={unit ?? ''} unit={unit} canEdit={canEdit} />
      </section>
      <section className="c-card" id="deadlines" aria-labelledby="deadlines-title">
        <h2 className="c-h2" id="deadlines-title">
          Thời hạn xử lý
        </h2>
        <DeadlinesEditor key={unit ?? ''} unit={unit} canEdit={canEdit} />
      </section>
      <section className="c-card" id="reopen" aria-labelledby="reopen-title">
        <h2 className="c-h2" id="reopen-title">
          Mở lại phản ánh
        </h2>
        <ReopenDaysEditor key={unit ?? ''} unit={unit} canEdit={canEdit} />
      </section>
      <section className="c-card" id="calendar" aria-labelledby="calendar-title">
        <h2 className="c-h2" id="calendar-title">
          Lịch ngày nghỉ, ngày làm bù
        </h2>
        <CalendarEditor canEdit={me.role === 'city_admin'} />
      </section>
    </>
  );
}
