/**
 * 签收: a lead or co-responsible unit acknowledges its assignment to a task. An assignment is the unit's continuous
 * span as lead or co-responsible unit, from the event that assigned it (the task's creation or a reassignment); it is
 * due by the end of the Nth working day after the assignment's day (default 2, configuration), and unacknowledged
 * after that it is 领办逾期 (OVERDUE). Rule: the only definition of assignment spans, due days, acknowledgement states
 * and what a bulletin's month counts; services never work them out again.
 */
package duban.rules.acknowledgement;
