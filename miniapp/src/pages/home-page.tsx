import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useNavigate } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import {
  BuildingIcon,
  CheckCircleIcon,
  ChevronRightIcon,
  DocumentIcon,
  InboxIcon,
  LaptopIcon,
  MessageIcon,
  PhoneIcon,
  ThumbUpIcon,
} from '../components/icons.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { useArticles } from '../features/articles/hooks/use-articles.ts';
import { ProcedureLink } from '../features/procedures/components/procedure-link.tsx';
import { usePopularProcedures } from '../features/procedures/hooks/use-procedures.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

/** Phản ánh, kiến nghị: send one, follow one's own, read the answered ones. */
const FEEDBACK_UTILITIES = [
  { to: '/feedback/new', label: 'Gửi phản ánh, kiến nghị', Icon: MessageIcon },
  { to: '/feedback/mine', label: 'Phản ánh, kiến nghị của tôi', Icon: InboxIcon },
  { to: '/feedback/published', label: 'Phản ánh, kiến nghị đã trả lời', Icon: CheckCircleIcon },
];

/** After a procedure at the desk: the SIPAS survey (the QR code at the desk opens the same page). */
const SURVEY_UTILITIES = [{ to: '/survey', label: 'Đánh giá sự hài lòng', Icon: ThumbUpIcon }];

const UTILITIES = [
  { to: '/chat', label: 'Hỏi đáp', Icon: MessageIcon },
  { to: '/procedures', label: 'Thủ tục hành chính', Icon: DocumentIcon },
  { to: '/hotlines', label: 'Đường dây nóng', Icon: PhoneIcon },
  { to: '/guides', label: 'Hướng dẫn dịch vụ công trực tuyến', Icon: LaptopIcon },
  { to: '/office', label: 'Địa chỉ & giờ làm việc', Icon: BuildingIcon },
];

/** Big one-tap rows to the app's utilities. */
function Tiles({ label, items, modifier = '' }: { label: string; items: typeof UTILITIES; modifier?: string }) {
  return (
    <nav className="tiles" aria-label={label}>
      {items.map(({ to, label: text, Icon }) => (
        <Link key={to} to={to} className={`tile ${modifier}`.trim()}>
          <span className="tile__icon">
            <Icon size={30} />
          </span>
          <span className="tile__label">{text}</span>
          <ChevronRightIcon className="list-row__chevron" />
        </Link>
      ))}
    </nav>
  );
}

export default function HomePage() {
  const unit = useChosenUnit();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const popular = usePopularProcedures(unit.slug);
  const news = useArticles(unit.slug, 3);

  const search = (value: string) => {
    const q = value.trim();
    navigate(q ? `/procedures?q=${encodeURIComponent(q)}` : '/procedures');
  };

  return (
    <AppPage title="Cổng CCHC Hải Phòng" className="home-page" restoreScroll>
      <p className="home-intro" data-testid="cchc-explained">
        <abbr title="cải cách hành chính">CCHC</abbr> là viết tắt của “cải cách hành chính”. Ở đây bạn tìm thủ tục, gọi
        đường dây nóng và gửi phản ánh, kiến nghị đến xã, phường.
      </p>
      <section className="unit-banner" aria-label="Xã, phường đang xem">
        <p className="unit-banner__label">Bạn đang xem thông tin của</p>
        <p className="unit-banner__name" data-testid="current-unit">
          {unit.name}
        </p>
        <Link className="unit-banner__change" to="/units">
          Đổi xã, phường
        </Link>
      </section>

      <SearchBox
        label="Bạn cần làm thủ tục gì?"
        placeholder="Ví dụ: làm giấy khai sinh"
        value={text}
        onChange={setText}
        onSubmit={search}
        withButton
      />

      <Tiles label="Tiện ích" items={UTILITIES} />

      <section className="home-section" aria-labelledby="feedback-title">
        <h2 className="section-title" id="feedback-title">
          Phản ánh, kiến nghị
        </h2>
        <Tiles label="Phản ánh, kiến nghị" items={FEEDBACK_UTILITIES} modifier="tile--feedback" />
      </section>

      <section className="home-section" aria-labelledby="survey-title">
        <h2 className="section-title" id="survey-title">
          Ý kiến của bạn
        </h2>
        <Tiles label="Đánh giá sự hài lòng" items={SURVEY_UTILITIES} modifier="tile--survey" />
      </section>

      <section className="home-section" aria-labelledby="news-title">
        <h2 className="section-title" id="news-title">
          Tin cải cách hành chính
        </h2>
        {news.status === 'loading' && <LoadingState />}
        {news.status === 'error' && <ErrorState error={news.error} onRetry={news.reload} />}
        {news.data && <ArticleList items={news.data.items} />}
        {news.data && news.data.total > 0 && (
          <Link className="home-section__more" to="/articles">
            Xem tất cả tin
          </Link>
        )}
      </section>

      <section className="home-section" aria-labelledby="popular-title">
        <h2 className="section-title" id="popular-title">
          Thủ tục thường dùng
        </h2>
        {popular.status === 'loading' && <LoadingState />}
        {popular.status === 'error' && <ErrorState error={popular.error} onRetry={popular.reload} />}
        {popular.status === 'success' && popular.data && (
          <ul className="card-list">
            {popular.data.map((p) => (
              <li key={p.code}>
                <ProcedureLink procedure={p} clampTitle />
              </li>
            ))}
          </ul>
        )}
      </section>
    </AppPage>
  );
}
