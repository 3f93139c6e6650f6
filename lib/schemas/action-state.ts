// The result a form's server action hands back to `useActionState`; shared by server and client.
export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message: string }
  | {
      status: 'error';
      message: string;
      /** Message per field name, shown next to the field (aria-describedby). */
      fieldErrors: Record<string, string>;
      /** What the user typed, so a refused form keeps it (React resets a form after its action). */
      values?: Record<string, string>;
    };

export const IDLE: ActionState = { status: 'idle' };
