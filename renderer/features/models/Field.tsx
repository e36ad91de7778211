/**
 * A labelled control with an optional explanation under it. The label points at the control by id
 * (not by wrapping it), so the control's accessible name is exactly the visible label — a wrapping
 * label would add the selected option's text to a select's name.
 */
import { cloneElement, useId } from 'react';
import type { ReactElement } from 'react';

interface Props {
  readonly label: string;
  readonly help?: string;
  readonly children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
}

export function Field({ label, help, children }: Props) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, ...(help && { 'aria-describedby': helpId }) })}
      {help && (
        <small id={helpId} className="muted option-help">
          {help}
        </small>
      )}
    </div>
  );
}
