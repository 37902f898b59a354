import type { InputProblem } from '../stores/lab-store';

/** Says which figures use an earlier value while a field holds text that cannot be used. */
export function PendingNote({ problems }: { problems: Record<string, InputProblem | undefined> }) {
  const pending = Object.values(problems).filter((p) => p !== undefined);
  if (pending.length === 0) return null;
  return (
    <p class="lab-pending">
      {pending.map((p) => `${p.label}: the figures use ${p.using} until the field holds a valid number.`).join(' ')}
    </p>
  );
}
