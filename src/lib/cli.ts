// Command-line arguments of the editors' scripts (check, new-plan, goals-diff …), parsed once with
// node:util's parseArgs, with the same Swedish answers everywhere: the usage for --help, and exit code 2
// with the usage for an unknown option or the wrong number of arguments.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { contentRootSetting } from '../site-config.ts';

/** The content root option every editor script takes: `--root DIR`, by default CONTENT_ROOT or ".". */
export const rootOption = () => ({ root: { type: 'string', default: contentRootSetting() ?? '.' } }) as const;

export interface CliSpec<O extends ParseArgsOptionsConfig> {
  options: O;
  /** "Användning: npm run … \nT.ex.: …", printed for --help and after every argument error. */
  usage: string;
  /** How many positional arguments the script takes, and what to say when the count is wrong. */
  positionals?: { count: number; wrong: string };
  /** The arguments; process.argv after the script by default. */
  args?: string[];
}

/** What a script does when parsing ends without arguments to run with. */
export type CliStop = { stop: true; exitCode: 0 | 2; message: string };

/**
 * The parsed arguments, or why the script stops: the usage for --help (exit code 0) or an error and the
 * usage (exit code 2). It never prints or exits itself, so it can be tested.
 */
export function parseCli<const O extends ParseArgsOptionsConfig>(spec: CliSpec<O>) {
  const count = spec.positionals?.count ?? 0;
  let parsed;
  try {
    parsed = parseArgs({
      args: spec.args,
      allowPositionals: count > 0,
      options: { ...spec.options, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const what =
      code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
        ? 'okänt argument'
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? 'ett val saknar sitt värde eller har fel sorts värde'
          : 'okänt val';
    return { stop: true, exitCode: 2, message: `Fel: ${what}. ${spec.usage}` } satisfies CliStop;
  }
  // Added to every script's options above; the generic spread hides it from the inferred type.
  if ((parsed.values as { help?: boolean }).help)
    return { stop: true, exitCode: 0, message: spec.usage } satisfies CliStop;
  if (spec.positionals && parsed.positionals.length !== count) {
    return { stop: true, exitCode: 2, message: `Fel: ${spec.positionals.wrong} ${spec.usage}` } satisfies CliStop;
  }
  return { stop: false as const, values: parsed.values, positionals: parsed.positionals };
}

/** Prints why parsing stopped and sets the exit code; for scripts' main functions. */
export function reportStop(stop: CliStop): void {
  if (stop.exitCode === 0) console.log(stop.message);
  else console.error(stop.message);
  process.exitCode = stop.exitCode;
}
