import { surveyLink, type SurveyLinkContext } from '@cchc/shared/satisfaction/survey-link';
import { QrCode } from './qr-code.tsx';

/** The link as people read it (Vietnamese letters, spaces), the QR code keeping the encoded one. */
function readable(link: string): string {
  try {
    return decodeURIComponent(link.replaceAll('+', ' '));
  } catch {
    return link;
  }
}

export type SheetSpec = { key: string; desk?: string; procedure?: { code: string; name: string } };

/** One A5 sheet to stand on a desk: the unit's name, what to do, the QR code of the survey link, the link itself. */
export function QrSheet({ unit, unitName, sheet, base }: { unit: string; unitName: string; sheet: SheetSpec; base: string }) {
  const context: SurveyLinkContext = { unit, desk: sheet.desk, procedure: sheet.procedure?.code };
  const link = surveyLink(base, context);
  return (
    <article className="c-a5" data-testid="qr-sheet" data-link={link}>
      <p className="c-a5__unit">{unitName}</p>
      <h2 className="c-a5__title">Đánh giá sự hài lòng</h2>
      <p className="c-a5__lead">Ông/bà vừa làm thủ tục? Xin dành 2 phút cho biết mức độ hài lòng của mình.</p>
      {sheet.desk && <p className="c-a5__context">{sheet.desk}</p>}
      {sheet.procedure && (
        <p className="c-a5__context">
          Thủ tục: {sheet.procedure.name} <span className="c-a5__code">({sheet.procedure.code})</span>
        </p>
      )}
      <QrCode text={link} label={`Mã QR mở phiếu đánh giá: ${link}`} />
      <p className="c-a5__how">Mở Zalo hoặc máy ảnh của điện thoại, quét mã QR này.</p>
      <p className="c-a5__link">{readable(link)}</p>
      <p className="c-a5__note">Phiếu không hỏi họ tên, số điện thoại. Mỗi lần giao dịch đánh giá một lần.</p>
    </article>
  );
}
