import type { Severity } from "@actionplan/core";

/** A semantic rule's issue code: the rule that reports it, its default severity and what it means. */
export interface RuleCode {
  /** The rule's name in `defaultRules` of @actionplan/core/rules. */
  rule: string;
  /** The severity the rule reports it with. */
  severity: Severity;
  /** What the issue means (the words of docs/spec.md's table of rules). */
  meaning: string;
}

/**
 * The issue codes of the semantic rules, which rule settings may switch off or change (docs/spec.md, "Rules"; a
 * test keeps the two alike).
 */
export const RULE_CODES: Readonly<Record<string, RuleCode>> = {
  duplicate_id: { rule: "uniqueIds", severity: "error", meaning: "Two things of the same kind share an id (so `kind:id` would be ambiguous); glossary entries and narrative sections also need unique ids. Things of different kinds may share an id." },
  unresolved_reference: { rule: "references", severity: "error", meaning: "A reference points at nothing: the plan has no thing of that kind with that id." },
  wrong_reference_kind: { rule: "references", severity: "error", meaning: "A reference names a kind its field does not allow, or the id belongs to a thing of another kind." },
  invalid_period: { rule: "periods", severity: "error", meaning: "A period (the plan's, the strategy's, a body's mandate) ends before it starts." },
  period_part_span: { rule: "periodPart", severity: "error", meaning: "A period with `part` (a half or a quarter of a year) runs over more than one year." },
  duplicate_measure_number: { rule: "measureNumbers", severity: "error", meaning: "Two measures of a chapter have the same number." },
  measure_number_gap: { rule: "measureNumbers", severity: "error", meaning: "A measure number is beyond the chapter's count: numbers run 1…n without gaps." },
  measure_number_order: { rule: "measureNumbers", severity: "warning", meaning: "The measure table is not in number order." },
  start_year_after_plan: { rule: "startYears", severity: "error", meaning: "A measure starts after the plan's last year." },
  end_before_start: { rule: "measureDates", severity: "error", meaning: "A measure ends before it starts." },
  milestone_outside_period: { rule: "measureDates", severity: "warning", meaning: "A milestone falls due outside the plan's period." },
  completed_date_without_completion: { rule: "completionDates", severity: "error", meaning: "A milestone has a completion date but its status is not `completed`." },
  status_history_order: { rule: "statusHistory", severity: "error", meaning: "A measure's status history is not oldest first." },
  status_history_mismatch: { rule: "statusHistory", severity: "warning", meaning: "A measure's status is not the last status of its history." },
  delayed_without_reason: { rule: "statusHistory", severity: "warning", meaning: "A delayed measure has no history entry `delayed` with a note saying why." },
  unknown_currency: { rule: "budgetCurrency", severity: "error", meaning: "A budget's currency is not an ISO 4217 code." },
  priority_year_outside_period: { rule: "priorityYears", severity: "error", meaning: "A priority year (of a measure, a chapter summary, the plan summary or a revision) lies outside the plan's period." },
  duplicate_priority_year: { rule: "priorityYears", severity: "warning", meaning: "A measure lists the same priority year twice." },
  horizon_before_plan: { rule: "horizonYear", severity: "error", meaning: "A chapter's horizon year is before the plan starts." },
  revision_dates_not_ascending: { rule: "revisionDates", severity: "error", meaning: "The revision log is not oldest first." },
  objective_without_name: { rule: "objectiveHierarchy", severity: "error", meaning: "An objective has neither a name nor sub-objectives." },
  sub_objective_number: { rule: "objectiveHierarchy", severity: "error", meaning: "A sub-objective's number does not extend its parent's (`2a` under `2`), and neither carries a display `label`." },
  duplicate_objective_number: { rule: "objectiveHierarchy", severity: "error", meaning: "Two objectives share a number." },
  duplicate_objective_label: { rule: "objectiveLabels", severity: "warning", meaning: "Two objectives share a display label." },
  stakeholder_role_typo: { rule: "stakeholderRoles", severity: "warning", meaning: "A stakeholder's role is not a known role but close to one (a likely typo)." },
  duplicate_stakeholder: { rule: "stakeholderRoles", severity: "warning", meaning: "An objective lists the same actor in the same role twice." },
  measure_role_typo: { rule: "measureRoles", severity: "warning", meaning: "A measure role is not a known role but close to one (a likely typo)." },
  duplicate_measure_role: { rule: "measureRoles", severity: "warning", meaning: "A measure lists the same actor in the same role twice." },
  duplicate_measure_tag: { rule: "measureRoles", severity: "warning", meaning: "A measure has the same tag twice (compared without regard to case)." },
  role_holder_with_actor: { rule: "roleHolders", severity: "error", meaning: "A measure role names an actor and also a `holder` (wanted, named elsewhere, not stated), which is only for a role without an actor." },
  duplicate_objective_tag: { rule: "objectiveTags", severity: "warning", meaning: "An objective has the same tag twice (compared without regard to case)." },
  plan_event_kind_typo: { rule: "planEvents", severity: "warning", meaning: "A plan event's kind is not a known kind but close to one (a likely typo)." },
  plan_event_has_field: { rule: "planEvents", severity: "warning", meaning: "A plan event is an adoption or a publication, which have fields of their own." },
  plan_event_order: { rule: "planEvents", severity: "warning", meaning: "The plan's events are not listed oldest first." },
  organisation_kind_typo: { rule: "organisationKinds", severity: "warning", meaning: "An organisation's kind is not a known kind but close to one (a likely typo)." },
  organisation_identifier_scheme_case: { rule: "organisationIdentifiers", severity: "warning", meaning: "An org-id.guide register code is not written in capitals (`no-brc` for `NO-BRC`)." },
  organisation_identifier_invalid: { rule: "organisationIdentifiers", severity: "error", meaning: "A `NO-BRC` id is not a Norwegian organisation number (9 digits with a mod-11 check digit)." },
  duplicate_organisation_identifier: { rule: "organisationIdentifiers", severity: "warning", meaning: "Two organisations of the plan have the same identifier." },
  organisation_parent_cycle: { rule: "organisationParents", severity: "error", meaning: "An organisation is, through its `parent` chain, part of itself." },
  person_dates_reversed: { rule: "personDates", severity: "error", meaning: "A person's role or affiliation ends before it starts." },
  duplicate_abbreviation: { rule: "glossary", severity: "error", meaning: "An abbreviation is in the key twice." },
  glossary_entry_without_expansion: { rule: "glossary", severity: "error", meaning: "A glossary entry has neither `expansion` nor `refersTo`." },
  baseline_undated: { rule: "indicatorDates", severity: "error", meaning: "An indicator's baseline has neither `year` nor `date`." },
  baseline_date_year: { rule: "indicatorDates", severity: "error", meaning: "An indicator's baseline `date` is not in its `year`." },
  indicator_period_undated: { rule: "indicatorDates", severity: "error", meaning: "An indicator period has neither `year` nor both `start` and `end`." },
  indicator_period_reversed: { rule: "indicatorDates", severity: "error", meaning: "An indicator period ends before it starts." },
  indicator_entry_empty: { rule: "indicatorDates", severity: "error", meaning: "A target or actual gives neither a `value` nor a `description`." },
  baseline_after_first_period: { rule: "indicatorBaseline", severity: "error", meaning: "An indicator's baseline is measured after its first period ends." },
  duplicate_indicator_period: { rule: "indicatorPeriods", severity: "error", meaning: "An indicator has two periods for the same days." },
  indicator_period_outside_plan: { rule: "indicatorPeriods", severity: "warning", meaning: "An indicator period lies outside the year before the plan … the plan's end or latest horizon year." },
  empty_indicator_period: { rule: "indicatorPeriods", severity: "warning", meaning: "An indicator period has neither a target nor an actual value." },
  indicator_value_kind: { rule: "indicatorValues", severity: "error", meaning: "A quantitative indicator has a text value, or a qualitative one a number (baseline, targets, actuals, observations); words go in `description`." },
  rollup_manual_without_percent: { rule: "rollup", severity: "error", meaning: "A `manual` roll-up (of the plan or an objective) gives no `percent`." },
  rollup_percent_ignored: { rule: "rollup", severity: "warning", meaning: "A roll-up gives `percent` but its method computes the figure." },
  rollup_weights_ignored: { rule: "rollup", severity: "warning", meaning: "An objective's roll-up gives `weights` but its method is not `weighted`." },
  duplicate_rollup_weight: { rule: "rollup", severity: "error", meaning: "A roll-up weighs the same part twice." },
  duplicate_objective_rollup: { rule: "rollup", severity: "error", meaning: "`rollup.objectives` lists the same objective twice." },
  duplicate_summary_priority_year: { rule: "summaryPriorities", severity: "warning", meaning: "A chapter summary lists priorities for the same year twice." },
  summary_priority_other_chapter: { rule: "summaryPriorities", severity: "error", meaning: "A chapter summary names a measure of another chapter as a priority." },
  summary_priority_not_prioritised: { rule: "summaryPriorities", severity: "error", meaning: "A chapter summary names a measure as a priority for a year in which the measure is not prioritised." },
  duplicate_progress_year: { rule: "progressReports", severity: "error", meaning: "Two progress reports are for the same year." },
  progress_year_outside_period: { rule: "progressReports", severity: "warning", meaning: "A progress report is for a year outside the plan's period." },
  duplicate_progress_measure: { rule: "progressReports", severity: "error", meaning: "A progress report gives the status of the same measure twice." },
  missing_adoption: { rule: "adoption", severity: "warning", meaning: "An adopted or superseded plan has no `adoption`." },
  adoption_before_adopted: { rule: "adoption", severity: "warning", meaning: "A draft or consultation plan has an `adoption`." },
  inline_markup: { rule: "inlineMarkup", severity: "warning", meaning: "A `**` or `*` in a text never closes, so it prints literally (ten such markers of a text are listed; one more warning counts the rest)." },
  undeclared_language: { rule: "languages", severity: "warning", meaning: "A text is given in a language that is neither `language` nor in `languages`." },
  missing_plan_language: { rule: "languages", severity: "warning", meaning: "A language map lacks the plan's own language." },
  prioritised_without_start_year: { rule: "measureWarnings", severity: "warning", meaning: "A prioritised measure has no start." },
  new_measure_before_plan: { rule: "measureWarnings", severity: "warning", meaning: "A measure marked `isNew` started before the plan period." },
  objective_chapter_without_objectives: { rule: "chapterObjectives", severity: "warning", meaning: "A chapter of kind `objective` names no strategy objectives." },
};

/** Issue codes of the structure and of reading the file: always errors, never switched off. */
export const FIXED_CODES: Readonly<Record<string, string>> = {
  missing_key: "A required field is missing.",
  unknown_key: "A key that the object does not define.",
  invalid_type: "A value of the wrong type (a string where a number belongs, or a number where a string belongs).",
  invalid_value: "A value of the right type outside an enumeration or a literal.",
  invalid_format: "A string that does not match its format: an id, a language tag, a date, a URL, `schemaVersion`.",
  invalid_reference: "A string that is not a reference of an allowed kind, written `kind:id`.",
  invalid_key: "A key of a map that does not match its pattern (a language tag, an extension namespace).",
  too_small: "An empty string or array where content is required, or a number below its minimum.",
  too_big: "A number above its maximum.",
  forbidden_key: "A `__proto__` key, anywhere in the document.",
  too_deep: "The document nests deeper than any plan needs.",
  too_large: "The document holds more values than a plan could need.",
  cyclic_value: "A value contains itself.",
  unreadable_value: "A value could not be read.",
  syntax_error: "The file is not well-formed JSON or YAML.",
  duplicate_key: "A key appears twice in the same mapping.",
  empty_document: "The file holds no document.",
  complex_key: "A YAML key that is not a plain string.",
  not_json_value: "A YAML value that JSON cannot hold (a tag, a binary value, a timestamp object).",
  yaml_warning: "Something the YAML reader warns about.",
  invalid_encoding: "The file is not UTF-8 text.",
  file_too_large: "The file is larger than a plan file may be.",
  file_not_found: "No such file.",
  file_unreadable: "The file cannot be read.",
  not_a_file: "The path is not a regular file.",
};

/** What an issue code means, for SARIF rule metadata and JUnit; the code itself for a code not listed. */
export function describeCode(code: string): string {
  return RULE_CODES[code]?.meaning ?? FIXED_CODES[code] ?? `The issue ${code}.`;
}
