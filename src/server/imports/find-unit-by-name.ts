const indexes = new WeakMap<readonly { name: string }[], Map<string, { name: string }>>();

/**
 * The unit of an entity with this name, case-insensitive. Imports match every row against the entity's
 * units: a linear search per row made a file of thousands of units against an entity of thousands quadratic
 * (seconds with the event loop blocked). The list is indexed once, on first use; imports never change it.
 */
export function findUnitByName<Unit extends { name: string }>(
  units: readonly Unit[],
  name: string,
): Unit | undefined {
  let index = indexes.get(units);
  if (!index) {
    index = new Map();
    for (const unit of units) {
      const key = unit.name.toLowerCase();
      if (!index.has(key)) index.set(key, unit);
    }
    indexes.set(units, index);
  }
  return index.get(name.toLowerCase()) as Unit | undefined;
}
