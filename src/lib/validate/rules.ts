// The validator's rule registry: every rule's code, severity, Swedish message, fix hint and a documented
// example. The report, the editor docs and the tests all read this one table.
//
// A rule declares its parameter names once, as the keys of its example (and which of them a finding may
// leave out); its message and fix, and every makeIssue call with its code, are checked against them, so a
// misspelt parameter does not compile.

import { CONTENT_FILE_KINDS } from '../../schemas/files.ts';
import { listSv } from '../swedish-list.ts';

export type Severity = 'error' | 'warning';

/** The parameters of a rule with the names K, of which those in O may be left out. */
type ParamsFor<K extends string, O extends string> = [K] extends [never]
  ? // No names: `{}` would take any object; this takes only an empty one.
    { readonly [name: string]: never }
  : Flat<{ readonly [N in Exclude<K, O>]: string } & { readonly [N in O]?: string }>;
/** Any rule's parameters, as the docs and the tests see them. */
export type Params = ParamsFor<string, string>;
/** One object type, so that a type error lists the names. */
type Flat<T> = { [N in keyof T]: T[N] } & {};

export interface Rule<K extends string = string, O extends string = K> {
  severity: Severity;
  /** Short Swedish name of the rule. */
  title: string;
  /** A realistic value for each parameter (its keys are the parameter names), for the docs and the tests. */
  example: Readonly<Record<K, string>>;
  /** Parameters a finding may leave out (there may be no suggestion); message and fix then do without. */
  optional: readonly O[];
  // Methods rather than function properties: TypeScript compares method parameters both ways, so every rule
  // is also a plain Rule for the docs and the tests (which call them with the rule's own example).
  message(p: ParamsFor<K, O>): string;
  fix(p: ParamsFor<K, O>): string;
}

/** A rule of the registry: its parameter names are its example's keys, `optional` those it can do without. */
export function rule<K extends string, O extends K = never>(
  r: Omit<Rule<K, O>, 'optional'> & { optional?: readonly O[] },
): Rule<K, O> {
  return { ...r, optional: r.optional ?? [] };
}

const q = (s: string) => `"${s}"`;

/** What a folder may hold, from the table of content files: "plan.yaml, goals.yaml, … och kapitel/*.mdx". */
const allowedIn = (folder: string) =>
  listSv(
    CONTENT_FILE_KINDS.filter((k) => k.pattern.startsWith(`${folder}/`)).map((k) => k.pattern.slice(folder.length + 1)),
  );

const REGISTRY = {
  'file-too-large': rule({
    severity: 'error',
    title: 'Filen är för stor',
    message: (p) => `Filen är ${p.size} byte, mer än gränsen ${p.limit} byte.`,
    fix: () => 'Dela upp innehållet eller kontrollera att rätt fil har lagts till.',
    example: { size: '5242880', limit: '1048576' },
  }),
  'file-binary': rule({
    severity: 'error',
    title: 'Filen är inte text',
    message: () => 'Filen innehåller binära data (nulltecken) och kan inte läsas som text.',
    fix: () => 'Spara filen som vanlig text i UTF-8, eller ta bort den.',
    example: {},
  }),
  'file-encoding': rule({
    severity: 'error',
    title: 'Filen är inte sparad som UTF-8',
    message: (p) => `Rad ${p.line} innehåller byte som inte är UTF-8, så till exempel å, ä och ö skulle visas fel.`,
    fix: (p) =>
      `Spara filen som UTF-8 (i de flesta redigerare under Spara som → Kodning). Tolkad som Windows-1252 lyder raden ${q(p.text)}.`,
    example: { line: '4', text: '  text: Målet gäller hela sjukvårdsregionen.' },
  }),
  symlink: rule({
    severity: 'error',
    title: 'Symbolisk länk',
    message: (p) =>
      `${q(p.file)} är en symbolisk länk till en annan fil eller mapp. Länkar följs aldrig: innehållet måste finnas i själva filen.`,
    fix: () =>
      'Ersätt länken med en vanlig fil eller mapp med innehållet, eller ta bort den. Allt innehåll ska finnas i repositoriet.',
    example: { file: 'plans/norr-2022-2024/kapitel/barn-och-unga.mdx' },
  }),
  'file-unreadable': rule({
    severity: 'error',
    title: 'Filen kan inte läsas',
    message: (p) =>
      `Filen ${q(p.file)} kan inte öppnas: den saknar läsrättighet eller är ingen vanlig fil (t.ex. en socket eller en enhet).`,
    fix: () =>
      'Ersätt den med en vanlig textfil med läsrättighet (t.ex. chmod 644), eller återställ den från huvudgrenen.',
    example: { file: 'plans/norr-2022-2024/goals.yaml' },
  }),
  'not-a-file': rule({
    severity: 'error',
    title: 'Ingen vanlig fil',
    message: (p) =>
      `${q(p.file)} är en mapp eller en specialfil (t.ex. en namngiven pipe), men här ska en vanlig textfil stå.`,
    fix: () =>
      'Ta bort mappen eller specialfilen och lägg en vanlig textfil med innehållet i dess ställe, eller återställ filen från huvudgrenen.',
    example: { file: 'plans/norr-2022-2024/inledning.mdx' },
  }),
  'yaml-syntax': rule({
    severity: 'error',
    title: 'YAML-syntaxfel',
    message: (p) => `Filen kan inte läsas som YAML: ${p.detail}.`,
    fix: (p) => p.fix,
    example: {
      detail:
        'en text utan citattecken innehåller ": " (kolon och mellanslag), som YAML läser som början på ett nytt fält',
      fix: 'Sätt hela texten inom citattecken ("…"), eller skriv >- efter fältnamnet och texten indragen på raderna under.',
    },
  }),
  'yaml-tab': rule({
    severity: 'error',
    title: 'Tabb som indrag',
    message: () => 'Raden är indragen med tabb (ett tabbtecken). YAML tillåter bara mellanslag som indrag.',
    fix: () =>
      'Byt tabben mot mellanslag, lika många som på raderna ovanför (två per nivå). Ställ gärna in redigeraren på att skriva mellanslag när du trycker på Tab.',
    example: {},
  }),
  'yaml-too-deep': rule({
    severity: 'error',
    title: 'För djupt nästlat',
    message: (p) => `Värdena är nästlade djupare än ${p.limit} nivåer (listor i listor eller block i block).`,
    fix: () =>
      'Kontrollera indraget och att varje [ och { stängs. Inga av planernas filer behöver mer än några nivåer.',
    example: { limit: '20' },
  }),
  'reserved-key': rule({
    severity: 'error',
    title: 'Reserverat fältnamn',
    message: (p) =>
      `Fältnamnet ${q(p.key)} är reserverat i JavaScript: värdet skulle tyst försvinna i stället för att kontrolleras och användas.`,
    fix: () => 'Ta bort fältet, eller skriv det id eller fältnamn som menas.',
    example: { key: '__proto__' },
  }),
  'yaml-alias-limit': rule({
    severity: 'error',
    title: 'För många YAML-alias',
    message: (p) => `Filen använder YAML-alias (*namn) som växer till mer än ${p.limit} kopior.`,
    fix: () => 'Skriv ut värdena direkt i stället för att använda ankare (&) och alias (*).',
    example: { limit: '100' },
  }),
  'duplicate-key': rule({
    severity: 'error',
    title: 'Samma fält två gånger',
    message: (p) => `Fältet ${q(p.key)} står två gånger i samma block; bara ett av värdena skulle användas.`,
    fix: (p) =>
      `Ta bort det ena ${q(p.key)} eller slå ihop värdena. Börjar raden ett nytt block (ett nytt mål), skriv i stället "- " före fältet, i samma kolumn som i blocket ovanför.`,
    example: { key: 'owners' },
  }),
  'list-dash-missing': rule({
    severity: 'error',
    title: 'Ett block saknar "- "',
    message: (p) =>
      `Raden ${q(p.line)} börjar ett nytt block med fältet ${q(p.key)}, men "- " saknas före det. Utan "- " blir fälten en del av blocket ovanför, så båda blocken skulle bli ett.`,
    fix: (p) =>
      `Skriv "- " före ${p.key}, så att bindestrecket står i samma kolumn som "- " i blocket ovanför. Ta inte bort några fält: det är två block, t.ex. två mål.`,
    example: { line: 'id: norr22-kontaktsjukskoterska', key: 'id' },
  }),
  'file-missing': rule({
    severity: 'error',
    title: 'Fil saknas',
    message: (p) => `Filen ${q(p.file)} saknas.`,
    fix: () => 'Återställ filen från huvudgrenen; webbplatsen kan inte byggas utan den.',
    example: { file: 'content/owners.yaml' },
  }),
  'frontmatter-missing': rule({
    severity: 'error',
    title: 'Frontmatter saknas',
    message: () => 'Filen börjar inte med ett frontmatter-block mellan två rader "---".',
    fix: () => 'Börja filen med "---", fälten (t.ex. "title: …") och en avslutande rad "---".',
    example: {},
  }),
  'mdx-syntax': rule({
    severity: 'error',
    title: 'Texten kan inte läsas som MDX',
    message: (p) => `Texten kan inte läsas som MDX: ${p.detail}.`,
    fix: () =>
      'Rätta stället som anges. Tecknen {, } och < har särskild betydelse i MDX: skriv \\{, \\} eller \\< när tecknet ska synas i texten.',
    example: { detail: 'en klammer "{" stängs aldrig; skriv \\{ om tecknet menas' },
  }),
  'mdx-import-export': rule({
    severity: 'error',
    title: 'Import eller export i texten',
    message: (p) =>
      `Raden ${q(p.code)} är en import- eller export-sats. Sådana kör kod och är inte tillåtna i planernas text.`,
    fix: () =>
      'Ta bort raden. En textrad får inte börja med orden import eller export följda av mellanslag; börja meningen med stor bokstav eller formulera om den.',
    example: { code: 'import Diagram from "../../src/components/Diagram.astro"' },
  }),
  'mdx-expression': rule({
    severity: 'error',
    title: 'Uttryck inom klamrar',
    message: (p) => `${p.code} är ett JavaScript-uttryck. Klamrar kör kod i MDX och är inte tillåtna i planernas text.`,
    fix: () =>
      'Skriv \\{ och \\} om klamrarna ska synas i texten, annars ta bort uttrycket. Kommentarer inom klamrar är inte heller tillåtna, och värden till komponenter skrivs inom citattecken.',
    example: { code: '{2022 + 2}' },
  }),
  'mdx-html': rule({
    severity: 'error',
    title: 'HTML eller JSX i texten',
    message: (p) => `Elementet ${p.element} är inte tillåtet: ${p.why}.`,
    fix: (p) =>
      `Skriv med Markdown i stället: **fet**, *kursiv*, [länk](https://…), tabeller med | och fotnoter med [^1]. Skriv \\< om tecknet < ska synas i texten. ${p.allowed}`,
    example: {
      element: '<br>',
      why: 'rå HTML och JSX är inte tillåtet i planernas text',
      allowed: 'Inga komponenter är tillåtna än.',
    },
  }),
  'mdx-event-handler': rule({
    severity: 'error',
    title: 'Händelsehanterare i ett element',
    message: (p) =>
      `Attributet ${q(p.attribute)} på ${p.element} är en händelsehanterare som kör JavaScript i läsarens webbläsare.`,
    fix: () => 'Ta bort attributet. Attribut som börjar med on (onclick, onload …) är aldrig tillåtna.',
    example: { attribute: 'onclick', element: '<span>' },
  }),
  'mdx-unsafe-url': rule({
    severity: 'error',
    title: 'Otillåten adress i en länk eller bild',
    message: (p) =>
      `Adressen ${q(p.url)} börjar med ${p.scheme}, som kan köra kod eller bära en hel sida och därför inte är tillåtet.`,
    fix: () =>
      'Länka till en adress som börjar med https://, till en sida på webbplatsen (t.ex. /planer/…) eller till en e-postadress (mailto:).',
    example: { url: 'javascript:alert(1)', scheme: 'javascript:' },
  }),
  'mdx-image': rule({
    severity: 'error',
    title: 'Bild i texten',
    message: (p) =>
      `Bilden ${q(p.url)} kan inte visas: planernas text får inte innehålla bilder, varken filer i repositoriet eller bilder från andra webbplatser.`,
    fix: () =>
      'Ta bort bilden (![text](adress) eller ![text][namn]). Beskriv i texten vad bilden visar, eller länka till källan med [text](https://…).',
    example: { url: '../../bilder/flodesschema.png' },
  }),
  'spreadsheet-formula': rule({
    severity: 'error',
    title: 'Text som ett kalkylprogram kör som formel',
    message: (p) =>
      `Texten ${q(p.value)} börjar med ${p.character}. Excel och andra kalkylprogram kör en sådan cell som en formel när de öppnar goals.csv.`,
    fix: () =>
      'Ingen plan skriver så: jämför med källan och ta bort tecknet i början, eller börja texten med ett ord. Står tecknet för ett mellanslag eller en radbrytning, ta bort det.',
    example: { value: '=HYPERLINK("https://exempel.se/";"Läs mer")', character: 'likhetstecken (=)' },
  }),
  'text-invisible': rule({
    severity: 'error',
    title: 'Osynliga tecken i texten',
    message: (p) =>
      `Texten ${q(p.value)} innehåller ${p.chars}. Sådana tecken syns inte men ändrar hur texten visas, söks eller kopieras.`,
    fix: () =>
      'Skriv om ordet eller raden för hand, utan att klistra in den: tecknet följer ofta med när text kopieras från en PDF, en webbsida eller ett ordbehandlingsprogram. Ingen plan använder sådana tecken.',
    example: {
      value: 'Screening ska \\u202eråkni\\u202c införas.',
      chars: '\\u202e (styr skrivriktningen), \\u202c (styr skrivriktningen)',
    },
  }),
  'text-not-nfc': rule({
    severity: 'error',
    title: 'Bokstav i två delar',
    message: (p) =>
      `Texten ${q(p.value)} har bokstäver skrivna som en bokstav och ett separat tecken ovanpå: ${p.letters}. De ser rätt ut men söks och jämförs som annan text.`,
    fix: () =>
      'Skriv om bokstäverna för hand (å, ä, ö, é …) i stället för att klistra in dem; texten lagras med sammansatta bokstäver (Unicode NFC). Kontrollen ändrar inte texten själv, så att filen visar exakt vad som publiceras.',
    example: { value: 'Närstående ska erbjudas stöd.', letters: 'a + U+0308 (ska vara ä)' },
  }),
  'text-blank': rule({
    severity: 'error',
    title: 'Text med bara mellanslag',
    message: () => 'Värdet består bara av mellanslag eller radbrytningar, så det ser tomt ut på webbplatsen.',
    fix: () => 'Skriv texten som den står i planen, eller ta bort fältet om det får utelämnas.',
    example: {},
  }),
  'mdx-too-deep': rule({
    severity: 'error',
    title: 'Texten är nästlad för djupt',
    message: (p) =>
      `Här ligger texten mer än ${p.limit} nivåer djupt (citat i citat, listor i listor eller betoning i betoning), vilket webbplatsen inte kan byggas med.`,
    fix: () =>
      'Ta bort de överflödiga tecknen i början av raderna (> för citat, - eller 1. för listor) eller betoningstecknen (* och _). Ingen plan nästlar mer än några nivåer.',
    example: { limit: '100' },
  }),
  'file-name-id': rule({
    severity: 'error',
    title: 'Filnamnet kan inte bli ett id',
    message: (p) =>
      `Namnet ${q(p.name)} blir id:t för ${p.what} och en del av dess adress, men det följer inte formatet för id:n.`,
    fix: (p) =>
      `Byt namn till ${q(p.suggestion)}: bara små bokstäver a–z, siffror och enkla bindestreck; å och ä skrivs a, ö skrivs o.${p.also}`,
    example: { name: 'Barn och unga.mdx', what: 'kapitlet', suggestion: 'barn-och-unga.mdx', also: '' },
  }),
  'missing-field': rule({
    severity: 'error',
    title: 'Obligatoriskt fält saknas',
    message: (p) => `Fältet ${q(p.field)} saknas.`,
    fix: (p) => `Lägg till ${q(p.field)}. ${p.hint}`,
    example: { field: 'timeframe', hint: 'Tidsram exakt som i källan, t.ex. "2024" eller "2022–2024".' },
  }),
  'wrong-type': rule({
    severity: 'error',
    title: 'Fel sorts värde',
    message: (p) => `Fältet ${q(p.field)} ska vara ${p.expected} men är ${p.actual}.`,
    fix: (p) => `Skriv värdet som ${p.expected}. ${p.hint}`,
    example: {
      field: 'owners',
      expected: 'en lista',
      actual: 'text',
      hint: 'T.ex. owners: [norr-regionerna, rcc-norr].',
    },
  }),
  'unknown-key': rule({
    severity: 'error',
    title: 'Okänt fält',
    message: (p) => `Fältet ${q(p.key)} finns inte här.`,
    fix: (p) =>
      p.suggestion ? `Menade du ${q(p.suggestion)}? Tillåtna fält: ${p.allowed}.` : `Tillåtna fält: ${p.allowed}.`,
    example: { key: 'owner', suggestion: 'owners', allowed: 'id, chapter, number, text, owners, timeframe, areas' },
    optional: ['suggestion'],
  }),
  'invalid-value': rule({
    severity: 'error',
    title: 'Otillåtet värde',
    message: (p) => `Fältet ${q(p.field)} har värdet ${q(p.value)}: ${p.detail}.`,
    fix: (p) => p.hint || 'Rätta värdet så att det stämmer med beskrivningen ovan.',
    example: {
      field: 'status',
      value: 'klar',
      detail: 'tillåtna värden är complete, partial, not-transcribed',
      hint: 'Välj ett av de tillåtna värdena.',
    },
    optional: ['hint'],
  }),
  'id-format': rule({
    severity: 'error',
    title: 'Ogiltigt id',
    message: (p) =>
      `Id:t ${q(p.value)} i fältet ${q(p.field)} följer inte formatet.${p.chars ? ` Det innehåller tecken utanför a–z: ${p.chars}.` : ''}`,
    fix: () =>
      'Använd bara små bokstäver a–z, siffror och enkla bindestreck, t.ex. "rcc-norr". Skriv å och ä som a, ö som o.',
    example: { value: 'rcc-norr', field: 'owners[1]', chars: '"а" (U+0430)' },
    optional: ['chars'],
  }),
  'id-too-long': rule({
    severity: 'error',
    title: 'Id:t är för långt',
    message: (p) =>
      `Id:t ${q(p.value)} i ${q(p.field)} är ${p.length} tecken långt. Ett id blir en del av en adress och ett mappnamn på webbplatsen, och får vara högst ${p.limit} tecken.`,
    fix: (p) =>
      `Korta id:t till högst ${p.limit} tecken: några ord som skiljer målet (planen, filen) från de andra räcker, t.ex. norr22-screening-tjocktarmscancer. Ändra också där id:t används.`,
    example: {
      value: 'norr22-screening-for-tjock-och-andtarmscancer-ska-inforas-for-minst-en-arskull-i-alla-regi…',
      field: 'id',
      length: '143',
      limit: '80',
    },
  }),
  'date-format': rule({
    severity: 'error',
    title: 'Ogiltigt datum',
    message: (p) => `Datumet ${q(p.value)} i fältet ${q(p.field)} följer inte formatet.`,
    fix: () => 'Skriv datum som ÅÅÅÅ-MM-DD (t.ex. "2022-06-15"), eller ÅÅÅÅ-MM eller ÅÅÅÅ om källan inte säger mer.',
    example: { value: '15 juni 2022', field: 'adoption[0].date' },
  }),
  'date-not-in-calendar': rule({
    severity: 'error',
    title: 'Datumet finns inte',
    message: (p) => `Datumet ${q(p.value)} i fältet ${q(p.field)} finns inte i kalendern: ${p.detail}.`,
    fix: () => 'Kontrollera datumet mot källan. Skriv ÅÅÅÅ-MM eller ÅÅÅÅ om källan inte anger dagen.',
    example: { value: '2023-02-29', field: 'adoption[0].date', detail: '2023-02 har dagarna 01–28, inte 29' },
  }),
  'duplicate-id': rule({
    severity: 'error',
    title: 'Id används två gånger',
    message: (p) => `Id:t ${q(p.id)} används redan för ${p.what} i ${p.other}.`,
    fix: () => 'Ge det ena ett nytt, unikt id. Ändra inte id:t på ett publicerat mål: det är målets adress.',
    example: { id: 'norr22-opt', what: 'ett mål', other: 'plans/norr-2022-2024/goals.yaml:40' },
  }),
  'unknown-region': rule({
    severity: 'error',
    title: 'Okänd sjukvårdsregion',
    message: (p) => `Sjukvårdsregionen ${q(p.value)} finns inte i content/regions.yaml.`,
    fix: (p) => `Använd ett av id:na ${p.known}.`,
    example: { value: 'nord', known: 'norr, stockholm-gotland, syd, sydost, mellansverige, vast' },
  }),
  'unknown-owner': rule({
    severity: 'error',
    title: 'Okänd ansvarig',
    message: (p) => `Ansvarig ${q(p.value)} finns inte i content/owners.yaml.`,
    fix: (p) =>
      p.suggestion
        ? `Menade du ${q(p.suggestion)}? Annars: lägg till den ansvariga i content/owners.yaml med id, name (exakt som i planen), kind och region.`
        : 'Lägg till den ansvariga i content/owners.yaml med id, name (exakt som i planen), kind och region, eller rätta id:t.',
    example: { value: 'rcc-nor', suggestion: 'rcc-norr' },
    optional: ['suggestion'],
  }),
  'owner-by-name': rule({
    severity: 'error',
    title: 'Ansvarig skriven med namn i stället för id',
    message: (p) => `${q(p.value)} är namnet på en ansvarig, men owners ska ange ansvarigas id.`,
    fix: (p) => `Skriv id:t ${p.ids}. Namnet som visas på webbplatsen står i content/owners.yaml.`,
    example: { value: 'Regionerna', ids: '"norr-regionerna"' },
  }),
  'owner-region-mismatch': rule({
    severity: 'error',
    title: 'Ansvarig från en annan sjukvårdsregion',
    message: (p) =>
      `Ansvarig ${q(p.value)} hör till sjukvårdsregionen ${q(p.ownerRegion)}, men planen hör till ${q(p.planRegion)}.`,
    fix: () =>
      'Samma namn kan betyda olika ansvariga i olika planer ("Regionerna"). Lägg till en egen post i content/owners.yaml för den här sjukvårdsregionen och använd dess id.',
    example: { value: 'norr-regionerna', ownerRegion: 'norr', planRegion: 'syd' },
  }),
  'duplicate-owner': rule({
    severity: 'error',
    title: 'Samma ansvarig två gånger',
    message: (p) => `Ansvarig ${q(p.value)} står två gånger i samma mål.`,
    fix: () => 'Ta bort den ena förekomsten.',
    example: { value: 'rcc-norr' },
  }),
  'unknown-chapter': rule({
    severity: 'error',
    title: 'Okänt kapitel',
    message: (p) => `Kapitlet ${q(p.value)} finns inte i ${p.folder}.`,
    fix: (p) => `Använd ett av planens kapitel: ${p.known}.`,
    example: {
      value: 'prevention',
      folder: 'plans/norr-2022-2024/kapitel/',
      known: 'prevention-och-tidig-diagnostik, barn-och-unga',
    },
  }),
  'unknown-direction': rule({
    severity: 'error',
    title: 'Okänt ramverk',
    message: (p) => `Ramverket ${q(p.value)} finns inte i content/directions/.`,
    fix: (p) => `Använd ett av ${p.known}.`,
    example: {
      value: 'vagen-framat',
      known: 'vagen-framat-2020-2022, nationella-cancerstrategin, overenskommelse-cancervard',
    },
  }),
  'unknown-area': rule({
    severity: 'error',
    title: 'Okänt område',
    message: (p) => `Området ${q(p.value)} finns inte i ramverket ${q(p.direction)}.`,
    fix: (p) => `Använd ett av ramverkets områden: ${p.known}.`,
    example: {
      value: 'prevention',
      direction: 'vagen-framat-2020-2022',
      known: 'prevention-och-tidig-diagnostik, barn-och-unga',
    },
  }),
  'direction-not-followed': rule({
    severity: 'error',
    title: 'Ramverket följs inte av planen',
    message: (p) => `Ramverket ${q(p.value)} används här, men planen anger inte att den följer det.`,
    fix: (p) => `Lägg till ${q(p.value)} under follows i ${p.planFile}, eller ta bort kopplingen.`,
    example: { value: 'overenskommelse-cancervard', planFile: 'plans/norr-2022-2024/plan.yaml' },
  }),
  'timeframe-format': rule({
    severity: 'error',
    title: 'Tidsramen kan inte tolkas',
    message: (p) => `Tidsramen ${q(p.value)} kan inte tolkas: ${p.detail}.`,
    fix: () =>
      'Skriv tidsramen som i källan, som ett årtal ("2024") eller ett intervall ("2022–2024", "2022-2024" eller "2022-24").',
    example: { value: 'snarast', detail: '"snarast" är inte ett årtal eller ett årsintervall' },
  }),
  'timeframe-reversed': rule({
    severity: 'error',
    title: 'Tidsramen går baklänges',
    message: (p) => `Tidsramen ${q(p.value)} går baklänges: ${p.detail}.`,
    fix: () => 'Skriv startåret först, t.ex. "2022–2024".',
    example: { value: '2024–2022', detail: 'slutåret 2022 ligger före startåret 2024' },
  }),
  'timeframe-outside-period': rule({
    severity: 'error',
    title: 'Tidsramen ligger utanför planperioden',
    message: (p) => `Tidsramen ${q(p.value)} ligger utanför planens period ${p.period}.`,
    fix: () => 'Kontrollera tidsramen mot källan, eller planens period i plan.yaml.',
    example: { value: '2026', period: '2022–2024' },
  }),
  'missing-owners': rule({
    severity: 'error',
    title: 'Målet saknar ansvarig',
    message: (p) => `Målet ${q(p.goal)} har ingen ansvarig, men planen har kolumnen ${q(p.label)}.`,
    fix: () => 'Lägg till owners med id:n ur content/owners.yaml, i källans ordning.',
    example: { goal: 'norr22-opt', label: 'Ansvarig' },
  }),
  'missing-timeframe': rule({
    severity: 'error',
    title: 'Målet saknar tidsram',
    message: (p) => `Målet ${q(p.goal)} har ingen tidsram, men planen har kolumnen ${q(p.label)}.`,
    fix: () => 'Lägg till timeframe exakt som i källan, t.ex. timeframe: "2024".',
    example: { goal: 'norr22-opt', label: 'Tidsram' },
  }),
  'column-not-declared': rule({
    severity: 'error',
    title: 'Värde i en kolumn planen inte har',
    message: (p) => `Målet ${q(p.goal)} har ${p.field}, men planens måltabeller har ingen sådan kolumn.`,
    fix: (p) =>
      `Ta bort ${p.field} från målet, eller lägg till kolumnen under columns i ${p.planFile} om planen har den.`,
    example: { goal: 'sg20-hpv-vaccination', field: 'owners', planFile: 'plans/stockholm-gotland-2020-2023/plan.yaml' },
  }),
  'chapter-unmapped': rule({
    severity: 'error',
    title: 'Kapitlet saknar område',
    message: (p) =>
      `Kapitlet ${q(p.chapter)} är inte kopplat till något område i ${q(p.direction)}, som planen följer.`,
    fix: (p) =>
      `Lägg till i kapitlets frontmatter: areas: { ${p.direction}: [område-id] }. Områdena finns i content/directions/${p.direction}.yaml.`,
    example: { chapter: 'barn-och-unga', direction: 'vagen-framat-2020-2022' },
  }),
  'duplicate-order': rule({
    severity: 'error',
    title: 'Två kapitel på samma plats',
    message: (p) => `Kapitlen ${q(p.chapter)} och ${q(p.other)} har båda order: ${p.order}.`,
    fix: () => 'Ge varje kapitel ett eget order-nummer i den ordning de står i planen.',
    example: { chapter: 'barn-och-unga', other: 'kompetensforsorjning', order: '4' },
  }),
  'goal-no-area': rule({
    severity: 'error',
    title: 'Målet når inget område',
    message: (p) =>
      `Målet ${q(p.goal)} når inget område i ${q(p.direction)}, varken genom sitt kapitel eller egna areas.`,
    fix: (p) =>
      `Koppla kapitlet till ett område i ${p.direction}, eller ge målet areas: { ${p.direction}: [område-id] }.`,
    example: { goal: 'norr22-opt', direction: 'vagen-framat-2020-2022' },
  }),
  'area-not-covered': rule({
    severity: 'error',
    title: 'Området saknar mål',
    message: (p) =>
      `Området ${q(p.area)} i ${q(p.direction)} har inget mål i planen, och planen har inte angett det som lucka.`,
    fix: () =>
      'Koppla ett kapitel eller mål till området, eller ange luckan i plan.yaml: gaps: [{ direction, area, reason }].',
    example: { area: 'barn-och-unga', direction: 'vagen-framat-2020-2022' },
  }),
  'gap-covered': rule({
    severity: 'warning',
    title: 'Angiven lucka har mål',
    message: (p) => `Området ${q(p.area)} anges som lucka, men planen har ${p.count} mål där.`,
    fix: () => 'Ta bort luckan ur gaps i plan.yaml om den inte längre gäller.',
    example: { area: 'barn-och-unga', count: '5' },
  }),
  'status-mismatch': rule({
    severity: 'error',
    title: 'Status stämmer inte med målen',
    message: (p) => p.detail,
    fix: (p) => p.hint,
    example: {
      detail: 'Planen har status not-transcribed men goals.yaml innehåller 3 mål.',
      hint: 'Ändra status till partial eller complete, eller ta bort goals.yaml.',
    },
  }),
  'draft-unedited': rule({
    severity: 'warning',
    title: 'Utkast som inte publiceras',
    message: (p) => `Planversionen är ett utkast och publiceras inte: ${p.detail}.`,
    fix: () =>
      'Kontrollera planversionen mot den nya planens dokument och skriv om det som har ändrats. När planen är antagen: skriv beslutet i adoption (body och date), ta bort titleConfirmed: false när titeln stämmer och copyConfirmed: false när inledningen, kapitlen och follows är jämförda.',
    example: {
      detail:
        'titeln är inte bekräftad (titleConfirmed: false), inget beslut om antagande är registrerat (adoption är tom) och inledningen och 7 kapitel är identiska med plans/norr-2022-2024/',
    },
  }),
  'copy-unconfirmed': rule({
    severity: 'error',
    title: 'Antagen plan med okontrollerad kopia',
    message: () =>
      'Planversionen har ett beslut i adoption men copyConfirmed: false: inledningen, kapitlen och follows är kopierade från förra planversionen och inte jämförda med den nya planen, och skulle publiceras som den nya planens.',
    fix: () =>
      'Jämför inledningen, varje kapitel (text, nummer, ordning och områden) och follows med den nya planens dokument och rätta det som skiljer. Ta sedan bort raden copyConfirmed: false.',
    example: {},
  }),
  'period-reversed': rule({
    severity: 'error',
    title: 'Planperioden går baklänges',
    message: (p) => `Planperioden slutar ${p.to}, före sitt startår ${p.from}.`,
    fix: () => 'Kontrollera period.from och period.to mot källan.',
    example: { from: '2024', to: '2022' },
  }),
  'plan-metadata-missing': rule({
    severity: 'error',
    title: 'Planmappen saknar plan.yaml',
    message: (p) => `Mappen ${p.folder} har ingen plan.yaml.`,
    fix: () =>
      'Lägg till plan.yaml med region, title, period, adoption, source, levels, columns, status och statusNote (kopiera en annan plans fil som mall).',
    example: { folder: 'plans/syd-2023-2025/' },
  }),
  'plan-folder-name': rule({
    severity: 'error',
    title: 'Mappnamnet stämmer inte med planen',
    message: (p) => `Mappen heter ${q(p.folder)} men planens region och period ger ${q(p.expected)}.`,
    fix: (p) => `Byt namn på mappen till ${q(p.expected)}, eller rätta region och period i plan.yaml.`,
    example: { folder: 'norr-2022', expected: 'norr-2022-2024' },
  }),
  'unknown-file': rule({
    severity: 'error',
    title: 'Okänd fil',
    message: (p) => `Filen ${q(p.file)} används inte av webbplatsen.`,
    fix: (p) =>
      `${p.suggestion ? `Menade du ${q(p.suggestion)}? ` : ''}En planmapp får innehålla ${allowedIn('plans/*')}; content/ får innehålla ${allowedIn('content')}. Byt namn på filen eller ta bort den.`,
    example: { file: 'plans/norr-2022-2024/goal.yaml', suggestion: 'goals.yaml' },
    optional: ['suggestion'],
  }),
  'redirect-target-missing': rule({
    severity: 'error',
    title: 'Omdirigering till ett mål som inte finns',
    message: (p) =>
      `Omdirigeringen från ${q(p.from)} leder till ${q(p.value)}, som inte är något måls eller någon plans id.`,
    fix: (p) =>
      p.suggestion
        ? `Menade du ${q(p.suggestion)}? Ange målets (eller planens) nuvarande id under to.`
        : 'Ange målets (eller planens) nuvarande id under to.',
    example: {
      from: 'norr22-opt',
      value: 'norr22-prostatacancertestning',
      suggestion: 'norr22-organiserad-prostatacancertestning',
    },
    optional: ['suggestion'],
  }),
  'redirect-removed-not-plan': rule({
    severity: 'error',
    title: 'Ett borttaget mål leder inte till en plan',
    message: (p) =>
      `Omdirigeringen från ${q(p.from)} säger att målet är borttaget (removed: true), men ${q(p.value)} är ett mål, inte en plan.`,
    fix: (p) =>
      `Ange under to id:t för planen som målet stod i${p.suggestion ? ` (${q(p.suggestion)}?)` : ''}. Fick målet i stället ett nytt id, ta bort raden removed: true.`,
    example: { from: 'norr22-opt', value: 'norr22-organiserad-prostatacancertestning', suggestion: 'norr-2022-2024' },
    optional: ['suggestion'],
  }),
  'published-id-removed': rule({
    severity: 'error',
    title: 'Ett publicerat id har försvunnit',
    message: (p) =>
      `${p.what} ${q(p.id)} fanns i ${p.ref} men finns inte längre, och content/redirects.yaml leder inte id:t vidare. Adressen ${p.path}, som andra hänvisar till, skulle sluta fungera.`,
    fix: (p) =>
      `Lägg till den här raden i content/redirects.yaml (står det bara [] i filen, ersätt det): ${p.redirect} ${p.guess}` +
      (p.removedRedirect
        ? `Är målet i stället borttaget för gott, lägg till den här raden: ${p.removedRedirect} Då säger den gamla adressen att målet är borttaget och leder till planen. `
        : '') +
      'Ändrades id:t av misstag, återställ det i stället.',
    example: {
      what: 'Målet',
      id: 'norr22-opt',
      path: '/mal/norr22-opt/',
      ref: 'origin/main',
      redirect: '- { from: norr22-opt, to: NYTT-ID }',
      guess: 'Byt NYTT-ID mot målets nya id. ',
      removedRedirect: '- { from: norr22-opt, to: norr-2022-2024, removed: true }',
    },
    optional: ['removedRedirect'],
  }),
  'redirect-shadows-goal': rule({
    severity: 'error',
    title: 'Omdirigering från ett id som används',
    message: (p) => `Id:t ${q(p.value)} omdirigeras, men ett mål eller en plan har fortfarande det id:t.`,
    fix: () => 'Ta bort omdirigeringen, eller ge målet (planen) ett nytt id. Ett id får inte leda till två sidor.',
    example: { value: 'norr22-mdk' },
  }),
  'json-schema-stale': rule({
    severity: 'warning',
    title: 'JSON-schemana för VS Code är inaktuella',
    message: (p) =>
      `JSON-schemana i schemas/json/ stämmer inte längre med innehållet och src/schemas/ (${p.files}), så VS Code skulle föreslå fel id:n och fält.`,
    fix: () =>
      'Det hindrar inte ändringen: filerna genereras. Den som kan köra kommandon i projektmappen kör npm run schemas och lägger till de ändrade filerna i schemas/json/, i samma ändring eller senare.',
    example: { files: 'goals.schema.json, owners.schema.json' },
  }),
  'cms-config-stale': rule({
    severity: 'warning',
    title: 'Redigeringens formulär är inaktuella',
    message: (p) =>
      `${p.file} stämmer inte längre med innehållet och src/schemas/, så formulären på /redigera/ skulle visa fel fält eller val.`,
    fix: () =>
      'Det hindrar inte ändringen: filen genereras. Den som kan köra kommandon i projektmappen kör npm run schemas och lägger till den ändrade filen, i samma ändring eller senare.',
    example: { file: 'schemas/cms/config.yml' },
  }),
  'owner-unused': rule({
    severity: 'warning',
    title: 'Ansvarig som inget mål använder',
    message: (p) => `Ansvarig ${q(p.value)} finns i registret men inget mål använder den.`,
    fix: () => 'Ta bort posten ur content/owners.yaml om den inte behövs.',
    example: { value: 'region-norrbotten' },
  }),
  'place-duplicate': rule({
    severity: 'error',
    title: 'Län eller kommun två gånger',
    message: (p) => `${p.what} ${q(p.value)} finns redan i ${p.other}.`,
    fix: () =>
      'Varje län och kommun står en gång, med SCB:s kod och namn. Ta bort den andra raden, eller rätta koden eller namnet mot SCB:s lista.',
    example: { what: 'Kommunkoden', value: '1280', other: 'content/places.yaml:120' },
  }),
  'place-code-county': rule({
    severity: 'error',
    title: 'Kommunkoden hör inte till länet',
    message: (p) => `Kommunkoden ${q(p.value)} börjar inte med länets kod ${q(p.county)}.`,
    fix: () =>
      'En kommunkod börjar med länskoden (1280 Malmö ligger i 12 Skåne län). Flytta kommunen till rätt län eller rätta koden mot SCB:s lista.',
    example: { value: '1380', county: '12' },
  }),
  'place-split-municipality': rule({
    severity: 'error',
    title: 'Delat län utan rätt kommuner',
    message: (p) => `I ${p.county}: ${p.problem}.`,
    fix: () =>
      'Ett delat län (split) anger varje kommun i länet i exakt en del (parts), med kommunkoden under municipalities.',
    example: { county: 'Hallands län', problem: 'kommunen 1384 (Kungsbacka) står inte i någon del' },
  }),
  'place-region-missing': rule({
    severity: 'error',
    title: 'Län utan sjukvårdsregion',
    message: (p) => `Länet ${q(p.county)} ${p.problem}.`,
    fix: () =>
      'Ange healthcareRegion: <id> för ett län som hör till en sjukvårdsregion, eller split: för ett län som är delat, men inte båda.',
    example: { county: 'Skåne län', problem: 'har varken healthcareRegion eller split' },
  }),
  'place-region-unsourced': rule({
    severity: 'error',
    title: 'Sjukvårdsregion utan källa',
    message: (p) => `Sjukvårdsregionen ${q(p.value)} används för ett län men har ingen källa under regionSources.`,
    fix: () =>
      'Lägg till en post under regionSources med healthcareRegion och minst en källa (url och citat) som räknar upp regionerna i den.',
    example: { value: 'sydost' },
  }),
  'term-unsourced': rule({
    severity: 'error',
    title: 'Ord utan källa',
    message: (p) => `${q(p.term)} har ${p.what} men ingen källa (${p.field}).`,
    fix: (p) =>
      `Lägg till ${p.field} med minst en källa (url eller plan, och citat). Skriv aldrig ur minnet: finns ingen källa, ta bort ${p.what === 'en förklaring' ? 'förklaringen' : 'förkortningen'}.`,
    example: { term: 'SVF', what: 'en förklaring', field: 'explanationSources' },
  }),
  'term-duplicate': rule({
    severity: 'error',
    title: 'Ord eller förkortning två gånger',
    message: (p) => `${q(p.value)} finns redan i ordlistan, i ${p.other}.`,
    fix: () => 'Slå ihop posterna till en: varje förkortning och varje ord står en gång i content/terms.yaml.',
    example: { value: 'SVF', other: 'content/terms.yaml:30' },
  }),
  'term-source-target': rule({
    severity: 'error',
    title: 'Källa utan adress eller plan',
    message: (p) => `En källa till ${q(p.term)} ${p.problem}.`,
    fix: (p) =>
      `Ange antingen url: (en sida) eller plan: (id för en plan på webbplatsen), inte båda.${p.known ? ` Planerna är ${p.known}.` : ''}`,
    example: { term: 'MDK', problem: 'anger planen "norr-2021-2024", som inte finns', known: 'norr-2022-2024' },
    optional: ['known'],
  }),
  'vocabulary-parts-mismatch': rule({
    severity: 'error',
    title: 'Delarna bildar inte ordet',
    message: (p) => `Delarna [${p.parts}] bildar ${q(p.joined)}, inte ordet ${q(p.word)}.`,
    fix: () =>
      'Skriv delarna så att de tillsammans stavar ordet, i ordning. Mellan två delar får ett foge-s utelämnas (rehabilitering + behov = rehabiliteringsbehov); andra ändringar av ordet går inte.',
    example: { word: 'lungcancerscreening', parts: 'lung, screening', joined: 'lungscreening' },
  }),
  'vocabulary-entry-empty': rule({
    severity: 'error',
    title: 'Sökord utan delar eller synonymer',
    message: (p) =>
      `Ordet ${q(p.word)} i sökordlistan har varken delar (parts) eller synonymer (synonyms), så posten gör ingenting.`,
    fix: () =>
      'Lägg till parts: [...] för ett sammansatt ord, synonyms: [...] för andra ord läsare söker på, eller ta bort posten.',
    example: { word: 'ledtider' },
  }),
  'vocabulary-unused': rule({
    severity: 'warning',
    title: 'Sökord som inget mål innehåller',
    message: (p) =>
      `Ordet ${q(p.word)} i sökordlistan står inte i något måls text, så dess delar och synonymer hjälper ingen sökning.`,
    fix: () => 'Kontrollera stavningen mot målets text, eller ta bort posten ur content/search-vocabulary.yaml.',
    example: { word: 'bröstcancerscreening' },
  }),
  'follows-assessed-not-followed': rule({
    severity: 'error',
    title: 'Bedömd koppling till ett ramverk som planen inte följer',
    message: (p) =>
      `Ramverket ${q(p.value)} står under followsAssessed men inte under follows, så det finns ingen koppling att markera som webbplatsens bedömning.`,
    fix: (p) => `Lägg till ${q(p.value)} under follows i ${p.planFile}, eller ta bort raden under followsAssessed.`,
    example: { value: 'nationella-cancerstrategin', planFile: 'plans/vast-2015/plan.yaml' },
  }),
  'member-part-unknown': rule({
    severity: 'error',
    title: 'Del av en region som inte ingår',
    message: (p) => `${q(p.value)} står under memberParts men inte under members (${p.members}).`,
    fix: () => 'Skriv regionens namn exakt som under members, eller lägg till regionen där.',
    example: { value: 'Region Hallands', members: 'Region Skåne, Region Blekinge, Region Kronoberg, Region Halland' },
  }),
  'site-contact-missing': rule({
    severity: 'warning',
    title: 'Utgivare eller kontaktväg saknas',
    message: (p) =>
      `Webbplatsen anger ingen ${p.missing}. En offentlig webbplats ska enligt lagen om tillgänglighet till digital offentlig service ha en väg för synpunkter; tills den finns säger tillgänglighetsredogörelsen att ingen kontaktväg är angiven.`,
    fix: (p) => `Ange publisher (name) och contact (email eller url) i ${p.file}.`,
    example: { missing: 'kontaktväg (contact)', file: 'content/site.yaml' },
  }),
};

export type RuleCode = keyof typeof REGISTRY;
/** The parameter names of rule C (of each, for a union of codes). */
type NamesOf<C extends RuleCode> = C extends RuleCode
  ? (typeof REGISTRY)[C] extends Rule<infer K, string>
    ? K
    : never
  : never;
/** The names rule C may leave out. */
type OptionalOf<C extends RuleCode> = (typeof REGISTRY)[C] extends Rule<string, infer O> ? O : never;
type ParamMap = { [C in RuleCode]: ParamsFor<NamesOf<C>, OptionalOf<C>> };

/** The parameters of rule C (for a union of codes: of any one of them). */
export type ParamsOf<C extends RuleCode> = ParamMap[C];
/** A code with its parameters; over a union of codes, each code with its own. */
export type Finding<C extends RuleCode = RuleCode> = { [K in C]: { code: K; params: ParamsOf<K> } }[C];
/** Every name some rule gives a parameter. */
export type ParamName = NamesOf<RuleCode>;

// Typed as a mapped type over the codes so that, for a generic code C, RULES[C] is C's own rule and takes
// ParamsOf<C> (TypeScript relates the two only in this form).
export const RULES: { readonly [C in RuleCode]: Rule<NamesOf<C>, OptionalOf<C>> } = REGISTRY;
