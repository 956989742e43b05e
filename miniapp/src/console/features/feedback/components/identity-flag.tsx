/** The sender asked that handling units not know who they are: shown to every officer who handles the PAKN. */
export function IdentityFlag() {
  return (
    <span className="c-badge c-badge--identity" data-testid="identity-flag">
      Người gửi đề nghị giữ bí mật danh tính
    </span>
  );
}
