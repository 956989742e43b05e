/**
 * A tracking code written to be read out on the phone: large, with room between groups of characters.
 * Screen readers get it one character at a time.
 */
export function TrackingCode({ code, className = 'tracking-code', testId }: { code: string; className?: string; testId?: string }) {
  const groups = code.split(/([-.\s/])/).filter((g) => g !== '' && g !== ' ');
  return (
    <p className={className} aria-label={code.split('').join(' ')} data-testid={testId} data-code={code}>
      {groups.map((group, index) =>
        /^[-./]$/.test(group) ? (
          <span key={index} className="tracking-code__sep" aria-hidden="true">
            {group}
          </span>
        ) : (
          <span key={index} className="tracking-code__group" aria-hidden="true">
            {group}
          </span>
        ),
      )}
    </p>
  );
}
