// The browser editor's start (/redigera/): loads Decap CMS, self-hosted beside this page, registers the file
// formats that write the content's own YAML style (src/lib/cms-yaml.ts) and a goal id's field and rule (a
// saved id read-only, a new goal's made from its text on save), then starts it. Decap reads config.yml from
// this page's folder. Runs on /redigera/ only; reading pages carry no JavaScript.
import { newGoalIdsFor } from '../lib/goal-ids.ts';
import { DECAP_SV_MISSING, withMissing, type Phrases } from './decap-sv.ts';
import {
  CMS_FORMATS as FORMATS,
  fromMdx,
  fromYaml,
  GOAL_ID_WIDGET,
  LIST_FIELD,
  parseCmsConfig,
  toMdx,
  toYaml,
} from '../lib/cms-yaml.ts';

interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

/** The little of Immutable.js that Decap hands an event (its entry and data are Immutable maps). */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  updateIn(path: (string | number)[], update: (value: ImmutableMap) => ImmutableMap): ImmutableMap;
  sortBy(mapper: (value: unknown, key: string) => number): ImmutableMap;
  toJS(): unknown;
}

/** A widget's control, as Decap renders it (a React component). */
type Control = object;
interface ControlProps {
  value?: unknown;
  /** The entry being edited, as it is now (a whole goals file). */
  getEntry?: () => ImmutableMap;
  parentIds?: string[];
  forID?: string;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}
interface ControlThis {
  props: ControlProps;
  state: { saved: boolean };
}

interface Decap {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerWidget(name: string, control: Control): void;
  registerLocale(name: string, phrases: Phrases): void;
  getLocale(name: string): Phrases | undefined;
  getWidget(name: string): { control: Control } | undefined;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableMap }) => ImmutableMap | undefined;
  }): void;
  init(options?: object): void;
}

type EditorWindow = Window & {
  CMS_MANUAL_INIT?: boolean;
  CMS?: Decap;
  // React's createElement and create-react-class, which Decap's bundle puts on the window for widgets.
  h?: (type: unknown, props: object | null, ...children: unknown[]) => unknown;
  createClass?: (spec: object) => Control;
};

/** The goal ids read from the repository this session (published, or saved in a change not yet merged). */
const savedGoalIds = new Set<string>();

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const listOf = (content: string): unknown[] => {
  const data = fromYaml(content);
  return Array.isArray(data) ? (data as unknown[]) : [];
};

function register(cms: Decap) {
  cms.registerLocale('sv', withMissing(cms.getLocale('sv') ?? {}, DECAP_SV_MISSING));
  cms.registerCustomFormat(FORMATS.object, 'yaml', {
    fromFile: (content) => asObject(fromYaml(content)),
    toFile: (data, sortedKeys = []) => toYaml(data, sortedKeys),
  });
  const toListFile = (data: Record<string, unknown>) => toYaml(Array.isArray(data[LIST_FIELD]) ? data[LIST_FIELD] : []);
  cms.registerCustomFormat(FORMATS.list, 'yaml', {
    fromFile: (content) => ({ [LIST_FIELD]: listOf(content) }),
    toFile: toListFile,
  });
  // A goals file, as a list, noting its ids: those the form shows read-only.
  cms.registerCustomFormat(FORMATS.goals, 'yaml', {
    fromFile: (content) => {
      const goals = listOf(content);
      for (const goal of goals) {
        const id = asObject(goal).id;
        if (typeof id === 'string') savedGoalIds.add(id);
      }
      return { [LIST_FIELD]: goals };
    },
    toFile: toListFile,
  });
  cms.registerCustomFormat(FORMATS.mdx, 'mdx', {
    fromFile: (content) => {
      const { data, body } = fromMdx(content);
      return { ...data, body };
    },
    toFile: (data, sortedKeys = []) => {
      const { body, ...front } = data;
      return toMdx(front, typeof body === 'string' ? body : '', sortedKeys);
    },
  });
}

/**
 * A goal's id field: a saved id as read-only text (Decap has no read-only field), else Decap's own text field,
 * empty for a new goal. Decided when the field appears, so an id being typed never locks halfway.
 */
function registerGoalId(
  cms: Decap,
  h: NonNullable<EditorWindow['h']>,
  createClass: NonNullable<EditorWindow['createClass']>,
) {
  const text = cms.getWidget('string')?.control;
  if (!text) return;
  const control = createClass({
    getInitialState(this: ControlThis) {
      return { saved: typeof this.props.value === 'string' && savedGoalIds.has(this.props.value) };
    },
    // An id typed for a new goal that another goal of the plan has: the check would refuse both (duplicate-id).
    isValid(this: ControlThis) {
      const { value, getEntry, parentIds } = this.props;
      if (this.state.saved || typeof value !== 'string' || value === '' || !getEntry) return true;
      const goals = (getEntry().get('data') as ImmutableMap | undefined)?.get(LIST_FIELD) as ImmutableMap | undefined;
      const list = goals?.toJS();
      const same = Array.isArray(list) ? list.filter((goal) => asObject(goal).id === value).length : 0;
      if (same <= 1) return true;
      return {
        error: {
          type: 'CUSTOM',
          parentIds,
          message: `Id:t "${value}" har redan ett annat mål i planen. Lämna fältet tomt, så görs ett nytt id när du sparar, eller skriv ett annat.`,
        },
      };
    },
    render(this: ControlThis) {
      const { value, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      if (!this.state.saved) return h(text, this.props);
      return h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value,
        readOnly: true,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    },
  });
  cms.registerWidget(GOAL_ID_WIDGET, control);
  // A new goal saved without an id gets one from its plan and text; a goal with an id keeps it.
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== 'goals') return undefined;
      const planId = String(entry.get('path')).split('/').at(-2) ?? '';
      let data = entry.get('data') as ImmutableMap;
      const goals = (data.get(LIST_FIELD) as ImmutableMap | undefined)?.toJS();
      if (!Array.isArray(goals)) return undefined;
      const ids = newGoalIdsFor(planId, goals.map(asObject));
      if (ids.size === 0) return undefined;
      // The id first, where a goal's id stands in the file (the rest stays in the form's order).
      const first = (_value: unknown, key: string) => (key === 'id' ? 0 : 1);
      for (const [index, id] of ids)
        data = data.updateIn([LIST_FIELD, index], (goal) => goal.set('id', id).sortBy(first));
      return data;
    },
  });
}

const page = window as EditorWindow;
page.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = new URL('decap-cms.js', document.baseURI).href;
// The configuration is read here rather than by Decap, whose parser refuses a file with as many aliases as
// this one has (one per file sharing a form).
const config = fetch(new URL('config.yml', document.baseURI)).then(async (response) => {
  if (!response.ok) throw new Error(`config.yml: ${response.status}`);
  return parseCmsConfig(await response.text());
});
script.addEventListener('load', () => {
  const cms = page.CMS;
  if (!cms) return;
  register(cms);
  if (page.h && page.createClass) registerGoalId(cms, page.h, page.createClass);
  void config.then((loaded) => cms.init({ config: { ...loaded, load_config_file: false } }));
});
document.head.append(script);
