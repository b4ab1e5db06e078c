/**
 * SQL condition: the user in `userParam` is not a member of the organisation in `column`. A
 * reviewer's own organisations' items are someone else's to decide, so queues leave them out
 * of their pages and their totals alike.
 */
export function notMemberOf(column: string, userParam: string): string {
  return `NOT EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = ${column} AND m.user_id = ${userParam})`;
}
