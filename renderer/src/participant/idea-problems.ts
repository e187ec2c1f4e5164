import type * as Y from 'yjs';
import { ideasBy } from '#shared/workshop-sync/board-actions';
import { BOARD_LIMITS } from '#shared/workshop-sync/board-sync';

// Why the board would not take an idea, said before it is sent (the same limits as addIdea and the
// server), so the participant can fix it while the text is still in the field.

export function ideaTextProblem(text: string): string | null {
  const clean = text.trim();
  if (!clean) return 'Skriv ideen først.';
  if (clean.length > BOARD_LIMITS.ideaLength) {
    return `Ideen er for lang: ${clean.length} tegn, høyst ${BOARD_LIMITS.ideaLength}. Gjør den kortere.`;
  }
  return null;
}

export function newIdeaProblem(doc: Y.Doc, participantId: string, text: string): string | null {
  const textProblem = ideaTextProblem(text);
  if (textProblem) return textProblem;
  if (ideasBy(doc, participantId) >= BOARD_LIMITS.ideasPerParticipant) {
    return `Du har nådd grensen på ${BOARD_LIMITS.ideasPerParticipant} ideer. Slett en idé for å skrive en ny.`;
  }
  if (ideasBy(doc, participantId, true) >= BOARD_LIMITS.ideasWrittenPerParticipant) {
    return `Du har skrevet ${BOARD_LIMITS.ideasWrittenPerParticipant} ideer, som er det meste én deltaker kan skrive.`;
  }
  return null;
}
