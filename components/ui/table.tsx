import type { ReactNode } from 'react';

/**
 * A horizontally scrollable table so wide tables stay usable on a 360 px phone. A table that folds its
 * own columns on a phone (the agenda) passes a smaller `minWidth` and needs no sideways scrolling.
 */
export function Table({ caption, children, minWidth = 'min-w-[36rem]' }: { caption?: string; children: ReactNode; minWidth?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidth} border-collapse text-left text-sm`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return <th scope="col" className={`border-b border-stone-300 px-2 py-2 font-semibold text-stone-700 ${className}`}>{children}</th>;
}

export function Td({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return <td className={`border-b border-stone-100 px-2 py-2 align-top ${className}`}>{children}</td>;
}
