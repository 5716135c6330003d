import { describe, expect, it } from "vitest";

describe("@actionplan/cli exports", () => {
  it("exports exactly main and ExitCode", async () => {
    expect(Object.keys(await import("@actionplan/cli")).sort()).toEqual(["ExitCode", "main"]);
  });

  it("ExitCode names the three codes", async () => {
    const { ExitCode } = await import("@actionplan/cli");
    expect(ExitCode).toEqual({ ok: 0, invalid: 1, usage: 2 });
  });
});
