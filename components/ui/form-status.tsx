import type { ActionState } from '@/lib/schemas/action-state.ts';

/** The form-level message of an action: announced to screen readers, red on error. */
export function FormStatus({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  return (
    <p role={state.status === 'error' ? 'alert' : 'status'} data-testid="form-status" className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-900' : 'bg-green-50 text-green-900'}`}>
      {state.message}
    </p>
  );
}
