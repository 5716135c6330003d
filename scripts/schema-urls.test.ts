// Issue #20: every schema URL the packages publish (`$id` of the plan schema, the label-set schema and the rule
// settings schema) resolves once the next release is out: its version range is satisfied by the version that
// release will have, as changesets computes it from the pending changesets, and its path is in the packed package.
import getReleasePlan from "@changesets/get-release-plan";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { satisfies, validRange } from "semver";
import { describe, expect, test } from "vitest";
import { SCHEMA_URL } from "@actionplan/core";
import { LABELS_SCHEMA_ID } from "@actionplan/render";
import { SCHEMA_ID, planSchema } from "@actionplan/schema";

const root = resolve(import.meta.dirname, "..");
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), "utf8")) as Record<string, unknown>;

/** Every published schema URL, with the package whose tarball must hold it. */
const URLS: [string, string][] = [
  ["plan schema (SCHEMA_ID)", SCHEMA_ID],
  ["plan schema (SCHEMA_URL of core)", SCHEMA_URL],
  ["plan schema ($id of plan.schema.json)", planSchema.$id!],
  ["label-set schema (LABELS_SCHEMA_ID)", LABELS_SCHEMA_ID],
  ["label-set schema ($id of labels.schema.json)", readJson("packages/render/labels.schema.json").$id as string],
  ["rule settings schema ($id of config.schema.json)", readJson("packages/cli/config.schema.json").$id as string],
];

const UNPKG = /^https:\/\/unpkg\.com\/(@actionplan\/[a-z-]+)@([^/]+)\/(.+)$/;

/** The versions the next release gives each package, as `changeset version` would. */
const nextVersions = async (): Promise<Map<string, string>> => {
  const plan = await getReleasePlan(root);
  const versions = new Map<string, string>();
  for (const name of ["core", "schema", "render", "cli"]) {
    const manifest = readJson(`packages/${name}/package.json`);
    versions.set(manifest.name as string, manifest.version as string);
  }
  for (const release of plan.releases) if (versions.has(release.name)) versions.set(release.name, release.newVersion);
  return versions;
};

/** The files `npm pack` puts in a package's tarball. */
const packedFiles = (packageName: string): string[] => {
  const dir = join(root, "packages", packageName.replace("@actionplan/", ""));
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return (JSON.parse(output) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
};

describe("published schema URLs", () => {
  test("name a package, a version range and a path", () => {
    for (const [what, url] of URLS) {
      const match = UNPKG.exec(url);
      expect(match, `${what}: ${url}`).not.toBeNull();
      expect(validRange(match![2]!), `${what}: the range of ${url}`).not.toBeNull();
    }
  });

  test("their version ranges are satisfied by the versions of the next release, as changesets computes them", async () => {
    const versions = await nextVersions();
    for (const [what, url] of URLS) {
      const [, name, range] = UNPKG.exec(url)!;
      const next = versions.get(name!);
      expect(next, `${what}: ${name} is not one of the released packages`).toBeDefined();
      expect(satisfies(next!, range!), `${what}: ${url} names ${range}, but the next release of ${name} is ${next}`).toBe(true);
    }
  });

  test("no pending changeset is major (from 2.0.0 that would give 3.0.0, leaving the @2 URLs behind)", async () => {
    const plan = await getReleasePlan(root);
    const majors = plan.changesets.filter((changeset) => changeset.releases.some((release) => release.type === "major")).map((changeset) => changeset.id);
    expect(majors).toEqual([]);
  });

  test("their paths are in the packed tarballs", () => {
    const byPackage = new Map<string, string[]>();
    for (const [what, url] of URLS) {
      const [, name, , path] = UNPKG.exec(url)!;
      if (!byPackage.has(name!)) byPackage.set(name!, packedFiles(name!));
      expect(byPackage.get(name!), `${what}: ${path} is not in the tarball of ${name}`).toContain(path);
    }
  });
});
