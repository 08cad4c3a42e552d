/**
 * A table in a frame that scrolls sideways when the table is wider than the screen (a phone, a
 * matrix of many criteria). The frame takes keyboard focus, so the arrow keys scroll it (WCAG
 * 2.1.1; axe's scrollable-region-focusable), and is named by the table's caption, which stays
 * for screen readers only unless the page shows its own heading.
 */
export function ScrollTable({
  caption,
  className = "w-full text-sm",
  frameClassName = "",
  testId,
  children,
}: {
  /** Names the table and its frame (aria-label needs text, not markup). */
  caption: string;
  /** The table's own classes. */
  className?: string;
  /** Extra classes for the frame (margins, a border). */
  frameClassName?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className={`overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700 ${frameClassName}`}
    >
      <table className={className} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
