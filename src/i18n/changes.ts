// Wording of the public list of changes (src/lib/history.ts, src/lib/changes.ts): one plain sentence per
// change. Structural types only: i18n imports nothing from src/lib/.
import { STATUS_LABEL } from './sv.ts';

interface ChangeWords {
  kind: string;
  previousId?: string;
  before?: string | string[] | null;
  after?: string | string[] | null;
}

/** How names are looked up for a sentence: owner ids to names, chapter ids to titles. */
export interface ChangeNames {
  owner: (id: string) => string;
  chapter: (id: string) => string;
}

const list = (value: string | string[] | null | undefined, name: (id: string) => string) =>
  Array.isArray(value) && value.length > 0 ? value.map(name).join(', ') : '(inga)';
const text = (value: string | string[] | null | undefined) =>
  typeof value === 'string' && value !== '' ? value : '(ingen)';
const status = (value: string | string[] | null | undefined) =>
  typeof value === 'string' && value in STATUS_LABEL ? STATUS_LABEL[value as keyof typeof STATUS_LABEL] : text(value);

/** One change as a sentence, without the goal's own text (the list links the goal by its text). */
export function changeSentence(change: ChangeWords, names: ChangeNames): string {
  switch (change.kind) {
    case 'goal-added':
      return 'Målet lades till.';
    case 'goal-removed':
      return 'Målet togs bort.';
    case 'goal-renamed':
      return `Målet fick en ny adress; den tidigare (${change.previousId ?? ''}) leder hit.`;
    case 'goal-reworded':
      return `Målets text ändrades. Tidigare: "${text(change.before)}"`;
    case 'goal-owners':
      return `Ansvariga ändrades från ${list(change.before, names.owner)} till ${list(change.after, names.owner)}.`;
    case 'goal-timeframe':
      return `Tidsramen ändrades från ${text(change.before)} till ${text(change.after)}.`;
    case 'goal-chapter':
      return `Målet flyttades från kapitlet ${names.chapter(text(change.before))} till ${names.chapter(text(change.after))}.`;
    case 'plan-added':
      return 'Planversionen lades till.';
    case 'plan-adopted':
      return 'Uppgifterna om beslutet att anta planen ändrades.';
    case 'plan-status':
      return `Målens status ändrades från "${status(change.before)}" till "${status(change.after)}".`;
    default:
      return 'Ändrad.';
  }
}

/** A folded run of one kind of change to one plan on one day. */
export function manySentence(kind: string, count: number): string {
  switch (kind) {
    case 'goal-added':
      return `${count} nya mål.`;
    case 'goal-removed':
      return `${count} mål togs bort.`;
    case 'goal-reworded':
      return `${count} mål fick ändrad text.`;
    case 'goal-owners':
      return `${count} mål fick ändrade ansvariga.`;
    case 'goal-timeframe':
      return `${count} mål fick ändrad tidsram.`;
    case 'goal-chapter':
      return `${count} mål flyttades till ett annat kapitel.`;
    case 'goal-renamed':
      return `${count} mål fick nya adresser; de tidigare leder vidare.`;
    default:
      return `${count} ändringar.`;
  }
}

export const CHANGES = {
  title: 'Ändringar',
  lead: 'Vad som har ändrats i webbplatsens uppgifter om planerna, nyast först. Datumet är dagen då ändringen gjordes på webbplatsen, inte dagen då en plan beslutades.',
  feed: 'Följ ändringarna som flöde (Atom)',
  none: 'Inga ändringar är registrerade.',
  noHistory: 'Den här versionen av webbplatsen är byggd utan sin versionshistorik, så ändringarna kan inte visas här.',
  ofGoal: 'Ändringar av målet',
} as const;
