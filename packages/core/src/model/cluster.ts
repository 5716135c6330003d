import { z } from "zod";
import { ORGANISATION_KINDS } from "../open-kinds.js";
import { Extensions, Id, IsoDate, Period, PlainString, Text, Year, refSchema } from "./primitives.js";

/**
 * A kind of organisation the model knows (`ORGANISATION_KINDS`); an organisation's `kind` also takes any other word.
 *
 * @example
 * ```ts
 * import { OrganisationKind } from "@actionplan/core";
 *
 * const value = OrganisationKind.parse("university-college");
 * ```
 */
export const OrganisationKind = z.enum(ORGANISATION_KINDS).meta({
  id: "OrganisationKind",
  title: "OrganisationKind",
  description: "A kind of organisation the model knows (`ORGANISATION_KINDS`); an organisation's `kind` also takes any other word.",
});
/** A kind of organisation the model knows (`ORGANISATION_KINDS`); an organisation's `kind` also takes any other word. */
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export { ORGANISATION_KINDS } from "../open-kinds.js";

/**
 * What sort of organisation it is: one of the known kinds (`ORGANISATION_KINDS`) or any other short word, such as `foundation`.
 *
 * @example
 * ```ts
 * import { OpenOrganisationKind } from "@actionplan/core";
 *
 * OpenOrganisationKind.parse("university"); // a known kind
 * OpenOrganisationKind.parse("foundation"); // any other kind
 * ```
 */
export const OpenOrganisationKind = PlainString.min(1).meta({
    id: "OpenOrganisationKind",
    title: "OpenOrganisationKind",
    description:
      "What sort of organisation it is: one of the known kinds (`ORGANISATION_KINDS`) or any other short word, such as `foundation`.",
    examples: [...ORGANISATION_KINDS],
  });
/** What sort of organisation it is: one of the known kinds (`ORGANISATION_KINDS`) or any other short word, such as `foundation`. */
export type OpenOrganisationKind = z.infer<typeof OpenOrganisationKind>;

/**
 * An identifier of an organisation in a register: the register's code (an org-id.guide prefix such as `NO-BRC`) and the id in it.
 *
 * @example
 * ```ts
 * import { OrganisationIdentifier } from "@actionplan/core";
 *
 * const value = OrganisationIdentifier.parse({ "scheme": "NO-BRC", "id": "974760673" });
 * ```
 */
export const OrganisationIdentifier = z
  .strictObject({
    /** The register: an org-id.guide list code such as `NO-BRC` (Norway's Brønnøysund register) or `GB-COH`. */
    scheme: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
      .describe("The register: an org-id.guide list code such as `NO-BRC` (Norway's Brønnøysund register) or `GB-COH`."),
    /** The organisation's id in that register, as the register writes it. */
    id: PlainString.min(1).describe("The organisation's id in that register, as the register writes it."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "OrganisationIdentifier",
    title: "OrganisationIdentifier",
    description:
      "An identifier of an organisation in a register: the register's code (an org-id.guide prefix such as `NO-BRC`) and the id in it.",
  });
/** An identifier of an organisation in a register: the register's code (an org-id.guide prefix such as `NO-BRC`) and the id in it. */
export type OrganisationIdentifier = z.infer<typeof OrganisationIdentifier>;

/** The kinds of organisation a parent, an affiliation or a role's organisation may point at. */
const ORGANISATION_REF_KINDS = ["participant", "partner", "organisation"] as const;

/**
 * A count of members or participants, exact or approximate, as of a date or year.
 *
 * @example
 * ```ts
 * import { MemberCount } from "@actionplan/core";
 *
 * const value = MemberCount.parse({
 *   "value": 140,
 *   "approximate": true,
 *   "of": "members",
 *   "asOf": "2024-05-01"
 * });
 * ```
 */
export const MemberCount = z
  .strictObject({
    /** The number counted. */
    value: z.int().min(0).describe("The number counted."),
    /** Whether the number is approximate ("nearly 140"). */
    approximate: z.boolean().optional().describe('Whether the number is approximate ("nearly 140").'),
    /** What was counted, e.g. members or participating organisations. */
    of: Text.optional().describe("What was counted, e.g. members or participating organisations."),
    /** The date the count holds for. */
    asOf: z.union([IsoDate, Year]).optional().describe("The date or year the count holds for."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "MemberCount",
    title: "MemberCount",
    description: "A count of members or participants, exact or approximate, as of a date or year.",
  });
/** A count of members or participants, exact or approximate, as of a date or year. */
export type MemberCount = z.infer<typeof MemberCount>;

/**
 * An organisation taking part in the cluster or network.
 *
 * @example
 * ```ts
 * import { Participant } from "@actionplan/core";
 *
 * const value = Participant.parse({
 *   "id": "riverbend-hospital",
 *   "name": "Riverbend Hospital Trust",
 *   "abbreviation": "RHT",
 *   "kind": "health-trust",
 *   "region": "Westshire",
 *   "healthRegion": "Western health region",
 *   "groups": [
 *     "group:west"
 *   ],
 *   "joined": 2021
 * });
 * ```
 */
export const Participant = z
  .strictObject({
    /** The participant's id, used as `participant:<id>`. */
    id: Id.describe("The participant's id, used as `participant:<id>`."),
    /** The organisation's full name. */
    name: Text.describe("The organisation's full name."),
    /** The abbreviation the plan uses for it, e.g. `UiB`. */
    abbreviation: PlainString.min(1).optional().describe("The abbreviation the plan uses for it, e.g. `UiB`."),
    /** What sort of organisation it is: a known kind or any other. */
    kind: OpenOrganisationKind.describe("What sort of organisation it is: a known kind or any other."),
    /** Its ids in registers such as Norway's Brønnøysund register (`NO-BRC`). */
    identifiers: z
      .array(OrganisationIdentifier)
      .optional()
      .describe("Its ids in registers such as Norway's Brønnøysund register (`NO-BRC`)."),
    /** The region (county, state, province) it belongs to. */
    region: Text.optional().describe("The region (county, state, province) it belongs to."),
    /** The health region it belongs to, for health services. */
    healthRegion: Text.optional().describe("The health region it belongs to, for health services."),
    /** The organisation it is part of: a participant, partner or other organisation. */
    parent: refSchema(ORGANISATION_REF_KINDS, "The organisation it is part of: a participant, partner or other organisation.").optional(),
    /** The sub-groups of the cluster it belongs to. */
    groups: z.array(refSchema(["group"])).optional().describe("The sub-groups of the cluster it belongs to."),
    /** When it joined the cluster: a year or a date. */
    joined: z.union([IsoDate, Year]).optional().describe("When it joined the cluster: a year or a date."),
    /** Its website. */
    url: z.url({ protocol: /^https?$/ }).optional().describe("Its website."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Participant", idKind: "participant", title: "Participant", description: "An organisation taking part in the cluster or network." });
/** An organisation taking part in the cluster or network. */
export type Participant = z.infer<typeof Participant>;

/**
 * A group within the cluster, such as a regional sub-group led by one participant.
 *
 * @example
 * ```ts
 * import { SubGroup } from "@actionplan/core";
 *
 * const value = SubGroup.parse({
 *   "id": "west",
 *   "name": "Western sub-group",
 *   "lead": "participant:riverbend-hospital",
 *   "members": [
 *     "participant:millbrook"
 *   ]
 * });
 * ```
 */
export const SubGroup = z
  .strictObject({
    /** The group's id, used as `group:<id>`. */
    id: Id.describe("The group's id, used as `group:<id>`."),
    /** The group's name. */
    name: Text.describe("The group's name."),
    /** The participant that leads the group. */
    lead: refSchema(["participant"], "The participant that leads the group.").optional(),
    /** The participants in the group besides the lead. */
    members: z.array(refSchema(["participant"])).describe("The participants in the group besides the lead."),
    /** What the group is for, or where it is described. */
    description: Text.optional().describe("What the group is for, or where it is described."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "SubGroup",
    idKind: "group",
    title: "SubGroup",
    description: "A group within the cluster, such as a regional sub-group led by one participant.",
  });
/** A group within the cluster, such as a regional sub-group led by one participant. */
export type SubGroup = z.infer<typeof SubGroup>;

/**
 * What sort of governance body it is.
 *
 * @example
 * ```ts
 * import { BodyKind } from "@actionplan/core";
 *
 * const value = BodyKind.parse("experience-panel");
 * ```
 */
export const BodyKind = z
  .enum([
    "steering-group",
    "experience-panel",
    "secretariat",
    "working-group",
    "strategy-group",
    "committee",
    "resource-group",
    "forum",
    "other",
  ])
  .meta({ id: "BodyKind", title: "BodyKind", description: "What sort of governance body it is." });
/** What sort of governance body it is. */
export type BodyKind = z.infer<typeof BodyKind>;

/**
 * One part of a body's composition: who sits in it, in what role.
 *
 * @example
 * ```ts
 * import { BodySeat } from "@actionplan/core";
 *
 * const value = BodySeat.parse({
 *   "role": "student-representatives",
 *   "description": "one master's student in music therapy",
 *   "count": 1
 * });
 * ```
 */
export const BodySeat = z
  .strictObject({
    /** The role these members hold. */
    role: z
      .enum([
        "participant-representatives",
        "experience-representatives",
        "student-representatives",
        "secretariat",
        "chair",
        "other",
      ])
      .describe("The role these members hold."),
    /** How the plan describes them. */
    description: Text.optional().describe("How the plan describes them."),
    /** How many seats of this kind, when known. */
    count: z.int().min(0).optional().describe("How many seats of this kind, when known."),
    /** At least this many seats, when the plan sets a minimum. */
    minimum: z.int().min(0).optional().describe("At least this many seats, when the plan sets a minimum."),
    /** The participants, partners or bodies these members represent. */
    represents: z
      .array(refSchema(["participant", "partner", "body"]))
      .optional()
      .describe("The participants, partners or bodies these members represent."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "BodySeat", title: "BodySeat", description: "One part of a body's composition: who sits in it, in what role." });
/** One part of a body's composition: who sits in it, in what role. */
export type BodySeat = z.infer<typeof BodySeat>;

/**
 * A governance body: steering group, experience panel, secretariat, working group, strategy group or committee.
 *
 * @example
 * ```ts
 * import { GovernanceBody } from "@actionplan/core";
 *
 * const value = GovernanceBody.parse({
 *   "id": "steering-group",
 *   "name": "Steering group",
 *   "kind": "steering-group",
 *   "period": {
 *     "start": 2025,
 *     "end": 2026
 *   },
 *   "composition": [
 *     {
 *       "role": "participant-representatives",
 *       "count": 6,
 *       "represents": [
 *         "participant:riverbend-university"
 *       ]
 *     },
 *     {
 *       "role": "experience-representatives",
 *       "minimum": 2
 *     }
 *   ],
 *   "host": "participant:riverbend-university"
 * });
 * ```
 */
export const GovernanceBody = z
  .strictObject({
    /** The body's id, used as `body:<id>`. */
    id: Id.describe("The body's id, used as `body:<id>`."),
    /** The body's name. */
    name: Text.describe("The body's name."),
    /** What sort of body it is. */
    kind: BodyKind.describe("What sort of body it is."),
    /** What the body does. */
    description: Text.optional().describe("What the body does."),
    /** The years the body sits, for bodies with a mandate period. */
    period: Period.optional().describe("The years the body sits, for bodies with a mandate period."),
    /** Who sits in the body. */
    composition: z.array(BodySeat).optional().describe("Who sits in the body."),
    /** The year the body was set up. */
    established: Year.optional().describe("The year the body was set up."),
    /** The participant that hosts the body (e.g. the secretariat's host). */
    host: refSchema(["participant"], "The participant that hosts the body (e.g. the secretariat's host).").optional(),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "GovernanceBody",
    idKind: "body",
    title: "GovernanceBody",
    description:
      "A governance body: steering group, experience panel, secretariat, working group, strategy group or committee.",
  });
/** A governance body: steering group, experience panel, secretariat, working group, strategy group or committee. */
export type GovernanceBody = z.infer<typeof GovernanceBody>;

/**
 * A post in the cluster, such as a coordinator for user participation.
 *
 * @example
 * ```ts
 * import { Post } from "@actionplan/core";
 *
 * const value = Post.parse({
 *   "id": "participation-coordinator",
 *   "title": "Coordinator for user participation",
 *   "body": "body:experience-panel",
 *   "established": 2023
 * });
 * ```
 */
export const Post = z
  .strictObject({
    /** The post's id, used as `post:<id>`. */
    id: Id.describe("The post's id, used as `post:<id>`."),
    /** The post's title. */
    title: Text.describe("The post's title."),
    /** What the post does. */
    description: Text.optional().describe("What the post does."),
    /** The body the post belongs to or reports to. */
    body: refSchema(["body"], "The body the post belongs to or reports to.").optional(),
    /** The year the post was set up. */
    established: Year.optional().describe("The year the post was set up."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Post", idKind: "post", title: "Post", description: "A post in the cluster, such as a coordinator for user participation." });
/** A post in the cluster, such as a coordinator for user participation. */
export type Post = z.infer<typeof Post>;

/**
 * A regional node of the cluster, from first dialogue to established.
 *
 * @example
 * ```ts
 * import { RegionalNode } from "@actionplan/core";
 *
 * const value = RegionalNode.parse({
 *   "id": "north",
 *   "region": "Northern health region",
 *   "status": "in-dialogue",
 *   "participants": [
 *     "participant:millbrook"
 *   ],
 *   "since": 2025
 * });
 * ```
 */
export const RegionalNode = z
  .strictObject({
    /** The node's id, used as `node:<id>`. */
    id: Id.describe("The node's id, used as `node:<id>`."),
    /** The region or health region the node serves. */
    region: Text.describe("The region or health region the node serves."),
    /** How far the node has come. */
    status: z.enum(["planned", "in-dialogue", "established", "discontinued"]).describe("How far the node has come."),
    /** The participants in the node. */
    participants: z.array(refSchema(["participant"])).optional().describe("The participants in the node."),
    /** The participant that coordinates the node. */
    coordinator: refSchema(["participant"], "The participant that coordinates the node.").optional(),
    /** The year the node reached its current status. */
    since: Year.optional().describe("The year the node reached its current status."),
    /** Notes on the node. */
    note: Text.optional().describe("Notes on the node."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "RegionalNode",
    idKind: "node",
    title: "RegionalNode",
    description: "A regional node of the cluster, from first dialogue to established.",
  });
/** A regional node of the cluster, from first dialogue to established. */
export type RegionalNode = z.infer<typeof RegionalNode>;

/**
 * Something one party to an agreement undertakes.
 *
 * @example
 * ```ts
 * import { Commitment } from "@actionplan/core";
 *
 * const value = Commitment.parse({
 *   "party": "partner:national-council",
 *   "text": "Shares its members' experience with the cluster."
 * });
 * ```
 */
export const Commitment = z
  .strictObject({
    /** Who commits: `partner:<id>`, or omitted for the cluster itself. */
    party: refSchema(["partner", "participant"], "Who commits: a partner or participant; omitted for the cluster itself.").optional(),
    /** What they commit to. */
    text: Text.describe("What they commit to."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Commitment", title: "Commitment", description: "Something one party to an agreement undertakes." });
/** Something one party to an agreement undertakes. */
export type Commitment = z.infer<typeof Commitment>;

/**
 * A statement a named person made about the partnership.
 *
 * @example
 * ```ts
 * import { Statement } from "@actionplan/core";
 *
 * const value = Statement.parse({
 *   "speaker": "Sam Sample",
 *   "role": "Leader of the National Council (fictional)",
 *   "for": "partner:national-council",
 *   "text": "Music therapy has been one of our priorities for years."
 * });
 * ```
 */
export const Statement = z
  .strictObject({
    /** The person's name. */
    speaker: PlainString.min(1).describe("The person's name."),
    /** The person's role, e.g. leader of the partner. */
    role: Text.optional().describe("The person's role, e.g. leader of the partner."),
    /** The organisation the person speaks for: a partner, or omitted for the cluster. */
    for: refSchema(["partner", "participant"], "The organisation the person speaks for: a partner, or omitted for the cluster.").optional(),
    /** What they said, verbatim. */
    text: Text.describe("What they said, verbatim."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Statement", title: "Statement", description: "A statement a named person made about the partnership." });
/** A statement a named person made about the partnership. */
export type Statement = z.infer<typeof Statement>;

/**
 * The agreement behind a strategic partnership.
 *
 * @example
 * ```ts
 * import { Agreement } from "@actionplan/core";
 *
 * const value = Agreement.parse({
 *   "date": "2025-03-01",
 *   "background": "Access to music therapy is unevenly distributed.",
 *   "commitments": [
 *     {
 *       "text": "The cluster gives professional advice when asked."
 *     }
 *   ],
 *   "statements": [
 *     {
 *       "speaker": "Alex Example",
 *       "role": "Leader of the cluster",
 *       "text": "We are glad of this agreement."
 *     }
 *   ],
 *   "source": "[Announcement](https://example.org/news/agreement)"
 * });
 * ```
 */
export const Agreement = z
  .strictObject({
    /** The date the agreement was signed or announced. */
    date: IsoDate.optional().describe("The date the agreement was signed or announced."),
    /** Why the parties entered it. */
    background: Text.optional().describe("Why the parties entered it."),
    /** What each side commits to. */
    commitments: z.array(Commitment).describe("What each side commits to."),
    /** What the parties' representatives said about it. */
    statements: z.array(Statement).optional().describe("What the parties' representatives said about it."),
    /** Where the agreement or its announcement is published. */
    source: Text.optional().describe("Where the agreement or its announcement is published."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Agreement", title: "Agreement", description: "The agreement behind a strategic partnership." });
/** The agreement behind a strategic partnership. */
export type Agreement = z.infer<typeof Agreement>;

/**
 * An organisation outside the cluster with which it has a strategic partnership.
 *
 * @example
 * ```ts
 * import { Partner } from "@actionplan/core";
 *
 * const value = Partner.parse({
 *   "id": "national-council",
 *   "name": "National Council for Music in Health (fictional)",
 *   "kind": "interest-organisation",
 *   "members": {
 *     "value": 80,
 *     "approximate": true,
 *     "of": "member organisations"
 *   },
 *   "agreement": {
 *     "date": "2025-03-01",
 *     "commitments": [
 *       {
 *         "party": "partner:national-council",
 *         "text": "Continues its development work in music therapy."
 *       },
 *       {
 *         "text": "The cluster gives professional advice when the council asks for it."
 *       }
 *     ]
 *   }
 * });
 * ```
 */
export const Partner = z
  .strictObject({
    /** The partner's id, used as `partner:<id>`. */
    id: Id.describe("The partner's id, used as `partner:<id>`."),
    /** The partner's name. */
    name: Text.describe("The partner's name."),
    /** The abbreviation the plan uses for it. */
    abbreviation: PlainString.min(1).optional().describe("The abbreviation the plan uses for it."),
    /** What sort of organisation it is: a known kind or any other. */
    kind: OpenOrganisationKind.describe("What sort of organisation it is: a known kind or any other."),
    /** Its ids in registers such as Norway's Brønnøysund register (`NO-BRC`). */
    identifiers: z
      .array(OrganisationIdentifier)
      .optional()
      .describe("Its ids in registers such as Norway's Brønnøysund register (`NO-BRC`)."),
    /** The organisation it is part of: a participant, partner or other organisation. */
    parent: refSchema(ORGANISATION_REF_KINDS, "The organisation it is part of: a participant, partner or other organisation.").optional(),
    /** What the partner is and does. */
    description: Text.optional().describe("What the partner is and does."),
    /** How many members the partner has. */
    members: MemberCount.optional().describe("How many members the partner has."),
    /** The agreement behind the partnership. */
    agreement: Agreement.optional().describe("The agreement behind the partnership."),
    /** Earlier work the partner has done with or for the cluster's field. */
    history: z.array(Text).optional().describe("Earlier work the partner has done with or for the cluster's field."),
    /** Its website. */
    url: z.url({ protocol: /^https?$/ }).optional().describe("Its website."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Partner",
    idKind: "partner",
    title: "Partner",
    description: "An organisation outside the cluster with which it has a strategic partnership.",
  });
/** An organisation outside the cluster with which it has a strategic partnership. */
export type Partner = z.infer<typeof Partner>;

/**
 * The organisation that coordinates the cluster, optionally a named unit of a participant.
 *
 * @example
 * ```ts
 * import { Coordinator } from "@actionplan/core";
 *
 * const value = Coordinator.parse({
 *   "participant": "participant:riverbend-university",
 *   "unit": "Department of Music"
 * });
 * ```
 */
export const Coordinator = z
  .strictObject({
    /** The participant that coordinates. */
    participant: refSchema(["participant"], "The participant that coordinates."),
    /** The unit within it that does the work, e.g. a department. */
    unit: Text.optional().describe("The unit within it that does the work, e.g. a department."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Coordinator",
    title: "Coordinator",
    description: "The organisation that coordinates the cluster, optionally a named unit of a participant.",
  });
/** The organisation that coordinates the cluster, optionally a named unit of a participant. */
export type Coordinator = z.infer<typeof Coordinator>;

/**
 * An organisation the plan names that is neither a participant nor a strategic partner: a funder, an owner, another public body, a stakeholder.
 *
 * @example
 * ```ts
 * import { Organisation } from "@actionplan/core";
 *
 * const value = Organisation.parse({
 *   "id": "westshire-fund",
 *   "name": "Westshire Health Fund (fictional)",
 *   "kind": "foundation",
 *   "identifiers": [
 *     {
 *       "scheme": "NO-BRC",
 *       "id": "974760673"
 *     }
 *   ]
 * });
 * ```
 */
export const Organisation = z
  .strictObject({
    /** The organisation's id, used as `organisation:<id>`. */
    id: Id.describe("The organisation's id, used as `organisation:<id>`."),
    /** The organisation's full name. */
    name: Text.describe("The organisation's full name."),
    /** The abbreviation the plan uses for it. */
    abbreviation: PlainString.min(1).optional().describe("The abbreviation the plan uses for it."),
    /** What sort of organisation it is: a known kind or any other. */
    kind: OpenOrganisationKind.optional().describe("What sort of organisation it is: a known kind or any other."),
    /** Its ids in registers such as Norway's Brønnøysund register (`NO-BRC`). */
    identifiers: z
      .array(OrganisationIdentifier)
      .optional()
      .describe("Its ids in registers such as Norway's Brønnøysund register (`NO-BRC`)."),
    /** The organisation it is part of: a participant, partner or other organisation. */
    parent: refSchema(ORGANISATION_REF_KINDS, "The organisation it is part of: a participant, partner or other organisation.").optional(),
    /** What the organisation is and what it has to do with the plan. */
    description: Text.optional().describe("What the organisation is and what it has to do with the plan."),
    /** Its website. */
    url: z.url({ protocol: /^https?$/ }).optional().describe("Its website."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Organisation",
    idKind: "organisation",
    title: "Organisation",
    description:
      "An organisation the plan names that is neither a participant nor a strategic partner: a funder, an owner, another public body, a stakeholder.",
  });
/** An organisation the plan names that is neither a participant nor a strategic partner: a funder, an owner, another public body, a stakeholder. */
export type Organisation = z.infer<typeof Organisation>;

/**
 * A role a person holds, such as "Project leader", optionally in an organisation and between two dates or years.
 *
 * @example
 * ```ts
 * import { PersonRole } from "@actionplan/core";
 *
 * const value = PersonRole.parse({
 *   "title": "Leader of the cluster",
 *   "organisation": "participant:riverbend-university",
 *   "from": 2023
 * });
 * ```
 */
export const PersonRole = z
  .strictObject({
    /** The role as the plan words it, e.g. "Leader of the cluster". */
    title: Text.describe('The role as the plan words it, e.g. "Leader of the cluster".'),
    /** The organisation the role is held in, when it is not the cluster itself. */
    organisation: refSchema(ORGANISATION_REF_KINDS, "The organisation the role is held in, when it is not the cluster itself.").optional(),
    /** When the person took up the role: a year or a date. */
    from: z.union([IsoDate, Year]).optional().describe("When the person took up the role: a year or a date."),
    /** When the person left the role: a year or a date. */
    to: z.union([IsoDate, Year]).optional().describe("When the person left the role: a year or a date."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "PersonRole",
    title: "PersonRole",
    description: 'A role a person holds, such as "Project leader", optionally in an organisation and between two dates or years.',
  });
/** A role a person holds, such as "Project leader", optionally in an organisation and between two dates or years. */
export type PersonRole = z.infer<typeof PersonRole>;

/**
 * An organisation a person works for or belongs to, optionally between two dates or years.
 *
 * @example
 * ```ts
 * import { Affiliation } from "@actionplan/core";
 *
 * const value = Affiliation.parse({
 *   "organisation": "participant:millbrook",
 *   "from": "2022-08-01"
 * });
 * ```
 */
export const Affiliation = z
  .strictObject({
    /** The organisation: a participant, partner or other organisation. */
    organisation: refSchema(ORGANISATION_REF_KINDS, "The organisation: a participant, partner or other organisation."),
    /** Since when: a year or a date. */
    from: z.union([IsoDate, Year]).optional().describe("Since when: a year or a date."),
    /** Until when: a year or a date. */
    to: z.union([IsoDate, Year]).optional().describe("Until when: a year or a date."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Affiliation",
    title: "Affiliation",
    description: "An organisation a person works for or belongs to, optionally between two dates or years.",
  });
/** An organisation a person works for or belongs to, optionally between two dates or years. */
export type Affiliation = z.infer<typeof Affiliation>;

/**
 * How to reach a person about the plan: an e-mail address, a web page, or both.
 *
 * @example
 * ```ts
 * import { Contact } from "@actionplan/core";
 *
 * const value = Contact.parse({ "email": "alex@example.org" });
 * ```
 */
export const Contact = z
  .strictObject({
    /** An e-mail address. */
    email: z
      .string()
      .regex(/^[^\s@<>()",;:]{1,64}@[^\s@<>()",;:]{1,190}\.[^\s@<>()",;:.]{1,63}$/)
      .optional()
      .describe("An e-mail address."),
    /** A web page about the person or a contact form. */
    url: z.url({ protocol: /^https?$/ }).optional().describe("A web page about the person or a contact form."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Contact", title: "Contact", description: "How to reach a person about the plan: an e-mail address, a web page, or both." });
/** How to reach a person about the plan: an e-mail address, a web page, or both. */
export type Contact = z.infer<typeof Contact>;

/**
 * A named person: an actor who can be responsible for measures, lead or support them, or be a contact; with roles and affiliations.
 *
 * @example
 * ```ts
 * import { Person } from "@actionplan/core";
 *
 * const value = Person.parse({
 *   "id": "alex-example",
 *   "name": "Alex Example",
 *   "roles": [
 *     {
 *       "title": "Leader of the cluster",
 *       "from": 2023
 *     }
 *   ],
 *   "affiliations": [
 *     {
 *       "organisation": "participant:riverbend-university"
 *     }
 *   ],
 *   "contact": {
 *     "email": "alex@example.org"
 *   }
 * });
 * ```
 */
export const Person = z
  .strictObject({
    /** The person's id, used as `person:<id>`. */
    id: Id.describe("The person's id, used as `person:<id>`."),
    /** The person's name. */
    name: PlainString.min(1).describe("The person's name."),
    /** The roles the person holds or held, in order. */
    roles: z.array(PersonRole).optional().describe("The roles the person holds or held, in order."),
    /** The organisations the person works for or belongs to. */
    affiliations: z.array(Affiliation).optional().describe("The organisations the person works for or belongs to."),
    /** How to reach the person. */
    contact: Contact.optional().describe("How to reach the person."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Person",
    idKind: "person",
    title: "Person",
    description:
      "A named person: an actor who can be responsible for measures, lead or support them, or be a contact; with roles and affiliations.",
  });
/** A named person: an actor who can be responsible for measures, lead or support them, or be a contact; with roles and affiliations. */
export type Person = z.infer<typeof Person>;

/**
 * The cluster or network whose plan this is: who takes part, how it is governed, and its partners.
 *
 * @example
 * ```ts
 * import { Cluster } from "@actionplan/core";
 *
 * const value = Cluster.parse({
 *   "name": "Riverbend cluster for music and health (fictional)",
 *   "shortName": "Riverbend",
 *   "coordinator": {
 *     "participant": "participant:riverbend-university",
 *     "unit": "Department of Music"
 *   },
 *   "participants": [
 *     {
 *       "id": "riverbend-university",
 *       "name": "Riverbend University",
 *       "abbreviation": "RBU",
 *       "kind": "university"
 *     },
 *     {
 *       "id": "millbrook",
 *       "name": "Millbrook Municipality",
 *       "kind": "municipality"
 *     }
 *   ],
 *   "url": "https://example.org/riverbend"
 * });
 * ```
 */
export const Cluster = z
  .strictObject({
    /** The cluster's full name. */
    name: Text.describe("The cluster's full name."),
    /** The short name used in running text, e.g. `Polyfon`. */
    shortName: Text.optional().describe("The short name used in running text, e.g. `Polyfon`."),
    /** What the cluster is and does. */
    description: Text.optional().describe("What the cluster is and does."),
    /** The organisation that coordinates the cluster. */
    coordinator: Coordinator.optional().describe("The organisation that coordinates the cluster."),
    /** People the plan names: its leader, contacts, people responsible for measures. */
    people: z.array(Person).optional().describe("People the plan names: its leader, contacts, people responsible for measures."),
    /** The organisations taking part. */
    participants: z.array(Participant).describe("The organisations taking part."),
    /** Counts of participants or members over time. */
    memberCounts: z.array(MemberCount).optional().describe("Counts of participants or members over time."),
    /** Groups within the cluster. */
    groups: z.array(SubGroup).optional().describe("Groups within the cluster."),
    /** Governance bodies. */
    bodies: z.array(GovernanceBody).optional().describe("Governance bodies."),
    /** Posts such as a coordinator for user participation. */
    posts: z.array(Post).optional().describe("Posts such as a coordinator for user participation."),
    /** Regional nodes. */
    nodes: z.array(RegionalNode).optional().describe("Regional nodes."),
    /** Strategic partners and their agreements. */
    partners: z.array(Partner).optional().describe("Strategic partners and their agreements."),
    /** Other organisations the plan names: funders, owners, public bodies, stakeholders. */
    organisations: z
      .array(Organisation)
      .optional()
      .describe("Other organisations the plan names: funders, owners, public bodies, stakeholders."),
    /** The cluster's website. */
    url: z.url({ protocol: /^https?$/ }).optional().describe("The cluster's website."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Cluster",
    title: "Cluster",
    description: "The cluster or network whose plan this is: who takes part, how it is governed, and its partners.",
  });
/** The cluster or network whose plan this is: who takes part, how it is governed, and its partners. */
export type Cluster = z.infer<typeof Cluster>;
