/**
 * Facts the command side needs about other aggregates, kept as lookup tables (查找表): the members of a unit
 * group, a plan's reporting rules and whether it reviews its reports, the unit directory (names, aliases, group
 * phrases) that importers and requests resolve names against, the claims on unit names (whose primary key keeps every name and alias to one unit, even
 * under concurrent commands), plan headers and which report names which attachment.
 *
 * <p>Rule: the owner of {@code unit_directory}, {@code unit_name_claim}, {@code unit_group_phrase},
 * {@code unit_group_member}, {@code plan_rule}, {@code plan_header} and {@code attachment_reference}, and the only
 * package that issues SQL on them. They are written only by {@link duban.tasks.lookup.LookupTables}, the
 * subscribing handler that runs in the transaction of the event stating the fact, so every statement there is a round
 * trip of that command; they are read only through this package's small API
 * ({@link duban.tasks.lookup.DirectoryTables}, {@link duban.tasks.lookup.GroupMembersTable},
 * {@link duban.tasks.lookup.PlanHeaders}, {@link duban.tasks.lookup.AttachmentReferences}, and the plan rules the
 * reporting periods and the report review read), which answers in its own records and knows nothing of the REST
 * views built from them.
 * The tasks of each plan are the event store's index ({@code duban.tasks.eventstore.PlanTasks}), which this handler
 * only asks the gateway to keep.
 */
package duban.tasks.lookup;
