/**
 * Who owes a report on a task, and for which periods (谁应报送). The lead units (牵头单位) of a running leaf task owe a
 * report for every period; so does every unit holding a share of one of its targets, in its own name or as a
 * member of a group holding one (自创区外9家 binds each of its members). Co-responsible units (同责单位) without a
 * share owe nothing but may still report. A duty starts with the first reporting day at least two days after the
 * unit was bound and ends when the task is completed, cancelled or suspended, or the unit is taken off it.
 * Rule: the only definition of a unit's standing on a task and of the periods it owes; the aggregate, the
 * dashboards and the reminders all ask here.
 */
package duban.rules.duty;
