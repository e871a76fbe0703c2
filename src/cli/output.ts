/** What a subcommand produces: a JSON document for `--json`, and the same facts as text. */
export interface CommandOutput {
	readonly json: unknown;
	readonly text: string;
}
