// The browser editor's start (/redigera/): loads Decap CMS, self-hosted beside this page, registers the file
// formats that write the content's own YAML style (src/lib/cms-yaml.ts), then starts it. Decap reads
// config.yml from this page's folder. Runs on /redigera/ only; reading pages carry no JavaScript.
import {
  CMS_FORMATS as FORMATS,
  fromMdx,
  fromYaml,
  LIST_FIELD,
  parseCmsConfig,
  toMdx,
  toYaml,
} from '../lib/cms-yaml.ts';

interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

interface Decap {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  init(options?: object): void;
}

type EditorWindow = Window & { CMS_MANUAL_INIT?: boolean; CMS?: Decap };

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function register(cms: Decap) {
  cms.registerCustomFormat(FORMATS.object, 'yaml', {
    fromFile: (content) => asObject(fromYaml(content)),
    toFile: (data, sortedKeys = []) => toYaml(data, sortedKeys),
  });
  cms.registerCustomFormat(FORMATS.list, 'yaml', {
    fromFile: (content) => {
      const data = fromYaml(content);
      return { [LIST_FIELD]: Array.isArray(data) ? data : [] };
    },
    toFile: (data) => toYaml(Array.isArray(data[LIST_FIELD]) ? data[LIST_FIELD] : []),
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
  void config.then((loaded) => cms.init({ config: { ...loaded, load_config_file: false } }));
});
document.head.append(script);
