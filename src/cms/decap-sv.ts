// The Swedish that Decap CMS's own 'sv' locale lacks (decap-cms 3.16.3 with decap-cms-core 3.19.1): each key
// its English locale has and its Swedish one does not, so the editor shows no English ("Add mål"). The editor
// page adds these to Decap's Swedish (src/cms/editor.ts); tests/e2e/editor.spec.ts fails when a Decap update
// brings a key neither has.

export type Phrases = { [key: string]: string | Phrases };

export const DECAP_SV_MISSING: Phrases = {
  auth: { loginWithForgejo: 'Logga in med Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Visa som lista', viewAsGrid: 'Visa som rutnät' },
    entries: { unpublishedHeader: 'Opublicerade inlägg' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Fältet %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        copyFromLocale: 'Fyll i från ett annat språk',
        copyFromLocaleConfirm: 'Vill du fylla i från %{locale}?\nAllt som står här nu skrivs över.',
      },
    },
    editorInterface: { toggleNotes: 'Visa eller dölj anteckningar' },
    editorNotesPane: {
      title: 'Anteckningar',
      emptyState: 'Inga anteckningar än. Skriv den första nedan.',
      addNote: 'Lägg till anteckning',
      addPlaceholder: 'Skriv en anteckning …',
      editPlaceholder: 'Ändra anteckningen …',
      save: 'Spara',
      cancel: 'Avbryt',
      edit: 'Ändra',
      delete: 'Ta bort',
      resolve: 'Markera som klar',
      unresolve: 'Markera som inte klar',
      confirmDelete: 'Vill du ta bort anteckningen?',
      shortcut: 'Tips: Ctrl+Enter lägger till anteckningen.',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Ändringen är ett utkast. Sätt status till ”Under granskning” när den är klar att granskas.',
      statusInfoTooltipInReview:
        'Ändringen granskas; du behöver inte göra något mer. Du kan fortfarande ändra medan den granskas.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Genomstruken',
        toggleMode: { rich: 'Byt till formaterad text', markdown: 'Byt till Markdown' },
      },
      image: { chooseMultiple: 'Välj bilder', addMore: 'Lägg till fler bilder', removeAll: 'Ta bort alla bilder' },
      file: { chooseMultiple: 'Välj filer', addMore: 'Lägg till fler filer', removeAll: 'Ta bort alla filer' },
      datetime: { setToNow: 'Sätt %{fieldLabel} till nu' },
      list: { add: 'Lägg till %{item}', addType: 'Lägg till %{item}' },
      object: { expand: 'Visa', collapse: 'Dölj' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Stäng' } },
  ui: {
    settingsDropdown: { account: 'Kontoval' },
    toast: {
      noteAdded: 'Anteckningen har lagts till',
      onFailToAddNote: 'Anteckningen kunde inte läggas till: %{details}',
      noteUpdated: 'Anteckningen har ändrats',
      onFailToUpdateNote: 'Anteckningen kunde inte ändras: %{details}',
      noteDeleted: 'Anteckningen har tagits bort',
      onFailToDeleteNote: 'Anteckningen kunde inte tas bort: %{details}',
      noteResolved: 'Anteckningen är markerad som klar',
      noteReopened: 'Anteckningen är öppnad igen',
      onFailToToggleNote: 'Anteckningens status kunde inte ändras: %{details}',
    },
  },
};

const isPhrases = (value: unknown): value is Phrases =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `base` with each phrase of `extra` that it lacks; a phrase `base` has is kept (Decap's own wording wins). */
export function withMissing(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const have = out[key];
    if (isPhrases(value)) out[key] = withMissing(isPhrases(have) ? have : {}, value);
    else if (have === undefined) out[key] = value;
  }
  return out;
}
