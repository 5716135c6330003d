// Generates large, valid plans for the benchmarks.

/** A plan with `measureCount` measures in chapters of 50, each measure with references, priorities and footnotes. */
export function generatePlan(measureCount: number): Record<string, unknown> {
  const participants = Array.from({ length: 40 }, (_, index) => ({
    id: `participant-${index}`,
    name: { en: `Participant organisation number ${index}`, nb: `Deltakerorganisasjon nummer ${index}` },
    kind: index % 3 === 0 ? "university" : "municipality",
  }));
  const chapters = [];
  for (let start = 0, chapterIndex = 0; start < measureCount; start += 50, chapterIndex++) {
    const items = [];
    for (let number = 1; number <= Math.min(50, measureCount - start); number++) {
      const id = `m-${chapterIndex}-${number}`;
      items.push({
        id,
        number,
        text: `Measure ${number} of chapter ${chapterIndex}: the network will **develop** and *evaluate* a shared programme, see [the report](https://example.org/report-${number}).`,
        start: number % 4 === 0 ? `${2026 + (number % 3)}-0${1 + (number % 9)}-15` : 2026 + (number % 3),
        ...(number % 2 === 0 ? { status: "ongoing", end: 2030 } : { isNew: true }),
        ...(number % 5 === 0 ? { lead: `participant:participant-${number % 40}`, supporting: [`participant:participant-${(number + 3) % 40}`] } : {}),
        ...(number % 6 === 0
          ? { milestones: [{ id: `ms-${chapterIndex}-${number}`, text: "A first version of the programme is tried out.", due: `${2026 + (number % 3)}-12-31`, status: "planned" }], budget: { amount: 1000 * number, currency: "NOK" } }
          : {}),
        priorityYears: [2026 + (number % 3)],
        responsible: [`participant:participant-${number % 40}`, `participant:participant-${(number + 7) % 40}`],
        related: number > 1 ? [`measure:m-${chapterIndex}-${number - 1}`, `target:t-${chapterIndex}`] : [`target:t-${chapterIndex}`],
        ...(number % 10 === 0 ? { footnotes: ["Depends on funding from the regional research fund."] } : {}),
      });
    }
    chapters.push({
      id: `ch-${chapterIndex}`,
      number: String(chapterIndex + 1),
      title: { en: `Objective ${chapterIndex + 1}`, nb: `Mål ${chapterIndex + 1}` },
      kind: "other",
      content: [
        { type: "paragraph", text: "Why the work in this chapter matters to the members of the network." },
        { type: "list", items: ["First point of the narrative.", "Second point of the narrative."] },
      ],
      horizon: { year: 2028, targets: [{ id: `t-${chapterIndex}`, text: "What should be true by the horizon year." }] },
      measures: { items },
    });
  }
  return {
    schemaVersion: "2.0",
    id: `bench-${measureCount}`,
    language: "en",
    languages: ["nb"],
    title: `A generated plan with ${measureCount} measures`,
    period: { start: 2026, end: 2028 },
    status: "draft",
    cluster: { name: "A generated network", participants },
    chapters,
  };
}
