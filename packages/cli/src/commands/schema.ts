import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { emit } from "../write.js";

/** Adds `actionplan schema`. */
export function registerSchema(program: Command, context: CommandContext): void {
  program
    .command("schema")
    .summary("print the JSON Schema of plan files")
    .description("Prints the JSON Schema (draft 2020-12) that plan files follow, for editors and other validators.")
    .option("-o, --out <path>", "write to this file (atomically) instead of standard output")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan schema > plan.schema.json
  $ actionplan schema --out schemas/plan.schema.json`,
    )
    .action(async (options: { out?: string }) => {
      const { planSchema } = await import("@actionplan/schema");
      await emit(context.io, `${JSON.stringify(planSchema, null, 2)}\n`, options.out, "the JSON Schema");
    });
}
