import type { ReactNode } from 'react';

/**
 * A horizontally scrollable table so wide tables stay usable on a 360 px phone. A table that folds its
 * own columns on a phone (the agenda) passes a smaller `minWidth` and needs no sideways scrolling.
 */
export function Table({ caption, children, minWidth = 'min-w-[36rem]' }: { caption?: string; children: ReactNode; minWidth?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className={`data-table w-full ${minWidth} border-collapse text-left text-sm`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

// A cell without a class of its own gets no className prop at all: an undefined prop is still written
// into the RSC payload ("className":"$undefined"), in every cell of every row.
const classOf = (className: string | undefined) => (className ? { className } : {});

/** A column header; its frame comes from the table's `data-table` class (app/globals.css). */
export function Th({ children, className }: { children?: ReactNode; className?: string }) {
  return <th scope="col" {...classOf(className)}>{children}</th>;
}

/** A cell; its frame comes from the table's `data-table` class (app/globals.css). */
export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td {...classOf(className)}>{children}</td>;
}
