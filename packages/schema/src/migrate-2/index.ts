// The steps of the 1.x → 2.0 migration, in the order they run. Each area of Model 2.0 writes its conversion as ONE
// function in its own file, `./<area>.ts`, exported as `migrate<Area>To2` (a `Step`: see ./context.ts). To wire one
// in, add one import and one entry to `STEPS_TO_2` below; nothing else in migrate.ts changes. The area steps run
// after the plan-level ones and before migrate.ts's last step, which moves any key 2.0 does not know under
// `extensions["org.actionplan.migrated"]` (so a step must remove or rename every key it converts).
import type { Step } from "./context.js";
import { migrateActorsTo2 } from "./actors.js";
import { migrateIndicatorsTo2 } from "./indicators.js";
import { migrateMeasuresTo2 } from "./measures.js";
import { migrateExtensionsTo2, migrateSchemaUrlTo2 } from "./plan.js";

/** The steps that upgrade a 1.x document to 2.0, in order. */
export const STEPS_TO_2: readonly Step[] = [
  migrateSchemaUrlTo2,
  migrateExtensionsTo2,
  // Area steps (actors, measures, indicators, strategy) go here, one per area.
  migrateActorsTo2,
  migrateMeasuresTo2,
  migrateIndicatorsTo2,
];
