// The import report's lines in bokmål, nynorsk and English: the CLI's coded lines (its English wording is the CLI's
// own, ../../../cli/src/interchange/report-words.ts) and the studio's own refusals. Loaded with the importers
// (./importers.ts), so the first load does not carry them; each line of a report is worded in all three languages
// when the import is done, and the panel shows the one the studio speaks.
import type { StudioLanguage } from "../messages.js";
import { fillWording, REPORT_WORDS, type ReportCode, type ReportNote, type ReportNotes, type ReportValues } from "../../../cli/src/interchange/report-words.js";
import { EMPTY_CELL } from "../../../cli/src/interchange/sheets/apply.js";
import { CELL_EXPECTED, STATUSES } from "../../../cli/src/interchange/sheets/tables.js";
import { STRATML_EXTENSION } from "../../../cli/src/interchange/stratml/model.js";

/** The studio's own report lines: refusals before an importer runs, and what it says of a Word document's plan. */
const STUDIO_WORDS_EN = {
  headingLanguage: 'the language of a document\'s headings is nb, nn or en (got "{lang}"): choose one of them under Import options, or leave the language to be guessed',
  notLanguageTag: '"{lang}" is not a language tag (BCP 47, such as nb, en or en-GB): correct it under Import options, or leave it empty for "en"',
  fileTooLarge: "the file is {size} MB; at most {max} MB are read. Check that this is the plan's file.",
  sheetNeedsPlan: "a sheet carries changes to a plan, not a whole plan: open the plan it was exported from first, then open the sheet to apply it",
  sheetNeedsValidPlan: "the open plan has errors: fix them (see Issues) before applying a sheet to it",
  csvNotUtf8: "the CSV file is not UTF-8 text; save it as UTF-8 CSV and open it again",
  notUtf8: "the file is not UTF-8 text; save it as UTF-8 and open it again",
  resultingPlan: "the resulting plan: {pointer}: {message}",
  docxWholePlan: "the whole plan ← the copy the document carries ({part}), exactly as it was rendered; the document's text was not read, so edits made in Word are not in it",
} as const;

/**
 * The studio's English for the CLI's lines that name its options (`--lang`, `--table`, `--stratml-type`, `--from`,
 * `import --into`): what to do in the studio's own terms, its Import options and Export options.
 */
const STUDIO_TERMS_EN = {
  stratmlLanguageGuessed: 'the language "{language}" (StratML does not say; choose the language under Import options)',
  sheetsOtherTable: 'the {table} table: export it as CSV, choosing it under "Table of the CSV export" in Export options',
  sheetsOtherTables: 'the {table} and {other} tables: export them as CSV, choosing each under "Table of the CSV export" in Export options',
  sheetsOtherParts: "the plan's other parts (chapters' text, strategy, cluster, …): a sheet carries edits into the plan it came from",
  stratmlOtherLanguages: 'texts in {languages}: only "{language}" is written (a StratML file holds one language; export again with another language under Export options)',
  stratmlPart1Indicators: "{where}: {count} performance indicator(s) not carried (Part 1 has none; choose a Part 2 StratML type under Export options)",
  hintSaveDocx: "Save the document from Word or LibreOffice as .docx, or open a Markdown file.",
  xlsxNotZip: "this is not an XLSX workbook: it is not a ZIP package; save the sheet as .xlsx, or open a CSV file",
  csvMissingColumns: 'row 1: the header has no column {columns}, which matches rows to the plan; export the {table} table again as CSV, choosing it under "Table of the CSV export" in Export options',
  embeddedChangedDocx:
    '{part}: the embedded plan was changed after it was rendered (its checksum says {checksum}, its text gives {actual}), so it is not imported; render the plan again from its source, or untick "A Word document made by actionplan: take the plan it carries" under Import options and open the document again, to read its text',
  embeddedNone:
    'the page carries no embedded plan (<script type="application/json" id="{id}">): it was rendered without it, or by another program. Open the plan\'s own file (JSON or YAML), or the Word or Markdown render of it; a page the studio exports as HTML carries its plan',
} as const satisfies Partial<Record<ReportCode, string>>;

/** The tables of a spreadsheet export, in bokmål and nynorsk (the names their sheets have). */
const TABLE_WORDS_NB: Record<string, string> = { measures: "Tiltak", indicators: "Indikatorer", milestones: "Delmål" };
const TABLE_WORDS_NN: Record<string, string> = { measures: "Tiltak", indicators: "Indikatorar", milestones: "Delmål" };

/** The code of a report line the studio words in its three languages. */
export type ReportWordCode = ReportCode | keyof typeof STUDIO_WORDS_EN;

/** Every report line's wording in the studio's English: the CLI's, but in the studio's terms where the CLI names an option. */
export const REPORT_WORDS_EN: Record<ReportWordCode, string> = { ...REPORT_WORDS, ...STUDIO_TERMS_EN, ...STUDIO_WORDS_EN };

/** Every report line's wording in bokmål. */
export const REPORT_WORDS_NB: Record<ReportWordCode, string> = {
  stratmlLanguageGuessed: 'språket «{language}» (StratML sier det ikke; velg språket under Importvalg)',
  stratmlPeriodGuessed: "perioden {start}–{end} ut fra datoene i fila (den har ingen StartDate og EndDate)",
  stratmlKind: '{element} → plantype «{kind}»',
  stratmlStatusGuessed: 'status «draft» (utkast): StratML sier ikke hvor en plan står',
  stratmlOtherInformation: 'planens <OtherInformation> er lagt under extensions["{extension}"] (planen har ikke noe felt for den)',
  stratmlPublication: "AdministrativeInformation PublicationDate, Source → publication.date, publication.url",
  stratmlOrganization: 'Organization «{name}» → cluster (planens eier)',
  stratmlOrganizationStakeholders: 'Organization «{name}» → cluster (planens eier); dens {count} interessenter → cluster.people og cluster.organisations',
  stratmlFurtherOrganizations: "{count} Organization-element til → cluster.organisations",
  stratmlValues: "{count} Value-element → strategy.values",
  stratmlVisionMission: "{element} → strategy.{field}",
  stratmlDescription: "planens <Description> → avsnittene i innledningskapitlet (tittelen er planens tittel)",
  stratmlGoals: '{count} Goal-element → kapitler av typen «objective» (med strategimålet hvert av dem tjener, når det har en beskrivelse eller interessenter)',
  stratmlObjectives: "{count} Objective-element → tiltak (Name → tekst, Description → beskrivelse, Stakeholder → leder, ansvarlig eller støttende etter rollen)",
  stratmlIndicators: "{count} PerformanceIndicator-element → indikatorer som følger tiltaket sitt; MeasurementInstance → perioder, TargetResult/ActualResult → mål/resultater",
  stratmlSubmitter: "Submitter {name} → cluster.people (person:{id}), med e-postadressen som kontakt",
  stratmlSubmitterKept: '<Submitter> er lagt under extensions["{extension}"] (fila nevner ingen organisasjon som kan ha personer)',
  stratmlClusterGuessed: "en klynge med planens navn, for interessentene målene nevner (fila har ingen <Organization>)",
  sheetCellChanged: '{pointer}/{field}: {from} → {to} (ark «{sheet}», rad {row})',
  sheetNewMeasure: '{pointer}: nytt tiltak «{id}» (nummer {number}) i kapittel «{chapter}» (ark «{sheet}», rad {row})',
  sheetNewMeasureId: 'ark «{sheet}», rad {row}: det nye tiltaket fikk id-en «{id}»; skriv den inn i id-cellen i arket før arket importeres igjen',
  sheetNewMilestone: '{pointer}: nytt delmål «{id}» for tiltak «{measure}» (ark «{sheet}», rad {row})',
  sheetNamesNotApplied: "navnene vises bare til lesing; endringen blir ikke lagt inn (endre id-kolonnen ved siden av)",
  sheetMoveNotApplied: "å flytte et tiltak til et annet kapittel blir ikke lagt inn; flytt det i planen",
  sheetNewPeriod: '{pointer}: ny periode for indikator «{indicator}» (ark «{sheet}», rad {row})',
  sheetNewEntry: '{pointer}: nytt {entryKind} for indikator «{indicator}» (ark «{sheet}», rad {row})',
  sheetMeasureNoRow: 'tiltak «{id}» ({pointer}) har ingen rad i arket «{sheet}»: tatt vare på (en import sletter aldri noe; slett det i selve planen)',
  sheetMilestoneNoRow: 'delmål «{id}» for tiltak «{measure}» ({pointer}) har ingen rad i arket «{sheet}»: tatt vare på (en import sletter aldri noe; slett det i selve planen)',
  sheetEntryNoRow: '{entryKind} {n} for indikator «{indicator}» ({pointer}) har ingen rad i arket «{sheet}»: tatt vare på (en import sletter aldri noe; slett det i selve planen)',
  sheetCell: "ark «{sheet}», rad {row}, kolonne {column}{columnTitle}{target}",
  sheetRow: "ark «{sheet}», rad {row}",
  sheetExpected: "forventet {cellExpected}; fikk {got}",
  sheetNoActor: "«{ref}» er ingen aktør i planen; forventet referanser som {examples}, skilt med «;»",
  sheetMeasureNeeds: "et tiltak må ha {missing}; cellen er tom",
  sheetUnknownMeasure: "ikke noe tiltak i planen har id-en «{id}»; la id-en stå tom for et nytt tiltak",
  sheetMeasureTwice: "tiltaket «{id}» har allerede en rad; gi hvert tiltak én rad",
  sheetNoChapter: "ikke noe kapittel har id-en {cell}; forventet ett av {chapters}",
  sheetNewMeasureNoChapterColumn: "et nytt tiltak (uten id) trenger kapitlet sitt: legg til kapittelkolonnen",
  sheetNewMeasureNoTextColumn: "et nytt tiltak (uten id) trenger teksten sin: legg til tekstkolonnen",
  sheetNewMeasureNoText: "et nytt tiltak (uten id) trenger teksten sin; cellen er tom",
  sheetMilestoneNoMeasure: "et delmål trenger id-en til tiltaket sitt",
  sheetMilestoneUnknownMeasure: "ikke noe tiltak i planen har id-en «{id}»",
  sheetUnknownMilestone: "tiltaket «{measure}» har ikke noe delmål «{id}»; la id-en stå tom for et nytt delmål",
  sheetMilestoneTwice: "delmålet «{id}» har allerede en rad",
  sheetNewMilestoneNoText: "et nytt delmål (uten id) trenger teksten sin",
  sheetMilestoneNoText: "et delmål må ha en tekst; cellen er tom",
  sheetNoIndicator: "ingen indikator i planen har id-en {cell}",
  sheetNoIndicatorOf: "ingen indikator i planen har id-en {cell}; forventet en av {indicators}",
  sheetEntryEmpty: "forventet «target» (mål) eller «actual» (resultat); cellen er tom",
  sheetUnknownEntry: "indikator «{indicator}» har ikke noe {entryKind} nummer {n} i denne perioden (år, start, slutt); la nummeret stå tomt for å legge til en verdi",
  sheetEntryTwice: "denne verdien har allerede en rad",
  csvTableGuessed: "tabellen {table}, ut fra overskriftsraden i CSV-fila",
  docLanguageGuessed: "språket er {language}, ut fra standardoverskriftene",
  docTitle: "den første overskriften «{text}» er planens tittel",
  docContents: "innholdsfortegnelsen blir ikke tatt vare på som tekst: gjengivelsen lager den; titler som avviker, blir tocTitle",
  docSummaryTitle: "«{text}» er tittelen på sammendraget",
  docChapterStarts: "overskrift på nivå {level} «{text}» begynner kapittel {number}",
  docStandardSection: "«{text}» er standarddelen {section}",
  docMeasureTableTitle: "«{text}» er tittelen på tiltakstabellen under den",
  docMeasureNumbered: "en tiltaksrad uten «N)» får nummer {number}",
  docMeasureRows: "{count} tabellrader lest som tiltak",
  docMilestoneRows: "de {count} radene i delmålstabellen er tiltakets delmål",
  docPriorityStated: "tiltak i fet skrift er prioritert for {year} (slik dokumentet sier)",
  docPriorityFirstYear: "tiltak i fet skrift er prioritert for {year} (planens første år)",
  docChapterKinds: "det første kapitlet er innledningen, kapitler med mål som tittel er mål, de andre «other»",
  docNoTitle: "ingen tittel-overskrift før det første kapitlet: tittelen er «Imported plan»",
  docNoPeriod: "ingen periode «ÅÅÅÅ-ÅÅÅÅ» i tittelen: perioden er {year}",
  embeddedWholePlan: "hele planen ← kopien siden har med seg ({part}), nøyaktig slik den ble gjengitt; sidens tekst ble ikke lest",
  embeddedWholePlanAt: "hele planen ← kopien siden har med seg ({part}, linje {line}), nøyaktig slik den ble gjengitt; sidens tekst ble ikke lest",
  headingLanguage: 'språket i et dokuments overskrifter er nb, nn eller en (fikk «{lang}»): velg ett av dem under Importvalg, eller la språket bli gjettet',
  notLanguageTag: '«{lang}» er ikke en språkkode (BCP 47, som nb, en eller en-GB): rett den under Importvalg, eller la feltet stå tomt for «en»',
  fileTooLarge: "filen er {size} MB; høyst {max} MB blir lest. Sjekk at dette er filen med planen.",
  sheetNeedsPlan: "et regneark har endringer i en plan, ikke en hel plan: åpne først planen arket ble eksportert fra, og åpne så arket for å legge det inn",
  sheetNeedsValidPlan: "den åpne planen har feil: rett dem (se Problemer) før et regneark legges inn i den",
  csvNotUtf8: "CSV-fila er ikke UTF-8-tekst; lagre den som UTF-8-CSV og åpne den igjen",
  notUtf8: "fila er ikke UTF-8-tekst; lagre den som UTF-8 og åpne den igjen",
  resultingPlan: "planen det ville gitt: {pointer}: {message}",
  docxWholePlan: "hele planen ← kopien dokumentet har med seg ({part}), nøyaktig slik den ble gjengitt; dokumentets tekst ble ikke lest, så endringer gjort i Word er ikke med",
  sheetsNotCarried: "{field}: ikke overført for {count} {things} (ingen kolonne i tabellen {table}): {pointers}",
  sheetsNotCarriedMany: "{field}: ikke overført for {count} {things} (ingen kolonne i tabellen {table}), for eksempel {pointers} og {more} til",
  sheetsNoRow: "ingen mål eller resultater, så ingen rad: ikke overført for {count} {things}: {pointers}",
  sheetsNoRowMany: "ingen mål eller resultater, så ingen rad: ikke overført for {count} {things}, for eksempel {pointers} og {more} til",
  sheetsOtherTable: "tabellen {table}: eksporter den med CSV-tabellvalget",
  sheetsOtherTables: "tabellene {table} og {other}: eksporter dem med CSV-tabellvalget",
  sheetsOtherParts: "planens andre deler (kapitlenes tekst, strategi, klynge, …): et regneark fører endringer inn i planen det kom fra",
  sheetsOtherLanguages: "tekster på {languages}: bare «{language}» blir skrevet",
  stratmlNotCarried: "{what}: {count} på {pointers}",
  stratmlNotCarriedMany: "{what}: {count} på {pointers} og {more} til",
  stratmlOtherLanguages: "tekster på {languages}: bare «{language}» blir skrevet (en StratML-fil har ett språk; eksporter igjen med et annet språk under Eksportvalg)",
  docStatusHistory: "«{label}» er statushistorikken ({count} endringer)",
  docMeasureStatus: "«{item}» er tiltakets status {status}",
  docUndefinedActors: '«{item}» nevner aktører eller indikatorer som dokumentet ikke definerer; tatt vare på under tiltakets extensions["{ext}"].{field}',
  docTagsKept: '«{item}»: merkelappene er tatt vare på slik de står, under tiltakets extensions["{ext}"].tags (en merkelapp kan ha komma)',
  docUnknownFact: 'opplysningen «{item}» er ikke en importen leser; tatt vare på under tiltakets extensions["{ext}"]',
  docHeadingOutside: 'overskriften «{text}» står utenfor alle kapitler; tatt vare på under extensions["{ext}"]',
  docAdoption: "«{text}…» er vedtaket (dato {date})",
  docBeforeFirstChapter: '{kind} før det første kapitlet; tatt vare på under extensions["{ext}"]',
  docSummaryIntro: "«{text}…» er innledningen til sammendraget",
  docSummaryOutside: '{kind} i sammendraget utenfor et kapittels punkt; tatt vare på under extensions["{ext}"]',
  docFootnote: "«{text}…» er en fotnote til tiltak {number}",
  docMeasureDetails: "«{text}» begynner detaljene for tiltak {number}",
  docMilestoneCaption: "«{text}» er tittelen på delmålstabellen",
  docOtherTable: 'en tabell som ikke er en tiltakstabell (overskrift {header}); tatt vare på under extensions["{ext}"]',
  docStartNotYear: 'tiltak {number}: starten «{year}» er ikke et år; tatt vare på under tiltakets extensions["{ext}"]',
  docGlossary: "nøkkelen «{key} …» ble planens ordliste ({count} oppføringer, som termer)",
  docRowNoMeasure: "raden «{text}» nevner ikke noe tiltak i dokumentets kapitler; utelatt",
  docAppendixStatusDiffers: "vedlegget sier «{written}», tiltakets detaljer {status}: detaljene blir beholdt",
  docNotAStatus: '«{written}» er ikke en status på {language} ({statuses}); tatt vare på under tiltakets extensions["{ext}"]',
  docFactsStatuses: "«{label}»: statusen til hvert tiltak som er oppført",
  docFactsResponsible: '«{label}»: ansvarlige aktører er navn, og dokumentet definerer ikke aktørene; tatt vare på under hvert tiltaks extensions["{ext}"].responsible',
  docStandardList: "«{text}», en liste blant standarddelene på slutten av kapitlet, er standarddelen {section} med en egen tittel",
  docSummaryPriority: "sammendragets prioritering for {year} viser til kapitlets tiltak i fet skrift",
  docHorizonEmpty: "en horisont-overskrift uten liste over mål er utelatt",
  docAppendix: '«{text}» og det som følger, er gjengivelsens vedlegg (opplysninger fra planfila, ikke teksten): ikke lest som kapitler; tatt vare på under extensions["{ext}"], bortsett fra tabellen over tiltakenes status, som blir lest (importer HTML- eller Word-gjengivelsen for å få alle opplysninger nøyaktig tilbake)',
  docWordStyling: "teksten er tatt vare på, ikke Word-formateringen: {detail}",
  zipTooManyEntries: "{format}-fila har mer enn {entries} deler; den blir avvist som en mulig ZIP-bombe.",
  zipEntryTooLarge: "Delen {entry} i {format}-fila pakkes ut til {size}; høyst {max} per del blir lest.",
  zipTooLarge: "{format}-fila pakkes ut til mer enn {max}; den blir avvist som en mulig ZIP-bombe.",
  notZip: "Dette er ikke en {format}-fil: det er ikke en ZIP-pakke ({detail}).",
  zipRatio: "{format}-fila blir {times} ganger større utpakket enn pakket ({size}); mer enn {ratio}:1 blir avvist som en mulig ZIP-bombe.",
  hintFewEntries: "Sjekk at dette er dokumentet du mente; en plan trenger noen dusin deler.",
  hintLargeMedia: "Fjern store innebygde bilder og medier fra dokumentet, eller del det opp.",
  hintSaveDocx: "Lagre dokumentet fra Word eller LibreOffice som .docx, eller åpne en Markdown-fil.",
  hintMeantDocument: "Sjekk at dette er dokumentet du mente.",
  docxTooDeep: "Word-dokumentet har tabeller eller lister nestet mer enn {depth} nivåer dypt.",
  hintFlattenTables: "Gjør de nestede tabellene eller listene flatere.",
  docxTooLarge: "Word-dokumentet er {bytes} byte; høyst {max} blir lest.",
  notDocx: "Denne ZIP-pakken er ikke en DOCX-fil (Word): den har ingen word/document.xml.",
  hintNotDocx: "Lagre dokumentet fra Word eller LibreOffice som .docx (en .xlsx- eller .odt-fil blir ikke lest her).",
  docxUnreadable: "Word-dokumentet kan ikke leses: {detail}.",
  hintSaveAgainDocx: "Åpne det i Word eller LibreOffice og lagre det på nytt som .docx.",
  markdownTooLarge: "Markdown-dokumentet har {length} tegn; høyst {max} blir lest.",
  hintSplitMarkdown: "Del opp dokumentet, eller sjekk at dette er planen og ikke en annen fil.",
  markdownTooDeep: "Markdown-dokumentet har blokker nestet {level} nivåer dypt på linje {line}; høyst {max} nivåer blir lest.",
  hintFlattenLists: "Gjør de nestede listene eller sitatene flatere.",
  xlsxNoWorkbook: "denne ZIP-pakken er ikke en XLSX-arbeidsbok (den har ingen xl/workbook.xml); lagre arket fra Excel eller LibreOffice som .xlsx",
  xlsxNotZip: "dette er ikke en XLSX-arbeidsbok: det er ikke en ZIP-pakke; lagre arket som .xlsx, eller åpne en CSV-fil",
  xlsxDoctype: "delen {part} av arbeidsboka erklærer en DTD eller entiteter (<!DOCTYPE>, <!ENTITY>), som regneark aldri skriver; den blir avvist (entitetsutvidelse, eksterne entiteter). Lagre arket på nytt fra Excel eller LibreOffice.",
  xlsxUnreadable: "arbeidsboka kan ikke leses: {detail}; lagre den på nytt fra Excel eller LibreOffice som .xlsx",
  csvUnreadable: "CSV-fila kan ikke leses: {detail}",
  csvTooManyRows: "CSV-fila har {rows} rader; høyst {max} blir lest",
  csvTooManyCells: "CSV-fila har {cells} celler; høyst {max} blir lest",
  csvMissingColumns: "rad 1: overskriftsraden har ingen kolonne {columns}, som knytter radene til planen; eksporter tabellen {table} som CSV igjen, valgt under «Tabellen i CSV-eksporten» i Eksportvalg",
  csvUnknownColumn: "kolonnen «{title}» er ikke en av kolonnene i tabellen {table}; den ble ikke lest",
  xlsxUnknownSheet: "arket «{sheet}» er ikke en av planens tabeller ({tables}); det ble ikke lest",
  xlsxTooManyRows: "arket «{sheet}» har {rows} rader; høyst {max} blir lest. Del opp arket, eller sjekk at det er planens ark.",
  xlsxTooManyCells: "arket «{sheet}» har {cells} celler; høyst {max} blir lest. Fjern kolonner planen ikke bruker.",
  xlsxMissingColumns: "ark «{sheet}», rad 1: overskriftsraden har ingen kolonne {columns}, som knytter radene til planen; eksporter planen på nytt og rediger det arket",
  xlsxUnknownColumn: "ark «{sheet}»: kolonnen «{title}» er ikke en planen kjenner; den ble ikke lest",
  xmlNotWellFormed: "fila er ikke velformet XML: {detail}",
  xmlUnknownEntity: "ukjent entitet {entity}: fila kan bare bruke &amp; &lt; &gt; &quot; &apos; og tegnreferanser som &#160;",
  xmlDoctype: "en DOCTYPE-erklæring blir ikke godtatt i fila (entiteter blir aldri utvidet eller hentet); fjern den",
  xmlNoElement: "fila har ikke noe XML-element; forventet en StratML-fil",
  xmlTooDeep: "elementene er nestet dypere enn {max} nivåer; sjekk at dette er planens fil",
  embeddedPartNotWellFormed: "{part}: delen er ikke velformet XML: {detail}",
  embeddedChangedPage: "{part}: kopien av planen ble endret etter at den ble gjengitt (sjekksummen sier {checksum}, teksten gir {actual}), så den importeres ikke; gjengi planen på nytt fra kilden, eller åpne planens egen fil",
  embeddedChangedDocx:
    "{part}: kopien av planen ble endret etter at den ble gjengitt (sjekksummen sier {checksum}, teksten gir {actual}), så den importeres ikke; gjengi planen på nytt fra kilden, eller fjern haken ved «Et Word-dokument laget av actionplan: ta planen dokumentet har med seg» under Importvalg og åpne dokumentet igjen for å lese teksten",
  embeddedNotJson: "{part}: kopien av planen er ikke gyldig JSON: {detail}",
  embeddedNotValid: "{part}: kopien av planen er ikke gyldig ved {pointer}: {message}",
  embeddedNone:
    'siden har ingen kopi av planen med seg (<script type="application/json" id="{id}">): den ble gjengitt uten, eller av et annet program. Åpne planens egen fil (JSON eller YAML), eller Word- eller Markdown-utgaven av den; en side studioet eksporterer som HTML, har planen med seg',
  embeddedScriptType: '<script id="{id}"> har typen {type}; forventet "application/json"',
  embeddedMany: "siden har {count} kopier av planer med seg; den første ble lest",
  embeddedDoctype: "{part}: en DOCTYPE-erklæring blir ikke godtatt i delen med planen (entiteter blir aldri utvidet)",
  embeddedElements: "{part}: <plan> inneholder elementer; forventet planen bare som JSON-tekst",
  stratmlNotStratml: "forventet et StratML-element <StrategicPlan> (del 1) eller <PerformancePlanOrReport> (del 2), fant <{found}>",
  stratmlForeignNamespace: "<{name}> er i navnerommet {namespace}, som ikke er StratMLs; forventet {expected}",
  stratmlNoCore: "<{name}> har ingen <StrategicPlanCore>: en StratML-plan har målene sine der",
  stratmlNoDate: "fila har ingen dato å ta planens periode fra: legg til <AdministrativeInformation> med <StartDate> og <EndDate> (ÅÅÅÅ-MM-DD)",
  stratmlNoChapter: "fila har ingen <Goal> og ingen <Description>: en plan trenger minst ett kapittel",
  stratmlOlderName: "<{name}> er et eldre navn på <{newer}>; lest som <{newer}>",
  stratmlNoNamespace: "<{name}> har ikke noe navnerom; lest som StratML del {part} ({expected})",
  stratmlDraftNamespace: "<{name}> er i navnerommet {namespace} fra et tidligere utkast til StratML; lest som del {part} ({expected})",
  stratmlNoName: "<{name}> har ingen <Name>; planens tittel står tom, så du kan fylle den inn",
  stratmlNoType: "<PerformancePlanOrReport> har ikke noe Type-attributt; lest som en Performance_Plan",
  stratmlOlderIndicatorType: 'attributtet IndicatorType er et eldre navn på PerformanceIndicatorType; lest som PerformanceIndicatorType="{type}"',
  stratmlUnitsNotNumber: "<NumberOfUnits> «{units}» er ikke et tall; tatt vare på som resultatets beskrivende verdi",
  stratmlUnmapped: '<{element}> ({path}) er ikke et StratML-element denne importen overfører; tatt vare på under extensions["{extension}"].unmapped',
  stratmlUndated: 'indikator {id}: {count} MeasurementInstance-element uten dato eller uten verdi er tatt vare på under extensions["{extension}"] (en periode trenger en dato, en oppføring en verdi eller en beskrivelse)',
  stratmlLeftParent: "{pointer}: organisasjonen den er en del av ({parent}): organisasjoner i StratML kan ikke ligge inni hverandre",
  stratmlLeftAffiliations: "{pointer}: personens tilknytninger: en interessent i StratML nevner ingen organisasjon den hører til",
  stratmlLeftContact: "{pointer}: personens kontaktopplysninger: StratML har dem bare for innsenderen",
  stratmlLeftLabel: "{pointer}: målets etikett «{label}»: SequenceIndicator for et Goal er kapitlets nummer",
  stratmlLeftObjectiveTags: "{pointer}: målets merkelapper: StratML har ingen merkelapper",
  stratmlLeftFocusAreas: "{pointer}: innsatsområdene målet tjener: StratML har ingen innsatsområder",
  stratmlLeftMeasuresIntro: "{pointer}: teksten som leder inn til tiltakene: et Goal i StratML har ikke plass til den",
  stratmlLeftRole: "{pointer}: rollen «{role}»: tiltakets interessenter er dem den importerte StratML-fila ga",
  stratmlLeftRoleNoActor: "{pointer}: rollen «{role}» nevner ingen aktør ({holder}): en interessent i StratML er noen med navn",
  stratmlLeftRolePart1: "{pointer}: rollen «{role}» til {actor}: interessenter i del 1 har ingen roller (interessenten blir skrevet)",
  stratmlLeftRoleAsks: "{pointer}: det rollen ber om: interessenter i del 1 har ingen roller",
  stratmlLeftMeasureTags: "{pointer}: tiltakets merkelapper: StratML har ingen merkelapper",
  stratmlIdRenamed: "{where}: Identifier «{value}» skrevet som «{id}» (en xsd:ID må være et XML-navn)",
  stratmlIdTwice: "{where}: Identifier «{id}» er brukt to ganger; skrevet som «{renamed}» (en xsd:ID er unik i et dokument)",
  stratmlNotADate: "{where}: {name} «{value}» er ikke en dato (ÅÅÅÅ-MM-DD); ikke overført",
  stratmlAdminIdentifier: "AdministrativeInformation: Identifier «{identifier}» ikke overført (del 1 har ikke plass til den)",
  stratmlSourceNotUri: "AdministrativeInformation: Source «{source}» er ikke en URI; ikke overført",
  stratmlSubmitterIdentifier: "Submitter: Identifier «{identifier}» ikke overført (del 1 har ikke plass til den)",
  stratmlStakeholderRoles: "{where}: interessenten «{name}»: {count} rolle(r) ikke overført (interessenter i del 1 har ingen roller)",
  stratmlPart1Indicators: "{where}: {count} resultatindikator(er) ikke overført (del 1 har ingen; velg en StratML-type fra del 2 under Eksportvalg)",
  stratmlUnitsRounded: "{where}, {name}: NumberOfUnits {units} skrevet som {written} (xsd:decimal har {digits} sifre slik validatorer leser den)",
};

/** Every report line's wording in nynorsk. */
export const REPORT_WORDS_NN: Record<ReportWordCode, string> = {
  stratmlLanguageGuessed: 'språket «{language}» (StratML seier det ikkje; vel språket under Importval)',
  stratmlPeriodGuessed: "perioden {start}–{end} ut frå datoane i fila (ho har ingen StartDate og EndDate)",
  stratmlKind: '{element} → plantype «{kind}»',
  stratmlStatusGuessed: 'status «draft» (utkast): StratML seier ikkje kvar ein plan står',
  stratmlOtherInformation: '<OtherInformation> i planen er lagd under extensions["{extension}"] (planen har ikkje noko felt for han)',
  stratmlPublication: "AdministrativeInformation PublicationDate, Source → publication.date, publication.url",
  stratmlOrganization: 'Organization «{name}» → cluster (eigaren av planen)',
  stratmlOrganizationStakeholders: 'Organization «{name}» → cluster (eigaren av planen); dei {count} interessentane hennar → cluster.people og cluster.organisations',
  stratmlFurtherOrganizations: "{count} Organization-element til → cluster.organisations",
  stratmlValues: "{count} Value-element → strategy.values",
  stratmlVisionMission: "{element} → strategy.{field}",
  stratmlDescription: "<Description> i planen → avsnitta i innleiingskapittelet (tittelen er tittelen på planen)",
  stratmlGoals: '{count} Goal-element → kapittel av typen «objective» (med strategimålet kvart av dei tener, når det har ei skildring eller interessentar)',
  stratmlObjectives: "{count} Objective-element → tiltak (Name → tekst, Description → skildring, Stakeholder → leiar, ansvarleg eller støttande etter rolla)",
  stratmlIndicators: "{count} PerformanceIndicator-element → indikatorar som følgjer tiltaket sitt; MeasurementInstance → periodar, TargetResult/ActualResult → mål/resultat",
  stratmlSubmitter: "Submitter {name} → cluster.people (person:{id}), med e-postadressa som kontakt",
  stratmlSubmitterKept: '<Submitter> er lagd under extensions["{extension}"] (fila nemner ingen organisasjon som kan ha personar)',
  stratmlClusterGuessed: "ei klynge med namnet på planen, for interessentane måla nemner (fila har ingen <Organization>)",
  sheetCellChanged: '{pointer}/{field}: {from} → {to} (ark «{sheet}», rad {row})',
  sheetNewMeasure: '{pointer}: nytt tiltak «{id}» (nummer {number}) i kapittel «{chapter}» (ark «{sheet}», rad {row})',
  sheetNewMeasureId: 'ark «{sheet}», rad {row}: det nye tiltaket fekk id-en «{id}»; skriv han inn i id-cella i arket før arket vert importert igjen',
  sheetNewMilestone: '{pointer}: nytt delmål «{id}» for tiltak «{measure}» (ark «{sheet}», rad {row})',
  sheetNamesNotApplied: "namna vert viste berre til lesing; endringa vert ikkje lagd inn (endra id-kolonnen ved sida av)",
  sheetMoveNotApplied: "å flytte eit tiltak til eit anna kapittel vert ikkje lagt inn; flytt det i planen",
  sheetNewPeriod: '{pointer}: ny periode for indikator «{indicator}» (ark «{sheet}», rad {row})',
  sheetNewEntry: '{pointer}: nytt {entryKind} for indikator «{indicator}» (ark «{sheet}», rad {row})',
  sheetMeasureNoRow: 'tiltak «{id}» ({pointer}) har inga rad i arket «{sheet}»: teke vare på (ein import slettar aldri noko; slett det i sjølve planen)',
  sheetMilestoneNoRow: 'delmål «{id}» for tiltak «{measure}» ({pointer}) har inga rad i arket «{sheet}»: teke vare på (ein import slettar aldri noko; slett det i sjølve planen)',
  sheetEntryNoRow: '{entryKind} {n} for indikator «{indicator}» ({pointer}) har inga rad i arket «{sheet}»: teke vare på (ein import slettar aldri noko; slett det i sjølve planen)',
  sheetCell: "ark «{sheet}», rad {row}, kolonne {column}{columnTitle}{target}",
  sheetRow: "ark «{sheet}», rad {row}",
  sheetExpected: "venta {cellExpected}; fekk {got}",
  sheetNoActor: "«{ref}» er ingen aktør i planen; venta referansar som {examples}, skilde med «;»",
  sheetMeasureNeeds: "eit tiltak må ha {missing}; cella er tom",
  sheetUnknownMeasure: "ikkje noko tiltak i planen har id-en «{id}»; la id-en stå tom for eit nytt tiltak",
  sheetMeasureTwice: "tiltaket «{id}» har alt ei rad; gje kvart tiltak éi rad",
  sheetNoChapter: "ikkje noko kapittel har id-en {cell}; venta eitt av {chapters}",
  sheetNewMeasureNoChapterColumn: "eit nytt tiltak (utan id) treng kapittelet sitt: legg til kapittelkolonnen",
  sheetNewMeasureNoTextColumn: "eit nytt tiltak (utan id) treng teksten sin: legg til tekstkolonnen",
  sheetNewMeasureNoText: "eit nytt tiltak (utan id) treng teksten sin; cella er tom",
  sheetMilestoneNoMeasure: "eit delmål treng id-en til tiltaket sitt",
  sheetMilestoneUnknownMeasure: "ikkje noko tiltak i planen har id-en «{id}»",
  sheetUnknownMilestone: "tiltaket «{measure}» har ikkje noko delmål «{id}»; la id-en stå tom for eit nytt delmål",
  sheetMilestoneTwice: "delmålet «{id}» har alt ei rad",
  sheetNewMilestoneNoText: "eit nytt delmål (utan id) treng teksten sin",
  sheetMilestoneNoText: "eit delmål må ha ein tekst; cella er tom",
  sheetNoIndicator: "ingen indikator i planen har id-en {cell}",
  sheetNoIndicatorOf: "ingen indikator i planen har id-en {cell}; venta ein av {indicators}",
  sheetEntryEmpty: "venta «target» (mål) eller «actual» (resultat); cella er tom",
  sheetUnknownEntry: "indikator «{indicator}» har ikkje noko {entryKind} nummer {n} i denne perioden (år, start, slutt); la nummeret stå tomt for å leggje til ein verdi",
  sheetEntryTwice: "denne verdien har alt ei rad",
  csvTableGuessed: "tabellen {table}, ut frå overskriftsrada i CSV-fila",
  docLanguageGuessed: "språket er {language}, ut frå standardoverskriftene",
  docTitle: "den første overskrifta «{text}» er tittelen på planen",
  docContents: "innhaldslista vert ikkje teken vare på som tekst: attgjevinga lagar ho; titlar som avvik, vert tocTitle",
  docSummaryTitle: "«{text}» er tittelen på samandraget",
  docChapterStarts: "overskrift på nivå {level} «{text}» byrjar kapittel {number}",
  docStandardSection: "«{text}» er standarddelen {section}",
  docMeasureTableTitle: "«{text}» er tittelen på tiltakstabellen under han",
  docMeasureNumbered: "ei tiltaksrad utan «N)» får nummer {number}",
  docMeasureRows: "{count} tabellrader lesne som tiltak",
  docMilestoneRows: "dei {count} radene i delmålstabellen er delmåla til tiltaket",
  docPriorityStated: "tiltak i feit skrift er prioriterte for {year} (slik dokumentet seier)",
  docPriorityFirstYear: "tiltak i feit skrift er prioriterte for {year} (det første året i planen)",
  docChapterKinds: "det første kapittelet er innleiinga, kapittel med mål som tittel er mål, dei andre «other»",
  docNoTitle: "inga tittel-overskrift før det første kapittelet: tittelen er «Imported plan»",
  docNoPeriod: "ingen periode «ÅÅÅÅ-ÅÅÅÅ» i tittelen: perioden er {year}",
  embeddedWholePlan: "heile planen ← kopien sida har med seg ({part}), nøyaktig slik han vart attgjeven; teksten på sida vart ikkje lesen",
  embeddedWholePlanAt: "heile planen ← kopien sida har med seg ({part}, linje {line}), nøyaktig slik han vart attgjeven; teksten på sida vart ikkje lesen",
  headingLanguage: 'språket i overskriftene i eit dokument er nb, nn eller en (fekk «{lang}»): vel eitt av dei under Importval, eller la språket verte gissa',
  notLanguageTag: '«{lang}» er ikkje ein språkkode (BCP 47, som nb, en eller en-GB): rett han under Importval, eller la feltet stå tomt for «en»',
  fileTooLarge: "fila er {size} MB; høgst {max} MB vert lesne. Sjekk at dette er fila med planen.",
  sheetNeedsPlan: "eit rekneark har endringar i ein plan, ikkje ein heil plan: opna først planen arket vart eksportert frå, og opna så arket for å leggje det inn",
  sheetNeedsValidPlan: "den opne planen har feil: rett dei (sjå Problem) før eit rekneark vert lagt inn i han",
  csvNotUtf8: "CSV-fila er ikkje UTF-8-tekst; lagra ho som UTF-8-CSV og opna ho igjen",
  notUtf8: "fila er ikkje UTF-8-tekst; lagra ho som UTF-8 og opna ho igjen",
  resultingPlan: "planen det ville gitt: {pointer}: {message}",
  docxWholePlan: "heile planen ← kopien dokumentet har med seg ({part}), nøyaktig slik han vart attgjeven; teksten i dokumentet vart ikkje lesen, så endringar gjorde i Word er ikkje med",
  sheetsNotCarried: "{field}: ikkje overført for {count} {things} (ingen kolonne i tabellen {table}): {pointers}",
  sheetsNotCarriedMany: "{field}: ikkje overført for {count} {things} (ingen kolonne i tabellen {table}), til dømes {pointers} og {more} til",
  sheetsNoRow: "ingen mål eller resultat, så inga rad: ikkje overført for {count} {things}: {pointers}",
  sheetsNoRowMany: "ingen mål eller resultat, så inga rad: ikkje overført for {count} {things}, til dømes {pointers} og {more} til",
  sheetsOtherTable: "tabellen {table}: eksporter han med CSV-tabellvalet",
  sheetsOtherTables: "tabellane {table} og {other}: eksporter dei med CSV-tabellvalet",
  sheetsOtherParts: "dei andre delane av planen (teksten i kapitla, strategi, klynge, …): eit rekneark fører endringar inn i planen det kom frå",
  sheetsOtherLanguages: "tekstar på {languages}: berre «{language}» vert skriven",
  stratmlNotCarried: "{what}: {count} på {pointers}",
  stratmlNotCarriedMany: "{what}: {count} på {pointers} og {more} til",
  stratmlOtherLanguages: "tekstar på {languages}: berre «{language}» vert skriven (ei StratML-fil har eitt språk; eksporter på nytt med eit anna språk under Eksportval)",
  docStatusHistory: "«{label}» er statushistorikken ({count} endringar)",
  docMeasureStatus: "«{item}» er statusen til tiltaket {status}",
  docUndefinedActors: '«{item}» nemner aktørar eller indikatorar som dokumentet ikkje definerer; teke vare på under extensions["{ext}"].{field} til tiltaket',
  docTagsKept: '«{item}»: merkelappane er tekne vare på slik dei står, under extensions["{ext}"].tags til tiltaket (ein merkelapp kan ha komma)',
  docUnknownFact: 'opplysninga «{item}» er ikkje ei importen les; teken vare på under extensions["{ext}"] til tiltaket',
  docHeadingOutside: 'overskrifta «{text}» står utanfor alle kapittel; teken vare på under extensions["{ext}"]',
  docAdoption: "«{text}…» er vedtaket (dato {date})",
  docBeforeFirstChapter: '{kind} før det første kapittelet; teke vare på under extensions["{ext}"]',
  docSummaryIntro: "«{text}…» er innleiinga til samandraget",
  docSummaryOutside: '{kind} i samandraget utanfor punktet til eit kapittel; teke vare på under extensions["{ext}"]',
  docFootnote: "«{text}…» er ei fotnote til tiltak {number}",
  docMeasureDetails: "«{text}» byrjar detaljane for tiltak {number}",
  docMilestoneCaption: "«{text}» er tittelen på delmålstabellen",
  docOtherTable: 'ein tabell som ikkje er ein tiltakstabell (overskrift {header}); teken vare på under extensions["{ext}"]',
  docStartNotYear: 'tiltak {number}: starten «{year}» er ikkje eit år; teken vare på under extensions["{ext}"] til tiltaket',
  docGlossary: "nøkkelen «{key} …» vart ordlista til planen ({count} oppføringar, som termar)",
  docRowNoMeasure: "rada «{text}» nemner ikkje noko tiltak i kapitla i dokumentet; utelaten",
  docAppendixStatusDiffers: "vedlegget seier «{written}», detaljane til tiltaket {status}: detaljane vert haldne på",
  docNotAStatus: '«{written}» er ikkje ein status på {language} ({statuses}); teken vare på under extensions["{ext}"] til tiltaket',
  docFactsStatuses: "«{label}»: statusen til kvart tiltak som er oppført",
  docFactsResponsible: '«{label}»: ansvarlege aktørar er namn, og dokumentet definerer ikkje aktørane; teke vare på under extensions["{ext}"].responsible til kvart tiltak',
  docStandardList: "«{text}», ei liste blant standarddelane på slutten av kapittelet, er standarddelen {section} med ein eigen tittel",
  docSummaryPriority: "prioriteringa i samandraget for {year} viser til tiltaka i kapittelet i feit skrift",
  docHorizonEmpty: "ei horisont-overskrift utan liste over mål er utelaten",
  docAppendix: '«{text}» og det som følgjer, er vedlegget til attgjevinga (opplysningar frå planfila, ikkje teksten): ikkje lese som kapittel; teke vare på under extensions["{ext}"], bortsett frå tabellen over statusen til tiltaka, som vert lesen (importer HTML- eller Word-attgjevinga for å få alle opplysningar nøyaktig attende)',
  docWordStyling: "teksten er teken vare på, ikkje Word-formateringa: {detail}",
  zipTooManyEntries: "{format}-fila har meir enn {entries} delar; ho vert avvist som ei mogleg ZIP-bombe.",
  zipEntryTooLarge: "Delen {entry} i {format}-fila vert pakka ut til {size}; høgst {max} per del vert lesne.",
  zipTooLarge: "{format}-fila vert pakka ut til meir enn {max}; ho vert avvist som ei mogleg ZIP-bombe.",
  notZip: "Dette er ikkje ei {format}-fil: det er ikkje ein ZIP-pakke ({detail}).",
  zipRatio: "{format}-fila vert {times} gonger større utpakka enn pakka ({size}); meir enn {ratio}:1 vert avvist som ei mogleg ZIP-bombe.",
  hintFewEntries: "Sjekk at dette er dokumentet du meinte; ein plan treng nokre dusin delar.",
  hintLargeMedia: "Fjern store innebygde bilete og medium frå dokumentet, eller del det opp.",
  hintSaveDocx: "Lagra dokumentet frå Word eller LibreOffice som .docx, eller opna ei Markdown-fil.",
  hintMeantDocument: "Sjekk at dette er dokumentet du meinte.",
  docxTooDeep: "Word-dokumentet har tabellar eller lister nesta meir enn {depth} nivå djupt.",
  hintFlattenTables: "Gjer dei nesta tabellane eller listene flatare.",
  docxTooLarge: "Word-dokumentet er {bytes} byte; høgst {max} vert lesne.",
  notDocx: "Denne ZIP-pakken er ikkje ei DOCX-fil (Word): han har ingen word/document.xml.",
  hintNotDocx: "Lagra dokumentet frå Word eller LibreOffice som .docx (ei .xlsx- eller .odt-fil vert ikkje lesen her).",
  docxUnreadable: "Word-dokumentet kan ikkje lesast: {detail}.",
  hintSaveAgainDocx: "Opna det i Word eller LibreOffice og lagra det på nytt som .docx.",
  markdownTooLarge: "Markdown-dokumentet har {length} teikn; høgst {max} vert lesne.",
  hintSplitMarkdown: "Del opp dokumentet, eller sjekk at dette er planen og ikkje ei anna fil.",
  markdownTooDeep: "Markdown-dokumentet har blokker nesta {level} nivå djupt på linje {line}; høgst {max} nivå vert lesne.",
  hintFlattenLists: "Gjer dei nesta listene eller sitata flatare.",
  xlsxNoWorkbook: "denne ZIP-pakken er ikkje ei XLSX-arbeidsbok (han har ingen xl/workbook.xml); lagra arket frå Excel eller LibreOffice som .xlsx",
  xlsxNotZip: "dette er ikkje ei XLSX-arbeidsbok: det er ikkje ein ZIP-pakke; lagra arket som .xlsx, eller opna ei CSV-fil",
  xlsxDoctype: "delen {part} av arbeidsboka erklærer ein DTD eller entitetar (<!DOCTYPE>, <!ENTITY>), som rekneark aldri skriv; ho vert avvist (entitetsutviding, eksterne entitetar). Lagra arket på nytt frå Excel eller LibreOffice.",
  xlsxUnreadable: "arbeidsboka kan ikkje lesast: {detail}; lagra ho på nytt frå Excel eller LibreOffice som .xlsx",
  csvUnreadable: "CSV-fila kan ikkje lesast: {detail}",
  csvTooManyRows: "CSV-fila har {rows} rader; høgst {max} vert lesne",
  csvTooManyCells: "CSV-fila har {cells} celler; høgst {max} vert lesne",
  csvMissingColumns: "rad 1: overskriftsrada har ingen kolonne {columns}, som knyter radene til planen; eksporter tabellen {table} som CSV på nytt, vald under «Tabellen i CSV-eksporten» i Eksportval",
  csvUnknownColumn: "kolonnen «{title}» er ikkje ein av kolonnane i tabellen {table}; han vart ikkje lesen",
  xlsxUnknownSheet: "arket «{sheet}» er ikkje ein av tabellane i planen ({tables}); det vart ikkje lese",
  xlsxTooManyRows: "arket «{sheet}» har {rows} rader; høgst {max} vert lesne. Del opp arket, eller sjekk at det er arket til planen.",
  xlsxTooManyCells: "arket «{sheet}» har {cells} celler; høgst {max} vert lesne. Fjern kolonnar planen ikkje brukar.",
  xlsxMissingColumns: "ark «{sheet}», rad 1: overskriftsrada har ingen kolonne {columns}, som knyter radene til planen; eksporter planen på nytt og endra i det arket",
  xlsxUnknownColumn: "ark «{sheet}»: kolonnen «{title}» er ikkje ein planen kjenner; han vart ikkje lesen",
  xmlNotWellFormed: "fila er ikkje velforma XML: {detail}",
  xmlUnknownEntity: "ukjend entitet {entity}: fila kan berre bruke &amp; &lt; &gt; &quot; &apos; og teiknreferansar som &#160;",
  xmlDoctype: "ei DOCTYPE-erklæring vert ikkje godteken i fila (entitetar vert aldri utvida eller henta); fjern ho",
  xmlNoElement: "fila har ikkje noko XML-element; venta ei StratML-fil",
  xmlTooDeep: "elementa er nesta djupare enn {max} nivå; sjekk at dette er fila med planen",
  embeddedPartNotWellFormed: "{part}: delen er ikkje velforma XML: {detail}",
  embeddedChangedPage: "{part}: kopien av planen vart endra etter at han vart attgjeven (sjekksummen seier {checksum}, teksten gjev {actual}), så han vert ikkje importert; attgje planen på nytt frå kjelda, eller opna den eigne fila til planen",
  embeddedChangedDocx:
    "{part}: kopien av planen vart endra etter at han vart attgjeven (sjekksummen seier {checksum}, teksten gjev {actual}), så han vert ikkje importert; attgje planen på nytt frå kjelda, eller ta bort haken ved «Eit Word-dokument laga av actionplan: ta planen dokumentet har med seg» under Importval og opna dokumentet på nytt for å lese teksten",
  embeddedNotJson: "{part}: kopien av planen er ikkje gyldig JSON: {detail}",
  embeddedNotValid: "{part}: kopien av planen er ikkje gyldig ved {pointer}: {message}",
  embeddedNone:
    'sida har ingen kopi av planen med seg (<script type="application/json" id="{id}">): ho vart attgjeven utan, eller av eit anna program. Opna den eigne fila til planen (JSON eller YAML), eller Word- eller Markdown-utgåva av henne; ei side studioet eksporterer som HTML, har planen med seg',
  embeddedScriptType: '<script id="{id}"> har typen {type}; venta "application/json"',
  embeddedMany: "sida har {count} kopiar av planar med seg; den første vart lesen",
  embeddedDoctype: "{part}: ei DOCTYPE-erklæring vert ikkje godteken i delen med planen (entitetar vert aldri utvida)",
  embeddedElements: "{part}: <plan> inneheld element; venta planen berre som JSON-tekst",
  stratmlNotStratml: "venta eit StratML-element <StrategicPlan> (del 1) eller <PerformancePlanOrReport> (del 2), fann <{found}>",
  stratmlForeignNamespace: "<{name}> er i namnerommet {namespace}, som ikkje er namnerommet til StratML; venta {expected}",
  stratmlNoCore: "<{name}> har ingen <StrategicPlanCore>: ei StratML-plan har måla sine der",
  stratmlNoDate: "fila har ingen dato å ta perioden til planen frå: legg til <AdministrativeInformation> med <StartDate> og <EndDate> (ÅÅÅÅ-MM-DD)",
  stratmlNoChapter: "fila har ingen <Goal> og ingen <Description>: ein plan treng minst eitt kapittel",
  stratmlOlderName: "<{name}> er eit eldre namn på <{newer}>; lesen som <{newer}>",
  stratmlNoNamespace: "<{name}> har ikkje noko namnerom; lesen som StratML del {part} ({expected})",
  stratmlDraftNamespace: "<{name}> er i namnerommet {namespace} frå eit tidlegare utkast til StratML; lesen som del {part} ({expected})",
  stratmlNoName: "<{name}> har ingen <Name>; tittelen på planen står tom, så du kan fylle han inn",
  stratmlNoType: "<PerformancePlanOrReport> har ikkje noko Type-attributt; lesen som ein Performance_Plan",
  stratmlOlderIndicatorType: 'attributtet IndicatorType er eit eldre namn på PerformanceIndicatorType; lesen som PerformanceIndicatorType="{type}"',
  stratmlUnitsNotNumber: "<NumberOfUnits> «{units}» er ikkje eit tal; teken vare på som den skildrande verdien til resultatet",
  stratmlUnmapped: '<{element}> ({path}) er ikkje eit StratML-element denne importen fører over; teke vare på under extensions["{extension}"].unmapped',
  stratmlUndated: 'indikator {id}: {count} MeasurementInstance-element utan dato eller utan verdi er tekne vare på under extensions["{extension}"] (ein periode treng ein dato, ei oppføring ein verdi eller ei skildring)',
  stratmlLeftParent: "{pointer}: organisasjonen han er ein del av ({parent}): organisasjonar i StratML kan ikkje liggje inni kvarandre",
  stratmlLeftAffiliations: "{pointer}: tilknytingane til personen: ein interessent i StratML nemner ingen organisasjon han høyrer til",
  stratmlLeftContact: "{pointer}: kontaktopplysningane til personen: StratML har dei berre for innsendaren",
  stratmlLeftLabel: "{pointer}: etiketten «{label}» til målet: SequenceIndicator for eit Goal er nummeret til kapittelet",
  stratmlLeftObjectiveTags: "{pointer}: merkelappane til målet: StratML har ingen merkelappar",
  stratmlLeftFocusAreas: "{pointer}: innsatsområda målet tener: StratML har ingen innsatsområde",
  stratmlLeftMeasuresIntro: "{pointer}: teksten som leier inn til tiltaka: eit Goal i StratML har ikkje plass til han",
  stratmlLeftRole: "{pointer}: rolla «{role}»: interessentane til tiltaket er dei den importerte StratML-fila gav",
  stratmlLeftRoleNoActor: "{pointer}: rolla «{role}» nemner ingen aktør ({holder}): ein interessent i StratML er nokon med namn",
  stratmlLeftRolePart1: "{pointer}: rolla «{role}» til {actor}: interessentar i del 1 har ingen roller (interessenten vert skriven)",
  stratmlLeftRoleAsks: "{pointer}: det rolla ber om: interessentar i del 1 har ingen roller",
  stratmlLeftMeasureTags: "{pointer}: merkelappane til tiltaket: StratML har ingen merkelappar",
  stratmlIdRenamed: "{where}: Identifier «{value}» skriven som «{id}» (ein xsd:ID må vere eit XML-namn)",
  stratmlIdTwice: "{where}: Identifier «{id}» er brukt to gonger; skriven som «{renamed}» (ein xsd:ID er eintydig i eit dokument)",
  stratmlNotADate: "{where}: {name} «{value}» er ikkje ein dato (ÅÅÅÅ-MM-DD); ikkje overført",
  stratmlAdminIdentifier: "AdministrativeInformation: Identifier «{identifier}» ikkje overført (del 1 har ikkje plass til han)",
  stratmlSourceNotUri: "AdministrativeInformation: Source «{source}» er ikkje ein URI; ikkje overført",
  stratmlSubmitterIdentifier: "Submitter: Identifier «{identifier}» ikkje overført (del 1 har ikkje plass til han)",
  stratmlStakeholderRoles: "{where}: interessenten «{name}»: {count} rolle(r) ikkje overført (interessentar i del 1 har ingen roller)",
  stratmlPart1Indicators: "{where}: {count} resultatindikator(ar) ikkje overført (del 1 har ingen; vel ein StratML-type frå del 2 under Eksportval)",
  stratmlUnitsRounded: "{where}, {name}: NumberOfUnits {units} skriven som {written} (xsd:decimal har {digits} siffer slik validatorar les han)",
};

/** What a sheet's column holds, as a cell that is not that is told (the CLI's `CELL_EXPECTED`), in bokmål and nynorsk. */
const EXPECTED_WORDS: Record<"nb" | "nn", Record<keyof typeof CELL_EXPECTED, string>> = {
  nb: {
    integer: "et heltall",
    boolean: "true eller false (eller ja/nei), eller ingenting",
    yearOrDate: "et år som 2026 eller en dato som 2026-03-31",
    date: "en dato som 2026-03-31",
    status: `en status: en av ${STATUSES.join(", ")}`,
    entry: "«target» (mål) eller «actual» (resultat)",
    years: "år som 2025, 2026",
  },
  nn: {
    integer: "eit heiltal",
    boolean: "true eller false (eller ja/nei), eller ingenting",
    yearOrDate: "eit år som 2026 eller ein dato som 2026-03-31",
    date: "ein dato som 2026-03-31",
    status: `ein status: ein av ${STATUSES.join(", ")}`,
    entry: "«target» (mål) eller «actual» (resultat)",
    years: "år som 2025, 2026",
  },
};

/** The CLI's English of what a column holds, as a value's words: English → `language`. */
const expectedIn = (language: "nb" | "nn"): Record<string, string> =>
  Object.fromEntries((Object.keys(CELL_EXPECTED) as (keyof typeof CELL_EXPECTED)[]).map((type) => [CELL_EXPECTED[type], EXPECTED_WORDS[language][type]]));

/** Each language's wordings. */
export const REPORT_WORDS_BY_LANGUAGE: Record<StudioLanguage, Record<ReportWordCode, string>> = { en: REPORT_WORDS_EN, nb: REPORT_WORDS_NB, nn: REPORT_WORDS_NN };

/** A report line in the studio's three languages. */
export type Worded = Record<StudioLanguage, string>;

/** A changed or read cell's empty value (the CLI's "(empty)"), the same in bokmål and nynorsk. */
const EMPTY_WORDS = { [EMPTY_CELL]: "(tom)" };
/** What a StratML export counts of the elements an import kept (the exporter's phrase). */
const UNMAPPED = `elements an import kept under extensions["${STRATML_EXTENSION}"].unmapped`;

/**
 * The words of values that come from a closed set of English words: a cell's empty value (the CLI's "(empty)"), what
 * a sheet's column holds, a target or an actual, the things and tables an export's notice counts, and what StratML has
 * no place for. By the value's name;
 * any other value (a field's name, a JSON Pointer, a count) is shown as it is.
 */
export const VALUE_WORDS: Record<"nb" | "nn", Record<string, Record<string, string>>> = {
  nb: {
    from: EMPTY_WORDS,
    to: EMPTY_WORDS,
    cell: EMPTY_WORDS,
    cellExpected: expectedIn("nb"),
    entryKind: { target: "mål", actual: "resultat" },
    missing: { text: "en tekst", number: "et nummer" },
    things: { measure: "tiltak", measures: "tiltak", milestone: "delmål", milestones: "delmål", indicator: "indikator", indicators: "indikatorer", "indicator period": "indikatorperiode", "indicator periods": "indikatorperioder", "target or actual": "mål eller resultat", "targets and actuals": "mål og resultater" },
    table: TABLE_WORDS_NB,
    other: TABLE_WORDS_NB,
    kind: { paragraph: "et avsnitt", list: "en liste", table: "en tabell", heading: "en overskrift", break: "et sideskift" },
    what: {
      "strategy objectives no chapter serves first": "strategimål som ikke noe kapittel tjener først",
      "indicators that track no measure (StratML puts indicators under objectives)": "indikatorer som ikke følger noe tiltak (StratML har indikatorer under mål)",
      "chapters' further objectives (a goal holds the first)": "kapitlenes øvrige mål (et Goal har det første)",
      "objective names that differ from their chapter's title": "navn på mål som avviker fra kapitlets tittel",
      "indicators' further tracks (an indicator sits under the first measure it tracks)": "indikatorenes øvrige tiltak (en indikator står under det første tiltaket den følger)",
      "publication.body and caseNumber": "publication.body og caseNumber",
      "the introduction chapter's title and id (its paragraphs are the plan's Description)": "innledningskapitlets tittel og id (avsnittene er planens Description)",
      "organisation register identifiers (StratML's Identifier is a document-local xsd:ID)": "organisasjonsnumre og andre registeridentifikatorer (StratMLs Identifier er en xsd:ID innenfor dokumentet)",
      "strategy.title (the plan's title is the document's Name)": "strategy.title (planens tittel er dokumentets Name)",
      "indicators: stage impact (StratML's value chain ends at Outcome)": "indicators: stage impact (verdikjeden i StratML slutter ved Outcome)",
      "indicators: baseline source": "indicators: kilden til utgangsverdien (baseline.source)",
      "indicators: entries' source": "indicators: kilden til mål og resultater (source)",
      "indicators: entries' evidence": "indicators: dokumentasjonen av mål og resultater (evidence)",
      "indicators: periods' notes": "indicators: merknadene til periodene (note)",
      [UNMAPPED]: `elementer en import tok vare på under extensions["${STRATML_EXTENSION}"].unmapped`,
      ...blockPhrases("nb"),
    },
    holder: { wanted: "ønsket", namedElsewhere: "navngitt utenfor planen", notStated: "ikke oppgitt" },
  },
  nn: {
    from: EMPTY_WORDS,
    to: EMPTY_WORDS,
    cell: EMPTY_WORDS,
    cellExpected: expectedIn("nn"),
    entryKind: { target: "mål", actual: "resultat" },
    missing: { text: "ein tekst", number: "eit nummer" },
    things: { measure: "tiltak", measures: "tiltak", milestone: "delmål", milestones: "delmål", indicator: "indikator", indicators: "indikatorar", "indicator period": "indikatorperiode", "indicator periods": "indikatorperiodar", "target or actual": "mål eller resultat", "targets and actuals": "mål og resultat" },
    table: TABLE_WORDS_NN,
    other: TABLE_WORDS_NN,
    kind: { paragraph: "eit avsnitt", list: "ei liste", table: "ein tabell", heading: "ei overskrift", break: "eit sideskift" },
    what: {
      "strategy objectives no chapter serves first": "strategimål som ikkje noko kapittel tener først",
      "indicators that track no measure (StratML puts indicators under objectives)": "indikatorar som ikkje følgjer noko tiltak (StratML har indikatorar under mål)",
      "chapters' further objectives (a goal holds the first)": "dei andre måla til kapitla (eit Goal har det første)",
      "objective names that differ from their chapter's title": "namn på mål som avvik frå tittelen på kapittelet",
      "indicators' further tracks (an indicator sits under the first measure it tracks)": "dei andre tiltaka til indikatorane (ein indikator står under det første tiltaket han følgjer)",
      "publication.body and caseNumber": "publication.body og caseNumber",
      "the introduction chapter's title and id (its paragraphs are the plan's Description)": "tittelen og id-en til innleiingskapittelet (avsnitta er Description i planen)",
      "organisation register identifiers (StratML's Identifier is a document-local xsd:ID)": "organisasjonsnummer og andre registeridentifikatorar (Identifier i StratML er ein xsd:ID innanfor dokumentet)",
      "strategy.title (the plan's title is the document's Name)": "strategy.title (tittelen på planen er Name i dokumentet)",
      "indicators: stage impact (StratML's value chain ends at Outcome)": "indicators: stage impact (verdikjeda i StratML sluttar ved Outcome)",
      "indicators: baseline source": "indicators: kjelda til utgangsverdien (baseline.source)",
      "indicators: entries' source": "indicators: kjelda til mål og resultat (source)",
      "indicators: entries' evidence": "indicators: dokumentasjonen av mål og resultat (evidence)",
      "indicators: periods' notes": "indicators: merknadene til periodane (note)",
      [UNMAPPED]: `element ein import tok vare på under extensions["${STRATML_EXTENSION}"].unmapped`,
      ...blockPhrases("nn"),
    },
    holder: { wanted: "ønskt", namedElsewhere: "namngjeven utanfor planen", notStated: "ikkje oppgjeve" },
  },
};

/**
 * What a StratML export counts of a narrative's blocks other than paragraphs, in bokmål and nynorsk: the exporter says
 * "{where}: {type} blocks (only paragraphs are written)" for each place a narrative has and each kind of block.
 */
function blockPhrases(language: "nb" | "nn"): Record<string, string> {
  const places = {
    nb: { "introduction chapter": "innledningskapitlet", "chapters' content": "kapitlenes innhold", "measures' descriptions": "tiltakenes beskrivelser" },
    nn: { "introduction chapter": "innleiingskapittelet", "chapters' content": "innhaldet i kapitla", "measures' descriptions": "skildringane av tiltaka" },
  }[language];
  const kinds = {
    nb: { list: "lister", thematicBreak: "skillelinjer", placeholder: "plassholdere", section: "seksjoner" },
    nn: { list: "lister", thematicBreak: "skiljeliner", placeholder: "plasshaldarar", section: "seksjonar" },
  }[language];
  const only = { nb: "bare avsnitt skrives", nn: "berre avsnitt vert skrivne" }[language];
  const phrases: Record<string, string> = {};
  for (const [where, place] of Object.entries(places)) for (const [type, kind] of Object.entries(kinds)) phrases[`${where}: ${type} blocks (only paragraphs are written)`] = `${place}: ${kind} (${only})`;
  return phrases;
}

/** `values` as `language` shows them: a value from a closed set of English words in that language's words. */
const valuesIn = (language: "nb" | "nn", values: ReportValues): ReportValues =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "string" ? (VALUE_WORDS[language][name]?.[value] ?? value) : value]));

/** The line `code` with `values` in each of the studio's languages. */
export function wordAll(code: ReportWordCode, values: ReportValues = {}): Worded {
  return { en: fillWording(REPORT_WORDS_EN[code], values), nb: fillWording(REPORT_WORDS_NB[code], valuesIn("nb", values)), nn: fillWording(REPORT_WORDS_NN[code], valuesIn("nn", values)) };
}

/** A coded line in each of the studio's languages, after its place and ": " when it has one (a sheet's cell or row). */
export function wordNote(note: ReportNote): Worded {
  const line = wordAll(note.code, note.values);
  if (note.place === undefined) return line;
  const place = wordNote(note.place);
  return { en: `${place.en}: ${line.en}`, nb: `${place.nb}: ${line.nb}`, nn: `${place.nn}: ${line.nn}` };
}

/** A line of an importer's report in the three languages when the importer coded it (`notes`), else undefined (it stays English). */
export function wordedLine(line: string, notes: ReportNotes | undefined): Worded | undefined {
  const note = notes?.get(line);
  return note === undefined ? undefined : wordNote(note);
}

/** The places a document's notes name, in bokmål and nynorsk: the parts of a document, and "chapter"/"measure". */
const PLACE_WORDS: Record<"nb" | "nn", { parts: Record<string, string>; chapter: string; measure: string; appendix: string }> = {
  nb: { parts: { plan: "planen", front: "forsiden", contents: "innholdsfortegnelsen", summary: "sammendraget", body: "teksten", appendix: "vedlegget", docx: "docx" }, chapter: "kapittel", measure: "tiltak", appendix: "vedlegget" },
  nn: { parts: { plan: "planen", front: "framsida", contents: "innhaldslista", summary: "samandraget", body: "teksten", appendix: "vedlegget", docx: "docx" }, chapter: "kapittel", measure: "tiltak", appendix: "vedlegget" },
};

/**
 * The place before a document's note ("chapter II (measure 3)", "appendix (chapter II, measure 3)", "plan") in each
 * of the studio's languages; a section's own title after "/" stays as written.
 */
export function placeAll(where: string): Worded {
  const inLanguage = (language: "nb" | "nn"): string => {
    const words = PLACE_WORDS[language];
    const part = words.parts[where];
    if (part !== undefined) return part;
    const appendix = /^appendix \(chapter (\S+), measure (\S+)\)$/.exec(where);
    if (appendix !== null) return `${words.appendix} (${words.chapter} ${appendix[1]}, ${words.measure} ${appendix[2]})`;
    const chapter = /^chapter (\S+)(?: \(measure (\S+)\))?(.*)$/s.exec(where);
    if (chapter === null) return where;
    return `${words.chapter} ${chapter[1]}${chapter[2] === undefined ? "" : ` (${words.measure} ${chapter[2]})`}${chapter[3] ?? ""}`;
  };
  return { en: where, nb: inLanguage("nb"), nn: inLanguage("nn") };
}
