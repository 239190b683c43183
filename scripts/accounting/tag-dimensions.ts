/**
 * The tag groups' dimensions besides name and code, and the tags' values of them: each company's
 * Project group has a Customer and a (hidden) Project manager column, the Cost centre group none.
 * Drawn from a faker of its own, seeded with `seed + 2`, so adding them left every other id unchanged.
 */
import { Faker, base, en } from "@faker-js/faker";
import type { AccountingWorld } from "../../mock-server/core/world/accounting-world.ts";
import type { MasterData } from "./master-data.ts";

export type TagDimensions = Pick<AccountingWorld, "tagGroupDimensions" | "tagDimensionValues">;

/** [group code, dimension code, name, visible, how a value is drawn] in display order per group. */
const DIMENSIONS: [string, string, string, boolean, (faker: Faker) => string][] = [
  ["PRJ", "CUST", "Customer", true, (faker) => faker.company.name()],
  ["PRJ", "PM", "Project manager", false, (faker) => faker.person.fullName()],
];

/** Dimensions for every tag group whose code DIMENSIONS names, and a value of each for every tag of the group. */
export function generateTagDimensions(seed: number, master: Pick<MasterData, "tagGroups" | "tags">): TagDimensions {
  const faker = new Faker({ locale: [en, base], seed: seed + 2 });
  faker.setDefaultRefDate("2026-01-01T00:00:00Z");
  const out: TagDimensions = { tagGroupDimensions: [], tagDimensionValues: [] };
  for (const group of master.tagGroups) {
    const columns = DIMENSIONS.filter(([groupCode]) => groupCode === group.code);
    const dimensions = columns.map(([, code, name, visible], i) => ({
      id: faker.string.uuid(), groupId: group.id, code, name, displayOrder: i + 1, visible,
      createdAt: group.createdAt, updatedAt: group.createdAt,
    }));
    out.tagGroupDimensions.push(...dimensions);
    for (const tag of master.tags.filter((t) => t.groupId === group.id)) {
      dimensions.forEach((dimension, i) =>
        out.tagDimensionValues.push({ tagId: tag.id, dimensionId: dimension.id, value: columns[i]![4](faker), createdAt: tag.createdAt, updatedAt: tag.updatedAt }),
      );
    }
  }
  return out;
}
