package duban.tasks.task.port;

import duban.rules.duty.GroupMembership;

/**
 * The members of a unit group (单位组, e.g. 各县(市)、区) as the unit directory defines them now. The Task aggregate
 * holds only group ids in its allocations; the app provides this (from the UnitGroup aggregates or their read model)
 * and registers it as an Axon component, which Axon passes to the command handlers that take it as a parameter.
 *
 * <p>Contract: that of the ledger rules' {@link GroupMembership} (never empty for a defined group, empty for an id
 * that is not one); it must be side-effect free and fast, since it runs inside the command's unit of work.
 */
public interface GroupMembers extends GroupMembership {
}
