import type { ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string; className: string }) => ReactNode;
}

export const INPUT_CLASS = 'mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600';

/** A labelled form control with its hint and its error tied to it for screen readers. */
export function Field({ name, label, error, hint, children }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">{label}</label>
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, className: INPUT_CLASS })}
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
