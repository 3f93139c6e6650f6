import type { ReactNode } from 'react';

export function PageHeader({ title, eyebrow, children }: { title: string; eyebrow?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6">
      {eyebrow ? <p className="text-sm text-stone-600">{eyebrow}</p> : null}
      <h1 className="text-2xl font-semibold leading-tight text-stone-900">{title}</h1>
      {children ? <div className="mt-2 text-sm text-stone-700">{children}</div> : null}
    </div>
  );
}
