/**
 * How to run an exercise (purpose, timing, debrief, questions for the room), as the run sheet and
 * the facilitator kit's reference list both show it. The kit's page renders it without hydrating.
 */
import type { FacilitatorNotes as Notes } from '../workshop/exercises';
import './agenda.css';

export function FacilitatorNotes({ notes }: { notes: Notes }) {
  return (
    <dl class="run-sheet-notes">
      <dt>Purpose</dt>
      <dd>{notes.purpose}</dd>
      <dt>Timing</dt>
      <dd>{notes.timing}</dd>
      <dt>Debrief</dt>
      <dd>{notes.debrief}</dd>
      <dt>Ask the room</dt>
      <dd>
        <ul>
          {notes.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
