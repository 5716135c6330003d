// The coded lines of the importers' reports: each line an importer writes through `say` has a message code and the
// values its wording takes, so that a report can be worded in another language (the studio words them in nb, nn and
// en; the CLI prints the English wording below). A line without a code stays English everywhere.

/** The English wording of each coded report line, with `{name}` for its values: what the CLI prints. */
export const REPORT_WORDS = {
  stratmlLanguageGuessed: 'the language "{language}" (StratML does not say; give --lang to name it)',
  stratmlPeriodGuessed: "the period {start}–{end} from the dates in the file (it has no StartDate and EndDate)",
  stratmlKind: '{element} → kind "{kind}"',
  stratmlStatusGuessed: 'status "draft": StratML does not say where a plan stands',
  stratmlOtherInformation: 'the plan\'s <OtherInformation> is kept under extensions["{extension}"] (the plan has no field for it)',
  stratmlPublication: "AdministrativeInformation PublicationDate, Source → publication.date, publication.url",
  stratmlOrganization: 'Organization "{name}" → cluster (the plan\'s owner)',
  stratmlOrganizationStakeholders: 'Organization "{name}" → cluster (the plan\'s owner); its {count} stakeholders → cluster.people and cluster.organisations',
  stratmlFurtherOrganizations: "{count} further Organization element(s) → cluster.organisations",
  stratmlValues: "{count} Value element(s) → strategy.values",
  stratmlVisionMission: "{element} → strategy.{field}",
  stratmlDescription: "the plan's <Description> → the introduction chapter's paragraphs (its title is the plan's title)",
  stratmlGoals: '{count} Goal element(s) → chapters of kind "objective" (with the strategy objective each serves, when it has a description or stakeholders)',
  stratmlObjectives: "{count} Objective element(s) → measures (Name → text, Description → description, Stakeholder → lead, responsible or supporting by its role)",
  stratmlIndicators: "{count} PerformanceIndicator element(s) → indicators tracking their measure; MeasurementInstance → periods, TargetResult/ActualResult → targets/actuals",
  stratmlSubmitter: "Submitter {name} → cluster.people (person:{id}), with the e-mail address as contact",
  stratmlSubmitterKept: '<Submitter> is kept under extensions["{extension}"] (the file names no organisation to hold people)',
  stratmlClusterGuessed: "a cluster named after the plan, to hold the stakeholders the goals name (the file has no <Organization>)",
  sheetCellChanged: '{pointer}/{field}: {from} → {to} (sheet "{sheet}", row {row})',
  sheetNewMeasure: '{pointer}: new measure "{id}" (number {number}) in chapter "{chapter}" (sheet "{sheet}", row {row})',
  sheetNewMeasureId: 'sheet "{sheet}", row {row}: the new measure got the id "{id}"; write it into the sheet\'s id cell before importing the sheet again',
  sheetNewMilestone: '{pointer}: new milestone "{id}" of measure "{measure}" (sheet "{sheet}", row {row})',
  sheetNamesNotApplied: "names are shown for reading; the edit is not applied (edit the ids column beside it)",
  sheetMoveNotApplied: "moving a measure to another chapter is not applied; move it in the plan",
  sheetNewPeriod: '{pointer}: new period of indicator "{indicator}" (sheet "{sheet}", row {row})',
  sheetNewEntry: '{pointer}: new {entryKind} of indicator "{indicator}" (sheet "{sheet}", row {row})',
  sheetMeasureNoRow: 'measure "{id}" ({pointer}) has no row in sheet "{sheet}": kept (an import never deletes; delete it in the plan itself)',
  sheetMilestoneNoRow: 'milestone "{id}" of measure "{measure}" ({pointer}) has no row in sheet "{sheet}": kept (an import never deletes; delete it in the plan itself)',
  sheetEntryNoRow: 'the {entryKind} {n} of indicator "{indicator}" ({pointer}) has no row in sheet "{sheet}": kept (an import never deletes; delete it in the plan itself)',
  // The places of a sheet's lines, before ": " and the line (sayAt): a cell, with its column's title (" (Status)")
  // and the field it sets (" → /chapters/1/measures/items/0/status") when known, or a row.
  sheetCell: 'sheet "{sheet}", row {row}, column {column}{columnTitle}{target}',
  sheetRow: 'sheet "{sheet}", row {row}',
  // A sheet's cells that cannot be applied, each after its place.
  sheetExpected: "expected {cellExpected}; got {got}",
  sheetNoActor: '"{ref}" is no actor of the plan; expected references such as {examples}, separated by ";"',
  sheetMeasureNeeds: "a measure needs its {missing}; the cell is empty",
  sheetUnknownMeasure: 'no measure of the plan has the id "{id}"; leave the id empty for a new measure',
  sheetMeasureTwice: 'the measure "{id}" has a row already; give each measure one row',
  sheetNoChapter: "no chapter has the id {cell}; expected one of {chapters}",
  sheetNewMeasureNoChapterColumn: "a new measure (no id) needs its chapter: add the chapter column",
  sheetNewMeasureNoTextColumn: "a new measure (no id) needs its text: add the text column",
  sheetNewMeasureNoText: "a new measure (no id) needs its text; the cell is empty",
  sheetMilestoneNoMeasure: "a milestone needs the id of its measure",
  sheetMilestoneUnknownMeasure: 'no measure of the plan has the id "{id}"',
  sheetUnknownMilestone: 'measure "{measure}" has no milestone "{id}"; leave the id empty for a new milestone',
  sheetMilestoneTwice: 'the milestone "{id}" has a row already',
  sheetNewMilestoneNoText: "a new milestone (no id) needs its text",
  sheetMilestoneNoText: "a milestone needs its text; the cell is empty",
  sheetNoIndicator: "no indicator of the plan has the id {cell}",
  sheetNoIndicatorOf: "no indicator of the plan has the id {cell}; expected one of {indicators}",
  sheetEntryEmpty: 'expected "target" or "actual"; the cell is empty',
  sheetUnknownEntry: 'indicator "{indicator}" has no {entryKind} number {n} in this period (year, start, end); leave the number empty to add a value',
  sheetEntryTwice: "this value has a row already",
  csvTableGuessed: "the {table} table, from the CSV header",
  embeddedWholePlan: "the whole plan ← the embedded copy ({part}), exactly as it was rendered; the page's text was not read",
  docLanguageGuessed: "the language is {language}, from the standard headings",
  docTitle: 'the first heading "{text}" is the plan\'s title',
  docContents: "the table of contents is not kept as text: the renderer makes it; titles that differ become tocTitle",
  docSummaryTitle: '"{text}" is the summary\'s title',
  docChapterStarts: 'heading level {level} "{text}" starts chapter {number}',
  docStandardSection: '"{text}" is the standard section {section}',
  docMeasureTableTitle: '"{text}" is the title of the measure table under it',
  docMeasureNumbered: 'a measure row without "N)" is numbered {number}',
  docMeasureRows: "{count} table rows read as measures",
  docMilestoneRows: "the milestone table's {count} rows are the measure's milestones",
  docPriorityStated: "bold measures are prioritised for {year} (as the document states)",
  docPriorityFirstYear: "bold measures are prioritised for {year} (the plan's first year)",
  docChapterKinds: 'the first chapter is the introduction, chapters titled as objectives are objectives, the others "other"',
  docNoTitle: 'no title heading before the first chapter: the title is "Imported plan"',
  docNoPeriod: 'no period "YYYY-YYYY" in the title: the period is {year}',
  embeddedWholePlanAt: "the whole plan ← the embedded copy ({part}, line {line}), exactly as it was rendered; the page's text was not read",
  docStatusHistory: '"{label}" is the status history ({count} changes)',
  docMeasureStatus: "\"{item}\" is the measure's status {status}",
  docUndefinedActors: "\"{item}\" names actors or indicators this document does not define; kept under the measure's extensions[\"{ext}\"].{field}",
  docTagsKept: "\"{item}\": the tags are kept as written under the measure's extensions[\"{ext}\"].tags (a tag may hold a comma)",
  docUnknownFact: "the fact \"{item}\" is not one the importer reads; kept under the measure's extensions[\"{ext}\"]",
  docHeadingOutside: 'the heading "{text}" is outside every chapter; kept under extensions["{ext}"]',
  docAdoption: '"{text}…" is the adoption (date {date})',
  docBeforeFirstChapter: 'a {kind} before the first chapter; kept under extensions["{ext}"]',
  docSummaryIntro: "\"{text}…\" is the summary's introduction",
  docSummaryOutside: "a {kind} in the summary outside a chapter's entry; kept under extensions[\"{ext}\"]",
  docFootnote: '"{text}…" is a footnote of measure {number}',
  docMeasureDetails: '"{text}" starts the details of measure {number}',
  docMilestoneCaption: '"{text}" is the caption of the milestone table',
  docOtherTable: 'a table that is not a measure table (header {header}); kept under extensions["{ext}"]',
  docStartNotYear: "measure {number}: the start \"{year}\" is not a year; kept under the measure's extensions[\"{ext}\"]",
  docGlossary: "the key \"{key} …\" became the plan's glossary ({count} entries, as terms)",
  docRowNoMeasure: "the row \"{text}\" names no measure of the document's chapters; left out",
  docAppendixStatusDiffers: "the appendix says \"{written}\", the measure's details {status}: the details are kept",
  docNotAStatus: "\"{written}\" is not a status in {language} ({statuses}); kept under the measure's extensions[\"{ext}\"]",
  docFactsStatuses: '"{label}": the status of each measure listed',
  docFactsResponsible: "\"{label}\": responsible actors are names, and the document does not define the actors; kept under each measure's extensions[\"{ext}\"].responsible",
  docStandardList: "\"{text}\", a list among the standard sections at the chapter's end, is the standard section {section} under a title of its own",
  docSummaryPriority: "the summary's priority for {year} refers to the chapter's bold measures",
  docHorizonEmpty: "a horizon heading with no list of targets is left out",
  docAppendix: "\"{text}\" and what follows are the renderer's appendix (facts of the plan file, not its text): not read as chapters; kept under extensions[\"{ext}\"], except its table of the measures' statuses, which is read (import the HTML or Word render to get every fact back exactly)",
  docWordStyling: "the text is kept, not its Word styling: {detail}",
  // What an export does not carry: a spreadsheet's fields, tables and texts; StratML's groups of places.
  sheetsNotCarried: "{field}: not carried for {count} {things} (no column of the {table} table): {pointers}",
  sheetsNotCarriedMany: "{field}: not carried for {count} {things} (no column of the {table} table), e.g. {pointers} and {more} more",
  sheetsNoRow: "no targets or actuals, so no row: not carried for {count} {things}: {pointers}",
  sheetsNoRowMany: "no targets or actuals, so no row: not carried for {count} {things}, e.g. {pointers} and {more} more",
  sheetsOtherTable: "the {table} table: export them with --table",
  sheetsOtherTables: "the {table} and {other} tables: export them with --table",
  sheetsOtherParts: "the plan's other parts (chapters' text, strategy, cluster, …): a sheet carries edits into the plan it came from (import --into)",
  sheetsOtherLanguages: 'texts in {languages}: only "{language}" is written',
  stratmlNotCarried: "{what}: {count} at {pointers}",
  stratmlNotCarriedMany: "{what}: {count} at {pointers} and {more} more",
  stratmlOtherLanguages: 'texts in {languages}: only "{language}" is written (a StratML file holds one language; export again with --lang)',
  // StratML's notes on single places: the reader's and the importer's (located in the file), the exporter's (at a JSON
  // Pointer of the plan) and the XML writer's (at a StratML element, "Goal 2, Objective 1").
  stratmlNotStratml: "expected a StratML <StrategicPlan> (Part 1) or <PerformancePlanOrReport> (Part 2) element, found <{found}>",
  stratmlForeignNamespace: "<{name}> is in the namespace {namespace}, which is not StratML's; expected {expected}",
  stratmlNoCore: "<{name}> has no <StrategicPlanCore>: a StratML plan holds its goals there",
  stratmlNoDate: "the file has no date to take the plan's period from: add <AdministrativeInformation> with <StartDate> and <EndDate> (YYYY-MM-DD)",
  stratmlNoChapter: "the file has no <Goal> and no <Description>: a plan needs at least one chapter",
  stratmlOlderName: "<{name}> is an older name of <{newer}>; read as <{newer}>",
  stratmlNoNamespace: "<{name}> has no namespace; read as StratML Part {part} ({expected})",
  stratmlDraftNamespace: "<{name}> is in the namespace {namespace} of an earlier StratML draft; read as Part {part} ({expected})",
  stratmlNoName: "<{name}> has no <Name>; the plan's title is left empty for you to fill in",
  stratmlNoType: "<PerformancePlanOrReport> has no Type attribute; read as a Performance_Plan",
  stratmlOlderIndicatorType: 'the IndicatorType attribute is an older name of PerformanceIndicatorType; read as PerformanceIndicatorType="{type}"',
  stratmlUnitsNotNumber: "<NumberOfUnits> \"{units}\" is not a number; kept as the result's descriptor value",
  stratmlUnmapped: '<{element}> ({path}) is not a StratML element this import maps; kept under extensions["{extension}"].unmapped',
  stratmlUndated: 'indicator {id}: {count} MeasurementInstance(s) with no date or no value are kept under extensions["{extension}"] (a period needs a date, an entry a value or a description)',
  stratmlLeftParent: "{pointer}: the organisation it is part of ({parent}): StratML organisations do not nest",
  stratmlLeftAffiliations: "{pointer}: the person's affiliations: a StratML stakeholder names no organisation it belongs to",
  stratmlLeftContact: "{pointer}: the person's contact details: StratML has them for the submitter only",
  stratmlLeftLabel: '{pointer}: the objective\'s label "{label}": a goal\'s SequenceIndicator is the chapter\'s number',
  stratmlLeftObjectiveTags: "{pointer}: the objective's tags: StratML has no tags",
  stratmlLeftFocusAreas: "{pointer}: the focus areas the objective serves: StratML has no focus areas",
  stratmlLeftMeasuresIntro: "{pointer}: the words that lead into the measures: a StratML goal has no place for them",
  stratmlLeftRole: '{pointer}: the role "{role}": the measure\'s stakeholders are those the imported StratML file gave',
  stratmlLeftRoleNoActor: '{pointer}: the role "{role}" names no actor ({holder}): a StratML stakeholder is someone named',
  stratmlLeftRolePart1: '{pointer}: the role "{role}" of {actor}: Part 1 stakeholders have no roles (the stakeholder is written)',
  stratmlLeftRoleAsks: "{pointer}: what the role asks: Part 1 stakeholders have no roles",
  stratmlLeftMeasureTags: "{pointer}: the measure's tags: StratML has no tags",
  stratmlIdRenamed: '{where}: Identifier "{value}" written as "{id}" (an xsd:ID must be an XML name)',
  stratmlIdTwice: '{where}: Identifier "{id}" is used twice; written as "{renamed}" (an xsd:ID is unique in a document)',
  stratmlNotADate: '{where}: {name} "{value}" is not a date (YYYY-MM-DD); not carried',
  stratmlAdminIdentifier: 'AdministrativeInformation: Identifier "{identifier}" not carried (Part 1 has no place for it)',
  stratmlSourceNotUri: 'AdministrativeInformation: Source "{source}" is not a URI; not carried',
  stratmlSubmitterIdentifier: 'Submitter: Identifier "{identifier}" not carried (Part 1 has no place for it)',
  stratmlStakeholderRoles: '{where}: stakeholder "{name}": {count} role(s) not carried (Part 1 stakeholders have no roles)',
  stratmlPart1Indicators: "{where}: {count} performance indicator(s) not carried (Part 1 has none; export Part 2 with --stratml-type)",
  stratmlUnitsRounded: "{where}, {name}: NumberOfUnits {units} written as {written} (xsd:decimal as validators read it holds {digits} digits)",
  // The file readers' refusals: a ZIP package (DOCX, XLSX), a Word or Markdown document, a workbook, XML.
  zipTooManyEntries: "The {what} holds more than {entries} entries; it is refused as a possible zip bomb.",
  zipEntryTooLarge: "The entry {entry} of the {what} unpacks to {size}; at most {max} per entry are read.",
  zipTooLarge: "The {what} unpacks to more than {max}; it is refused as a possible zip bomb.",
  notZip: "This is not a {what}: it is not a ZIP package ({detail}).",
  zipRatio: "The {what} unpacks {times} times larger than it is packed ({size}); more than {ratio}:1 is refused as a possible zip bomb.",
  hintFewEntries: "Check that this is the document you meant; a plan needs a few dozen entries.",
  hintLargeMedia: "Remove large embedded media from the document, or split it.",
  hintSaveDocx: "Save the document from Word or LibreOffice as .docx, or import a Markdown file with --from md.",
  hintMeantDocument: "Check that this is the document you meant.",
  docxTooDeep: "The Word document nests tables or lists more than {depth} deep.",
  hintFlattenTables: "Flatten the nested tables or lists.",
  docxTooLarge: "The Word document is {bytes} bytes; at most {max} are read.",
  notDocx: "This ZIP package is not a DOCX (Word) file: it has no word/document.xml.",
  hintNotDocx: "Save the document from Word or LibreOffice as .docx (an .xlsx or .odt file is not read here).",
  docxUnreadable: "The Word document cannot be read: {detail}.",
  hintSaveAgainDocx: "Open it in Word or LibreOffice and save it again as .docx.",
  markdownTooLarge: "The Markdown document has {length} characters; at most {max} are read.",
  hintSplitMarkdown: "Split the document, or check that this is the plan and not another file.",
  markdownTooDeep: "The Markdown document nests blocks {level} deep at line {line}; at most {max} levels are read.",
  hintFlattenLists: "Flatten the nested lists or quotes.",
  xlsxNoWorkbook: "this ZIP package is not an XLSX workbook (it has no xl/workbook.xml); save the sheet from Excel or LibreOffice as .xlsx",
  xlsxNotZip: "this is not an XLSX workbook: it is not a ZIP package; save the sheet as .xlsx, or import a CSV file with --from csv",
  xlsxDoctype: "the part {part} of the workbook declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which spreadsheets never write; it is refused (entity expansion, external entities). Save the sheet again from Excel or LibreOffice.",
  xlsxUnreadable: "the workbook cannot be read: {detail}; save it again from Excel or LibreOffice as .xlsx",
  csvUnreadable: "the CSV cannot be read: {detail}",
  csvTooManyRows: "the CSV has {rows} rows; at most {max} are read",
  csvTooManyCells: "the CSV has {cells} cells; at most {max} are read",
  csvMissingColumns: "row 1: the header has no column {columns}, which matches rows to the plan; export the table again with --to csv --table {table}",
  csvUnknownColumn: 'the column "{title}" is not one of the {table} table\'s; it was not read',
  xlsxUnknownSheet: 'sheet "{sheet}" is not one of the plan\'s tables ({tables}); it was not read',
  xlsxTooManyRows: 'sheet "{sheet}" has {rows} rows; at most {max} are read. Split the sheet, or check that it is the plan\'s sheet.',
  xlsxTooManyCells: 'sheet "{sheet}" has {cells} cells; at most {max} are read. Remove columns the plan does not use.',
  xlsxMissingColumns: 'sheet "{sheet}", row 1: the header has no column {columns}, which matches rows to the plan; export the plan again and edit that sheet',
  xlsxUnknownColumn: 'sheet "{sheet}": the column "{title}" is not one the plan knows; it was not read',
  xmlNotWellFormed: "{detail}",
  xmlUnknownEntity: "unknown entity {entity}: {what} may use only &amp; &lt; &gt; &quot; &apos; and character references such as &#160;",
  xmlDoctype: "a DOCTYPE declaration is not accepted in {what} (entities are never expanded nor fetched); remove it",
  xmlNoElement: "the file holds no XML element; expected {what}",
  xmlTooDeep: "elements nest deeper than {max} levels; {depthHint}",
  embeddedPartNotWellFormed: "{part}: the part is not well-formed XML: {detail}",
  embeddedChangedPage: "{part}: the embedded plan was changed after it was rendered (its checksum says {checksum}, its text gives {actual}), so it is not imported; render the plan again from its source, or import the plan's own file",
  embeddedChangedDocx: "{part}: the embedded plan was changed after it was rendered (its checksum says {checksum}, its text gives {actual}), so it is not imported; render the plan again from its source, or import the document's text with --no-embedded",
  embeddedNotJson: "{part}: the embedded plan is not valid JSON: {detail}",
  embeddedNotValid: "{part}: the embedded plan is not valid at {pointer}: {message}",
  embeddedNone:
    'the page carries no embedded plan (<script type="application/json" id="{id}">): it was rendered with --no-embed or embedPlan: false, or by another program. Import the plan\'s own file (JSON or YAML), render the page again without --no-embed, or import the Word (--format docx) or Markdown render of it',
  embeddedScriptType: '<script id="{id}"> has type {type}; expected "application/json"',
  embeddedMany: "the page carries {count} embedded plans; the first was read",
  embeddedDoctype: "{part}: a DOCTYPE declaration is not accepted in the embedded plan's part (entities are never expanded)",
  embeddedElements: "{part}: <plan> holds elements; expected the plan as JSON text only",
} as const;

/** The code of a report line that can be worded in other languages. */
export type ReportCode = keyof typeof REPORT_WORDS;

/** The values a coded line's wording takes. */
export type ReportValues = Record<string, string | number>;

/** A report line's code and values. */
export interface ReportNote {
  /** Which line it is. */
  code: ReportCode;
  /** The values its wording takes. */
  values: ReportValues;
  /** The place the line is at, worded before it and ": " (a sheet's cell or row). */
  place?: ReportNote;
}

/** The code and values of each coded line of a report, by the line's English text (equal texts have equal codes). */
export type ReportNotes = Map<string, ReportNote>;

/** `wording` with each `{name}` replaced by its value (a name without a value stays as it is). */
export function fillWording(wording: string, values: ReportValues): string {
  return wording.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A line with its code and values beside its English text: a reader's problem or refusal that can be worded elsewhere. */
export interface CodedLine {
  /** The English line, as the CLI prints it. */
  message: string;
  /** Its code and values. */
  note: ReportNote;
}

/** The English line of `code` with `values`, with its note (for a problem that carries its own wording). */
export function coded(code: ReportCode, values: ReportValues = {}): CodedLine {
  return { message: fillWording(REPORT_WORDS[code], values), note: { code, values } };
}

/** The English line of `code` with `values`, recorded in `notes` so that it can be worded in another language. */
export function say(notes: ReportNotes, code: ReportCode, values: ReportValues = {}): string {
  const line = fillWording(REPORT_WORDS[code], values);
  notes.set(line, { code, values });
  return line;
}

/** The English line of `code` with `values` after its `place` and ": ", recorded in `notes` with the place. */
export function sayAt(notes: ReportNotes, place: ReportNote, code: ReportCode, values: ReportValues = {}): string {
  const line = `${fillWording(REPORT_WORDS[place.code], place.values)}: ${fillWording(REPORT_WORDS[code], values)}`;
  notes.set(line, { code, values, place });
  return line;
}
