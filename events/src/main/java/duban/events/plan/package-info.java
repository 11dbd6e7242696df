/** Events of a plan (工作方案): one government notice with its header and reporting rules. */
package duban.events.plan;
