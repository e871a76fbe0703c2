import type { Model, Tagged } from '$lib/sim/core';

/**
 * What every parameter says about itself beyond its values: the one table a model's URL, form,
 * lesson validation and command-line flags are generated from (see `params.ts`).
 */
interface ParamCommon {
	readonly key: string;
	readonly label: string;
	readonly help?: string;
	/** The command-line name (`--view`), when not the key in kebab case. */
	readonly flag?: string;
	/** `cli`: a flag only (no drawing shows it); `page`: the page only. Default: both. */
	readonly only?: 'cli' | 'page';
	/** The command line refuses to run without it (the page always has its default). */
	readonly required?: boolean;
	/** The placeholder of the flag's value in the help (`N`, `T`). */
	readonly metavar?: string;
	/**
	 * Earlier names of the parameter that links and lesson files may still carry (`view` for
	 * `viewSize`): read as the parameter itself, never written.
	 */
	readonly aliases?: readonly string[];
	/**
	 * The subcommands whose command line reads the flag (`route` or `stats` of `sim pastry`), when
	 * not every one; the page ignores it.
	 */
	readonly commands?: readonly string[];
}

/** Flag values as the command line read them, by key: absent ones undefined. */
export type FlagValues = Record<string, number | string | boolean | undefined>;

/** One tunable parameter of a model, as the URL, the parameter form and the lesson files see it. */
export type ParamSpec =
	| (ParamCommon & {
			readonly kind: 'int' | 'number';
			/** What the page accepts (it draws every node). */
			readonly min: number;
			readonly max: number;
			readonly default: number;
			/** What the simulation accepts headless, when not the page's range. */
			readonly limits?: { readonly min: number; readonly max: number };
			/**
			 * What the command line accepts when it depends on flags read before this one (`--view`:
			 * below `--nodes`): the range given those, and how the help says it (`1 to N − 1`).
			 */
			readonly dependentLimits?: {
				readonly text: string;
				readonly of: (earlier: Readonly<FlagValues>) => {
					readonly min: number;
					readonly max: number;
				};
			};
			/** A check beyond the range, run as the flag is read (|L| even); throws a SimError. */
			readonly check?: (value: number) => void;
	  })
	| (ParamCommon & {
			readonly kind: 'choice';
			readonly choices: readonly string[];
			readonly default: string;
	  });

/**
 * A command-line flag that no parameter of the page is: free text (`--key-name NAME`) or a switch
 * (`--growing`). Absent, it reads as undefined (text) or false (switch).
 */
export type FlagSpec =
	| (ParamCommon & { readonly kind: 'text'; readonly only: 'cli' })
	| (ParamCommon & { readonly kind: 'switch'; readonly only: 'cli' });

/**
 * A model's one table: its parameters (URL, form, lessons and flags) and the flags of its command
 * line that are no parameter of the page, in the order the command line checks them.
 */
export type ParamTable = readonly (ParamSpec | FlagSpec)[];

/**
 * One panel a model can show, as the stage lays it out. Least sizes are in rem, so a larger text
 * size (lecture mode, the + key) asks for more room and the stage shows fewer panels, larger.
 */
export interface PanelSpec {
	/** The name a lesson step or a link asks for (`panels: [ring, table]`). */
	readonly name: string;
	/** What its tab says. */
	readonly label: string;
	/** The least box in which it stays legible, in rem. */
	readonly minWidth: number;
	readonly minHeight: number;
	/** The width/height ratio of its drawing, when it has one (a ring is round): room past it is spare. */
	readonly aspect?: number;
	/** Its share of the room left once every panel has its least size at 16px (default 1). */
	readonly weight?: number;
}

/** Parameter values by key, as parsed from a URL, a form or a lesson. */
export type ParamValues = Record<string, number | string>;

/**
 * What the app needs to know about a model beyond its simulation: its parameters, how to start it,
 * how to tell its events in words, and how to export its state. The views are chosen by `name`.
 */
export interface SimEntry<S = unknown, C extends Tagged = Tagged, E extends Tagged = Tagged> {
	readonly name: string;
	readonly title: string;
	/** One line for the model picker and the page title. */
	readonly summary: string;
	readonly params: readonly ParamSpec[];
	/** What the round counter counts ("Round", "Lookups"), or undefined when the model has no rounds. */
	readonly roundLabel?: string;
	/**
	 * The round the counter shows, when it is not the model's count: gossip shows the round being
	 * played (the one its events and the inspector name), not the rounds completed.
	 */
	roundShown?(state: Readonly<S>): number;
	readonly model: Model<S, C, E>;
	/** Command types a shared link may carry; anything else in a link is refused. */
	readonly commandTypes: readonly string[];
	/** A fresh state; throws SimError when the parameters do not fit together. */
	init(params: ParamValues, seed: string): S;
	/**
	 * What a press of → says when the run has nothing left to do (a finished route, say), so the
	 * press is never silent; undefined for the generic "this run is over".
	 */
	atEnd?(state: Readonly<S>): string | undefined;
	/** One sentence per event for the live region. */
	describe(event: E, state: Readonly<S>): string;
	/**
	 * The state and its metrics as a JSON-able object; `rounds` is the run's per-round series when
	 * it has one (the player's `series`, measured by the worker).
	 */
	exportJson(state: Readonly<S>, rounds?: readonly unknown[] | null): unknown;
	/** The state as CSV rows (first row the header): one row per round of `rounds` when given. */
	exportCsv(state: Readonly<S>, rounds?: readonly unknown[] | null): string;
	/** Names of the panels a lesson step may ask for, in priority order (the first is the main drawing). */
	readonly panels: readonly string[];
	/** The same panels with their least sizes, in the same order: what the stage lays out. */
	readonly panelSpecs: readonly PanelSpec[];
	/**
	 * Turns a lesson action such as `add-node: 65a1fc` into a command, given the step's parameters.
	 * Throws SimError naming what was expected.
	 */
	lessonCommand(name: string, arg: unknown, params: ParamValues): C;
	/** Reads an id a lesson highlights; throws SimError when it is not an id of this model. */
	parseHighlight(text: string, params: ParamValues): number;
}
